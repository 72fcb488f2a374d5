/**
 * Writes the bundled sample data: the CSV files of examples/data/ in the format the `receivables`
 * command reads (docs/guides/cli-input-files.md).
 *
 *   npx tsx --conditions=@receivables/source examples/data/generate.ts
 *
 * The ledger is `generatePortfolioInput` of @receivables/testing with the demo's seed (the same 50
 * customers and 500 invoices as `pnpm demo`, as of 2026-06-30). This script adds what the generator
 * does not make: company names (invented Chinese companies, a few foreign ones), an industry tag, fapiao
 * numbers and bank references, the credit department's profiles, and the reminders already sent in
 * June 2026 with one acknowledgement and one delivered demand. Every draw comes from a string hash with
 * 32-bit integer arithmetic and every figure from integer arithmetic, so the bytes are the same on every
 * machine, in every time zone. packages/testing/src/__tests__/sampleData.test.ts regenerates the files
 * in memory and fails when the committed files differ.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { computeOpenItems } from '@receivables/aging';
import {
  addDays,
  differenceInDays,
  parsePortfolio,
  type Portfolio,
  type PortfolioInput,
  toMinorUnits,
} from '@receivables/core';
import { defaultReminderPolicy, planReminders } from '@receivables/reminder-policy';
import { generatePortfolioInput } from '@receivables/testing';

/** The generator options: the demo's seed and sizes. */
export const sampleDataOptions = {
  seed: 20261122,
  customers: 50,
  invoices: 500,
  asOf: '2026-06-30',
} as const;

/** One file of the sample data: its name in examples/data/ and its full text. */
export interface SampleDataFile {
  readonly name: string;
  readonly text: string;
}

type Cell = string | number | boolean | undefined;

/**
 * Builds every CSV file of the sample data in memory, in a fixed order.
 *
 * @returns The files, each with its name and text (UTF-8, LF line ends, no BOM).
 */
export function generateSampleData(): SampleDataFile[] {
  const input = generatePortfolioInput(sampleDataOptions);
  const portfolio = parsePortfolio(input);
  const customers = input.customers ?? [];
  const names = companyNames(portfolio);
  const facts = ledgerFacts(portfolio);
  return [
    file(
      'customers.csv',
      ['id', 'name', 'group', 'onboardedOn', 'tag.region', 'tag.salesperson', 'tag.industry'],
      customers.map((customer) => {
        const name = names.get(customer.id);
        return [
          customer.id,
          name?.name,
          customer.group,
          customer.onboardedOn,
          customer.tags?.region,
          customer.tags?.salesperson,
          name?.industry,
        ];
      }),
    ),
    ...ledgerFiles(input),
    file('credit-profiles.csv', CREDIT_PROFILE_COLUMNS, creditProfileRows(portfolio, facts)),
    file('history.csv', ['kind', 'date', 'customerId', 'channel', 'invoiceIds'], historyRows(portfolio)),
  ];
}

// ---------------------------------------------------------------------------------------------------
// Deterministic draws: FNV-1a over the key, then a murmur3 finaliser. Integer arithmetic only.

function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** An integer in [min, max], drawn from the key. */
function between(key: string, min: number, max: number): number {
  return min + (hash(key) % (max - min + 1));
}

function pick<T>(key: string, list: readonly T[]): T {
  return list[hash(key) % list.length] as T;
}

/** True in `percent` cases out of 100. */
function chance(key: string, percent: number): boolean {
  return hash(key) % 100 < percent;
}

// ---------------------------------------------------------------------------------------------------
// Company names: invented, in the customer's region; a few foreign companies.

const CITIES: Readonly<Record<string, readonly string[]>> = {
  East: ['上海', '杭州', '苏州', '南京', '宁波', '无锡', '合肥', '常州'],
  North: ['天津', '青岛', '济南', '石家庄', '唐山', '烟台'],
  South: ['深圳', '东莞', '佛山', '厦门', '中山', '珠海'],
  Southwest: ['成都', '重庆', '昆明', '贵阳', '绵阳'],
  Central: ['武汉', '长沙', '郑州', '南昌', '襄阳'],
};

const MARKS: readonly string[] = [
  '瑞丰',
  '鼎盛',
  '恒泰',
  '宏远',
  '金桥',
  '嘉禾',
  '安泰',
  '德隆',
  '远航',
  '兴达',
  '正和',
  '立成',
  '永昌',
  '天成',
  '东升',
  '盛源',
  '博远',
  '启明',
  '晟达',
  '源泰',
  '新宇',
  '华益',
  '创源',
  '聚力',
  '长盛',
  '明辉',
  '佳诚',
  '同创',
  '海纳',
  '锦程',
  '泰和',
  '昌盛',
  '凯达',
  '润通',
  '信合',
  '鑫源',
  '恒远',
];

