import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import type { GeneratorCurrency, GeneratorPlan } from './GeneratorPlan.ts';
import { between, chance, pickFrom } from './randomDraws.ts';
import { customerId } from './recordIds.ts';
import {
  COMPANY_MARKS,
  COMPANY_PLACES,
  COMPANY_TRADES,
  CUSTOMER_GROUPS,
  companyName,
  REGIONS,
  SALESPEOPLE,
} from './vocabulary.ts';

/**
 * How a synthetic customer pays: on time (or early), 10–40 days late, 60 days late or more, in parts,
 * after disputing, or normally until the day it stops paying altogether.
 * @internal
 */
export type PaymentBehaviour = 'prompt' | 'slow' | 'chronic' | 'partial' | 'disputer' | 'defaulter';

/** A synthetic customer and the hidden traits that drive its records. @internal */
export interface CustomerProfile {
  /** 0-based position among the customers. */
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly group: string;
  readonly region: string;
  readonly salesperson: string;
  readonly currency: GeneratorCurrency;
  readonly behaviour: PaymentBehaviour;
  /** Credit terms in days for plain invoices. */
  readonly termsDays: number;
  /** Relative number of invoices: Pareto-like, 1 to 100. */
  readonly weight: number;
  /** Invoice amounts in major units of the customer's currency. */
  readonly minMajor: number;
  readonly maxMajor: number;
  /** The last day a defaulter pays anything; far in the future for everyone else. */
  readonly stopDay: number;
  /** The day the relationship started, before any invoice is known. */
  readonly onboardDay: number;
  /** Updated while invoices are drawn; the onboarding date written is the earlier of the two. */
  firstInvoiceDay: number;
}

const BEHAVIOURS: readonly (readonly [PaymentBehaviour, number])[] = [
  ['prompt', 45],
  ['slow', 22],
  ['chronic', 8],
  ['partial', 10],
  ['disputer', 8],
  ['defaulter', 7],
];
const TERMS: readonly (readonly [number, number])[] = [
  [30, 35],
  [45, 20],
  [60, 30],
  [90, 15],
];
/**
 * A day number after every real one (9999-12-31 is day 2,932,896). A small integer rather than
 * `Number.MAX_SAFE_INTEGER`, which V8 would store boxed and read through a pointer on every invoice.
 */
const NEVER = 0x3fff_ffff;

/** Invoice sizes in yuan by group: key accounts, standard, small business. */
const SIZES_IN_YUAN: readonly (readonly [number, number])[] = [
  [50_000, 5_000_000],
  [5_000, 500_000],
  [500, 50_000],
];

/**
 * Draws the customers: a few large accounts and many small ones (weights 100/u for uniform u: 5% key
 * accounts, 20% standard, 75% small businesses, each with invoices sized to match), mostly
 * in the home currency (about 1 in 20 in another), with a payment behaviour and credit terms each.
 *
 * @internal
 */
export function drawCustomerProfiles(rng: RandomGenerator, plan: GeneratorPlan): CustomerProfile[] {
  const profiles: CustomerProfile[] = [];
  for (let i = 0; i < plan.customerCount; i++) profiles.push(drawProfile(rng, plan, i + 1));
  return profiles;
}

function drawProfile(rng: RandomGenerator, plan: GeneratorPlan, number: number): CustomerProfile {
  const weight = Math.floor(100 / between(rng, 1, 100));
  const tier = weight >= 20 ? 0 : weight >= 4 ? 1 : 2;
  const behaviour = weighted(rng, BEHAVIOURS);
  const termsDays = weighted(rng, TERMS);
  const [home, ...others] = plan.currencies;
  const currency = others.length > 0 && chance(rng, 5) ? pickFrom(rng, others) : home!;
  const [minYuan, maxYuan] = SIZES_IN_YUAN[tier]!;
  const span = plan.asOfDay - plan.firstIssueDay;
  return {
    index: number - 1,
    id: customerId(number),
    name: companyName(
      pickFrom(rng, COMPANY_PLACES),
      pickFrom(rng, COMPANY_MARKS),
      pickFrom(rng, COMPANY_TRADES),
    ),
    group: CUSTOMER_GROUPS[tier]!,
    region: pickFrom(rng, REGIONS),
    salesperson: pickFrom(rng, SALESPEOPLE),
    currency,
    behaviour,
    termsDays,
    weight,
    minMajor: inCurrency(minYuan, currency),
    maxMajor: inCurrency(maxYuan, currency),
    stopDay:
      behaviour === 'defaulter'
        ? between(rng, plan.firstIssueDay + Math.floor(span / 3), plan.asOfDay)
        : NEVER,
    onboardDay: chance(rng, 70)
      ? plan.firstIssueDay - between(rng, 0, 1825)
      : between(rng, plan.firstIssueDay, plan.asOfDay),
    firstInvoiceDay: NEVER,
  };
}

function inCurrency(yuan: number, currency: GeneratorCurrency): number {
  return Math.max(1, Math.floor((yuan * currency.perHundredYuan) / 100));
}

function weighted<T>(rng: RandomGenerator, table: readonly (readonly [T, number])[]): T {
  let roll = between(rng, 0, 99);
  for (const [value, percent] of table) {
    if (roll < percent) return value;
    roll -= percent;
  }
  return table[table.length - 1]![0];
}

/**
 * Picks customers in proportion to their weights: a binary search over running totals, so a million
 * invoices over ten thousand customers stays fast.
 *
 * @internal
 */
export function customerPicker(
  profiles: readonly CustomerProfile[],
): (rng: RandomGenerator) => CustomerProfile {
  const totals = new Float64Array(profiles.length);
  let running = 0;
  profiles.forEach((profile, i) => {
    running += profile.weight;
    totals[i] = running;
  });
  return (rng) => {
    const roll = between(rng, 0, running - 1);
    let low = 0;
    let high = profiles.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((totals[middle] ?? 0) > roll) high = middle;
      else low = middle + 1;
    }
    return profiles[low]!;
  };
}