/** Industries: the tag written and the words of a Chinese company name. */
const INDUSTRIES: readonly (readonly [tag: string, words: string])[] = [
  ['machinery', '机械设备'],
  ['electronics', '电子科技'],
  ['logistics', '物流'],
  ['textiles', '纺织'],
  ['food', '食品'],
  ['chemicals', '化工'],
  ['software', '软件技术'],
  ['construction', '建设工程'],
  ['medical-devices', '医疗器械'],
  ['auto-parts', '汽车零部件'],
  ['packaging', '包装材料'],
  ['new-energy', '新能源科技'],
];

/** Foreign companies, by customer id: the two USD customers abroad, two foreign-owned companies in China. */
const FOREIGN_COMPANIES: Readonly<Record<string, readonly [name: string, industry: string]>> = {
  C0007: ['Sunvale Trading Pte. Ltd.', 'logistics'],
  C0034: ['Hollmark Instruments Inc.', 'electronics'],
  C0018: ['Veltrana Components (Suzhou) Co., Ltd.', 'auto-parts'],
  C0040: ['Nordhavn Fluidtechnik (Taicang) Co., Ltd.', 'machinery'],
};

interface CompanyName {
  readonly name: string;
  readonly industry: string;
}

function companyNames(portfolio: Portfolio): Map<string, CompanyName> {
  const names = new Map<string, CompanyName>();
  const taken = new Set<string>();
  for (const customer of portfolio.customers) {
    const foreign = FOREIGN_COMPANIES[customer.id];
    if (foreign) {
      names.set(customer.id, { name: foreign[0], industry: foreign[1] });
      continue;
    }
    const region = customer.tags.region ?? 'East';
    const city = pick(`city ${customer.id}`, CITIES[region] ?? CITIES.East ?? ['上海']);
    const [industry, words] = pick(`industry ${customer.id}`, INDUSTRIES);
    // Key accounts are joint-stock companies; the rest limited companies.
    const form = customer.group === 'key-accounts' ? '股份有限公司' : '有限公司';
    let markIndex = hash(`mark ${customer.id}`) % MARKS.length;
    let name = `${city}${MARKS[markIndex]}${words}${form}`;
    while (taken.has(name)) {
      markIndex = (markIndex + 1) % MARKS.length;
      name = `${city}${MARKS[markIndex]}${words}${form}`;
    }
    taken.add(name);
    names.set(customer.id, { name, industry });
  }
  return names;
}

// ---------------------------------------------------------------------------------------------------
// The ledger files, straight from the generator, plus fapiao numbers and bank references.

const PROVINCE_CODES: Readonly<Record<string, string>> = {
  East: '31',
  North: '12',
  South: '44',
  Southwest: '51',
  Central: '42',
};
const BANKS: readonly string[] = ['ICBC', 'CCB', 'BOC', 'ABC', 'CMB', 'BOCOM'];

function ledgerFiles(input: PortfolioInput): SampleDataFile[] {
  const regions = new Map((input.customers ?? []).map((customer) => [customer.id, customer.tags?.region]));
  const invoices = input.invoices ?? [];
  const payments = input.payments ?? [];
  const creditNotes = input.creditNotes ?? [];
  return [
    file(
      'invoices.csv',
      ['id', 'customerId', 'currency', 'issueDate', 'dueDate', 'amount', 'reference'],
      invoices.map((invoice, index) => [
        invoice.id,
        invoice.customerId,
        invoice.currency,
        invoice.issueDate,
        invoice.dueDate,
        String(invoice.amount),
        fapiaoNumber(invoice.id, invoice.issueDate, regions.get(invoice.customerId), index),
      ]),
    ),
    file(
      'instalments.csv',
      ['invoiceId', 'number', 'dueDate', 'amount', 'role'],
      invoices.flatMap((invoice) => {
        const instalments = invoice.instalments ?? [];
        // A lone instalment is the invoice itself: its due date and amount are on the invoice row.
        if (instalments.length < 2) return [];
        return instalments.map((instalment, index) => [
          invoice.id,
          index + 1,
          instalment.dueDate,
          String(instalment.amount),
          instalment.role,
        ]);
      }),
    ),
    file(
      'payments.csv',
      ['id', 'customerId', 'currency', 'date', 'amount', 'reference'],
      payments.map((payment) => [
        payment.id,
        payment.customerId,
        payment.currency,
        payment.date,
        String(payment.amount),
        bankReference(payment.id, payment.date),
      ]),
    ),
    file(
      'payment-applications.csv',
      ['paymentId', 'invoiceId', 'instalment', 'amount'],
      payments.flatMap((payment) =>
        (payment.applications ?? []).map((application) => [
          payment.id,
          application.invoiceId,
          application.instalment,
          String(application.amount),
        ]),
      ),
    ),
    file(
      'credit-notes.csv',
      ['id', 'customerId', 'currency', 'date', 'amount', 'reason'],
      creditNotes.map((note) => [
        note.id,
        note.customerId,
        note.currency,
        note.date,
        String(note.amount),
        note.reason,
      ]),
    ),
    file(
      'credit-note-applications.csv',
      ['creditNoteId', 'invoiceId', 'instalment', 'amount'],
      creditNotes.flatMap((note) =>
        (note.applications ?? []).map((application) => [
          note.id,
          application.invoiceId,
          application.instalment,
          String(application.amount),
        ]),
      ),
    ),
    file(
      'disputes.csv',
      ['id', 'customerId', 'invoiceId', 'instalment', 'openedOn', 'resolvedOn', 'amount', 'reason'],
      (input.disputes ?? []).map((dispute) => [
        dispute.id,
        dispute.customerId,
        dispute.invoiceId,
        dispute.instalment,
        dispute.openedOn,
        dispute.resolvedOn,
        String(dispute.amount),
        dispute.reason,
      ]),
    ),
    file(
      'promises.csv',
      ['id', 'customerId', 'invoiceIds', 'madeOn', 'promisedDate', 'amount', 'currency', 'status'],
      (input.promises ?? []).map((promise) => [
        promise.id,
        promise.customerId,
        (promise.invoiceIds ?? []).join(';'),
        promise.madeOn,
        promise.promisedDate,
        String(promise.amount),
        promise.currency,
        promise.status,
      ]),
    ),
  ];
}

/**
 * A 20-digit fully digital fapiao number (全电发票号码): year, tax-authority code, then a serial. About one
 * invoice in twelve has none yet (issued in the ERP, fapiao still to come), so the column has gaps.
 */
function fapiaoNumber(
  invoiceId: string,
  issueDate: string,
  region: string | undefined,
  index: number,
): string | undefined {
  if (chance(`fapiao ${invoiceId}`, 8)) return undefined;
  const serial = String(between(`serial ${invoiceId}`, 100_000, 999_999) * 1000 + (index % 1000));
  return `${issueDate.slice(2, 4)}${PROVINCE_CODES[region ?? 'East'] ?? '31'}2000${serial.padStart(12, '0')}`;
}

/** A bank receipt number on about seven payments in ten; the rest came without one. */
function bankReference(paymentId: string, date: string): string | undefined {
  if (!chance(`reference ${paymentId}`, 70)) return undefined;
  const sequence = String(between(`sequence ${paymentId}`, 1, 99_999)).padStart(5, '0');
  return `${pick(`bank ${paymentId}`, BANKS)}${date.replaceAll('-', '')}${sequence}`;
}

// ---------------------------------------------------------------------------------------------------
// What the ledger says about each customer as of the sample date.

interface LedgerFacts {
  /** The most days past due of an open instalment; absent when nothing is open. */
  readonly maxDaysPastDue?: number;
  /** Promises broken in the last 12 months. */
  readonly brokenPromises: number;
  readonly disputes: number;
  /** Invoiced in the last 12 months, in minor units. */
  readonly salesMinor: number;
  /** Received in the last 6 months, in minor units. */
  readonly receivedMinor: number;
}

function ledgerFacts(portfolio: Portfolio): Map<string, LedgerFacts> {
  const asOf = sampleDataOptions.asOf;
  const yearAgo = addDays(asOf, -365);
  const halfYearAgo = addDays(asOf, -182);
  const maxDpd = new Map<string, number>();
  for (const item of computeOpenItems(portfolio, { asOf }).items) {
    const days = differenceInDays(asOf, item.dueDate);
    maxDpd.set(item.customerId, Math.max(days, maxDpd.get(item.customerId) ?? days));
  }
  const count = <T extends { readonly customerId: string }>(
    records: readonly T[],
    keep: (record: T) => boolean,
    size: (record: T) => number = () => 1,
  ) => {
    const totals = new Map<string, number>();
    for (const record of records)
      if (keep(record)) totals.set(record.customerId, (totals.get(record.customerId) ?? 0) + size(record));
    return totals;
  };
  const broken = count(portfolio.promises, (p) => p.status === 'broken' && p.promisedDate > yearAgo);
  const disputes = count(portfolio.disputes, () => true);
  const sales = count(
    portfolio.invoices,
    (invoice) => invoice.issueDate > yearAgo,
    (invoice) => toMinorUnits(invoice.amount, invoice.currency),
  );
  const received = count(
    portfolio.payments,
    (payment) => payment.date > halfYearAgo,
    (payment) => toMinorUnits(payment.amount, payment.currency),
  );
  const facts = new Map<string, LedgerFacts>();
  for (const { id } of portfolio.customers) {
    const days = maxDpd.get(id);
    facts.set(id, {
      ...(days === undefined ? {} : { maxDaysPastDue: days }),
      brokenPromises: broken.get(id) ?? 0,
      disputes: disputes.get(id) ?? 0,
      salesMinor: sales.get(id) ?? 0,
      receivedMinor: received.get(id) ?? 0,
    });
  }
  return facts;
}

// ---------------------------------------------------------------------------------------------------
// Credit profiles: what the credit department knows beyond the ledger.

const CREDIT_PROFILE_COLUMNS: readonly string[] = [
  'customerId',
  'currency',
  'currentRatio',
  'debtToAssets',
  'collateralCoverage',
  'outlook',
  'operatingCashFlowToCurrentLiabilities',
  'yearsTrading',
  'companyAgeYears',
  'courtDefaulter',
  'abnormalOperation',
  'licenceRevoked',
  'deregistered',
  'signalCount',
  'criticalSignals',
  'onTimeRatio',
  'brokenPromises',
  'monthsTrading',
  'annualCreditSales',
  'cycleMonths',
  'netAssets',
  'averageMonthlyReceipts',
  'workingCapital',
  'unshippedOrders',
];

/** Financial standing, from strongest to weakest. */
type Standing = 'strong' | 'sound' | 'fair' | 'weak' | 'distressed';
const STANDINGS: readonly Standing[] = ['strong', 'sound', 'fair', 'weak', 'distressed'];

/** Ranges in hundredths: current ratio, debt to assets, operating cash flow to current liabilities. */
const STANDING_RANGES: Readonly<
  Record<
    Standing,
    {
      readonly currentRatio: readonly [number, number];
      readonly debtToAssets: readonly [number, number];
      readonly cashFlow: readonly [number, number];
      readonly outlook: readonly ('favourable' | 'neutral' | 'adverse')[];
      readonly collateralPercent: number;
      readonly age: readonly [number, number];
    }
  >
> = {
  strong: {
    currentRatio: [200, 320],
    debtToAssets: [22, 40],
    cashFlow: [22, 45],
    outlook: ['favourable', 'favourable', 'favourable', 'neutral'],
    collateralPercent: 50,
    age: [8, 30],
  },
  sound: {
    currentRatio: [150, 240],
    debtToAssets: [30, 55],
    cashFlow: [15, 35],
    outlook: ['favourable', 'neutral'],
    collateralPercent: 25,
    age: [5, 25],
  },
  fair: {
    currentRatio: [110, 170],
    debtToAssets: [45, 65],
    cashFlow: [5, 25],
    outlook: ['neutral', 'neutral', 'favourable'],
    collateralPercent: 10,
    age: [3, 20],
  },
  weak: {
    currentRatio: [80, 120],
    debtToAssets: [66, 84],
    cashFlow: [-8, 10],
    outlook: ['neutral', 'adverse'],
    collateralPercent: 0,
    age: [3, 15],
  },
  distressed: {
    currentRatio: [45, 90],
    debtToAssets: [86, 97],
    cashFlow: [-25, -2],
    outlook: ['adverse'],
    collateralPercent: 0,
    age: [2, 12],
  },
};

/** Total assets in ten-thousands of the home currency (万元), by customer group. */
const TOTAL_ASSETS: Readonly<Record<string, readonly [number, number]>> = {
  'key-accounts': [80_000, 400_000],
  standard: [3_000, 40_000],
  'small-business': [150, 3_000],
};

/** Customers the credit department keeps no file on: occasional small buyers and a dormant account. */
const WITHOUT_PROFILE: ReadonlySet<string> = new Set(['C0004', 'C0015', 'C0025', 'C0028', 'C0033', 'C0047']);

/**
 * The customers whose profile tells a story of its own (chosen from this seed's ledger):
 * - C0035 has paid nothing for over a year and disputes: now on the court defaulters' list (失信被执行人),
 *   a knock-out to D;
 * - C0036, the largest key account, has strong statements but owes 16 million yuan, 400+ days overdue,
 *   and broke promise after promise (客强我弱): a critical danger signal caps it at C whatever it scores;
 * - C0009 broke six promises this year: a critical signal (promises broken twice in a row) as well;
 * - C0043, the other key account, pays a few days late but its statements are sound;
 * - C0023 was onboarded 19 days ago and has no invoice yet: a thin file, a young company (1.4 years)
 *   and a large first order waiting for a credit decision;
 * - C0041, C0049 and C0030 pay on time, with strong statements and security: the AAA candidates.
 */
const STORIES: Readonly<
  Record<
    string,
    {
      readonly standing: Standing;
      readonly courtDefaulter?: boolean;
      readonly signalCount?: number;
      readonly criticalSignals?: number;
      readonly companyAgeYears?: string;
      readonly collateral?: number;
      /** Orders accepted but not yet shipped, in minor units. */
      readonly unshippedMinor?: number;
    }
  >
> = {
  C0035: { standing: 'distressed', courtDefaulter: true, signalCount: 3, criticalSignals: 1 },
  C0036: { standing: 'strong', signalCount: 2, criticalSignals: 1 },
  C0009: { standing: 'fair', signalCount: 2, criticalSignals: 1 },
  C0043: { standing: 'sound' },
  C0023: { standing: 'sound', companyAgeYears: '1.4', signalCount: 1, unshippedMinor: 68_000_00 },
  C0041: { standing: 'strong', collateral: 120 },
  C0049: { standing: 'strong', collateral: 100 },
  C0030: { standing: 'strong', collateral: 110 },
};

/** From the ledger: the worse the payment record, the weaker the statements tend to be (not always). */
function standingFromLedger(customerId: string, facts: LedgerFacts): Standing {
  const dpd = facts.maxDaysPastDue ?? -1;
  const broken = facts.brokenPromises;
  let rank =
    dpd > 180 || broken >= 4 ? 4 : dpd > 90 || broken >= 2 ? 3 : dpd > 30 ? 2 : dpd > 0 || broken > 0 ? 1 : 0;
  // One customer in four has statements a step better or worse than its payment record suggests.
  const jitter = hash(`standing ${customerId}`) % 8;
  if (jitter === 0 && rank > 0) rank -= 1;
  if (jitter === 1 && rank < 4) rank += 1;
  return STANDINGS[rank] ?? 'fair';
}

function creditProfileRows(portfolio: Portfolio, facts: ReadonlyMap<string, LedgerFacts>): Cell[][] {
  const currencies = new Map(portfolio.invoices.map((invoice) => [invoice.customerId, invoice.currency]));
  const rows: Cell[][] = [];
  for (const customer of portfolio.customers) {
    if (WITHOUT_PROFILE.has(customer.id)) continue;
    const id = customer.id;
    const fact = facts.get(id);
    if (fact === undefined) continue;
    const story = STORIES[id];
    const standing = story?.standing ?? standingFromLedger(id, fact);
    const range = STANDING_RANGES[standing];
    const currency = currencies.get(id) ?? 'CNY';
    // Figures in ten-thousands (万) of the currency: about 7 yuan to the dollar.
    const [minAssets, maxAssets] = TOTAL_ASSETS[customer.group ?? 'standard'] ?? [3_000, 40_000];
    const scale = currency === 'USD' ? 7 : 1;
    const totalAssets = Math.max(10, Math.floor(between(`assets ${id}`, minAssets, maxAssets) / scale));
    const currentRatio = between(`current ${id}`, ...range.currentRatio);
    const debtToAssets = between(`leverage ${id}`, ...range.debtToAssets);
    const cashFlow = between(`cash flow ${id}`, ...range.cashFlow);
    const liabilities = Math.round((totalAssets * debtToAssets) / 100);
    const currentLiabilities = Math.max(1, Math.round((liabilities * between(`short ${id}`, 55, 90)) / 100));
    const currentAssets = Math.round((currentLiabilities * currentRatio) / 100);
    const collateral =
      story?.collateral ??
      (chance(`secured ${id}`, range.collateralPercent) ? between(`collateral ${id}`, 30, 150) : 0);
    const monthlySales = Math.floor(fact.salesMinor / 12);
    const forecastMinor = Math.floor((fact.salesMinor * between(`growth ${id}`, 85, 130)) / 100);
    const unshippedShare = chance(`orders ${id}`, 35) ? between(`backlog ${id}`, 10, 60) : 0;
    const unshippedMinor =
      story?.unshippedMinor ?? roundDownMinor(Math.floor((monthlySales * unshippedShare) / 100), 100_00);
    rows.push([
      id,
      currency === 'CNY' ? undefined : currency,
      hundredths(currentRatio),
      hundredths(debtToAssets),
      hundredths(collateral),
      pick(`outlook ${id}`, range.outlook),
      hundredths(cashFlow),
      undefined,
      story?.companyAgeYears ?? String(between(`age ${id}`, ...range.age)),
      story?.courtDefaulter ?? false,
      false,
      false,
      false,
      story?.signalCount ?? (standing === 'weak' || standing === 'distressed' ? 1 : 0),
      story?.criticalSignals ?? 0,
      undefined,
      undefined,
      undefined,
      amount(Math.max(roundDownMinor(forecastMinor, 10_000_00), 10_000_00)),
      customer.group === 'small-business' ? 0 : 1,
      amount((totalAssets - liabilities) * 10_000_00),
      fact.receivedMinor > 0 ? amount(Math.floor(fact.receivedMinor / 6)) : undefined,
      amount((currentAssets - currentLiabilities) * 10_000_00),
      unshippedMinor > 0 ? amount(unshippedMinor) : undefined,
    ]);
  }
  return rows;
}

function roundDownMinor(minor: number, step: number): number {
  return Math.floor(minor / step) * step;
}

/** A ratio in hundredths written as a decimal: 185 → "1.85", -8 → "-0.08". */
function hundredths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  return `${sign}${Math.floor(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}`;
}

/** An amount in minor units (2 decimals: every sample currency has them) as a decimal string. */
function amount(minor: number): string {
  return hundredths(minor);
}

// ---------------------------------------------------------------------------------------------------
// Reminder history: what the default policy planned for June 2026, mostly done, plus limitation events.

function historyRows(portfolio: Portfolio): Cell[][] {
  const plan = planReminders(defaultReminderPolicy, portfolio, {
    from: '2026-06-01',
    to: addDays(sampleDataOptions.asOf, -1),
  });
  const rows: Cell[][] = plan
    // About one planned contact in eight did not happen (a busy week, a phone not answered).
    .filter((action) => !chance(`skipped ${action.date} ${action.customerId} ${action.channel}`, 12))
    .map((action) => ['action', action.date, action.customerId, action.channel, action.invoiceIds.join(';')]);
  // C0036 signed a balance confirmation (对账函) for its oldest invoices at a site visit: it interrupts
  // the limitation period for those invoices (spec §5.1).
  const oldest = portfolio.invoices
    .filter((invoice) => invoice.customerId === 'C0036')
    .slice(0, 3)
    .map((invoice) => invoice.id);
  rows.push(['acknowledgement', '2026-05-20', 'C0036', undefined, oldest.join(';')]);
  // C0035 received a lawyer's letter (律师函) by courier, signed for: a delivered written demand for all
  // its invoices; the letter itself is an action too.
  rows.push(['action', '2026-06-12', 'C0035', 'lawyerLetter', undefined]);
  rows.push(['deliveredDemand', '2026-06-15', 'C0035', undefined, undefined]);
  // By date, then kind, customer and channel; plain code-unit order, never the locale's collation.
  const key = (row: readonly Cell[]) =>
    [row[1], KINDS.indexOf(String(row[0])), row[2], row[3] ?? ''].join('\u0000');
  return rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

const KINDS: readonly string[] = ['action', 'acknowledgement', 'deliveredDemand'];

// ---------------------------------------------------------------------------------------------------
// CSV: RFC 4180 quoting, LF line ends, an empty cell for an absent value.

function file(name: string, header: readonly string[], rows: readonly (readonly Cell[])[]): SampleDataFile {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return { name, text: `${lines.join('\n')}\n` };
}

function csvCell(value: Cell): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const { name, text } of generateSampleData()) {
    writeFileSync(new URL(`./${name}`, import.meta.url), text);
  }
  console.log(`wrote the sample data to ${fileURLToPath(new URL('.', import.meta.url))}`);
}
