import { decimal } from '@receivables/core';
import { generatePortfolio } from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureInputs, rowsOf, runCommand } from '../../../analysis/__tests__/analysisFixtures.ts';
import { limitsCommand } from '../limitsCommand.ts';

interface AmountJson {
  readonly amount: string;
  readonly currency: string;
}

/** The part of the `limits` JSON the tests read. */
interface LimitsJsonCustomer {
  readonly limit: {
    readonly status: string;
    readonly methods?: readonly {
      readonly method: string;
      readonly status: string;
      readonly amount?: AmountJson;
    }[];
    readonly limit?: AmountJson;
  };
  readonly openReceivables: AmountJson;
  readonly exposure: AmountJson;
  readonly available: AmountJson | null;
  readonly riskTier: { readonly tier: number; readonly id: string; readonly utilisation: string | null };
}

const GRADES = ['AAA', 'AA', 'A', 'B', 'C', 'D'];
const gradeOrder = (a: string | undefined, b: string | undefined): number =>
  GRADES.indexOf(a ?? '') - GRADES.indexOf(b ?? '');
const tierNotes = (notes: readonly string[]): string[] => notes.filter((note) => /^\d [^ ]+: /.test(note));

describe('limits command', () => {
  it('prints the limit by each method, the combined limit, exposure, headroom and tier', async () => {
    const result = await runCommand(limitsCommand);
    const rows = rowsOf(result, 'limits');
    const byId = (id: string) => rows.find((row) => row.customer === id);
    const [c1, c2, c3] = [byId('C1'), byId('C2'), byId('C3')];
    // Best grade first: the table reads as the credit book by grade.
    expect(rows.map((row) => row.grade)).toEqual([...rows.map((row) => row.grade)].sort(gradeOrder));
    expect(c1).toMatchObject({
      customer: 'C1',
      grade: 'AA',
      creditDays: '60',
      salesForecast: '200000.00',
      netAssets: '450000.00',
      payingCapacity: '≈26666.67',
      combined: '≈26666.67',
      limit: '20000.00',
      exposure: '45000.00',
      available: '-25000.00',
      overdue: '30000.00',
      tier: '2 Warning',
    });
    expect(c2).toMatchObject({
      customer: 'C2',
      grade: 'D',
      limit: 'no profile',
      available: '—',
      exposure: '5000.00',
    });
    expect(c3).toMatchObject({ customer: 'C3', salesForecast: '—', limit: '0.00', tier: '3 Serious' });
    // The measures of each tier that occurs are listed once, not once per customer.
    expect(result.tables[0]?.notes).toEqual([
      ...tierNotes(result.tables[0]?.notes ?? []),
      '1 customer has no credit profile: no limit is computed for it.',
      '≈ marks a figure rounded to the currency’s minor unit for display; JSON output has every digit.',
    ]);
    expect(tierNotes(result.tables[0]?.notes ?? [])).toContain(
      '2 Warning: Credit hold; Payment mode one step stricter; Finance-to-finance contact; Site visit',
    );
  });

  it('keeps every digit in JSON', async () => {
    const json = (await runCommand(limitsCommand)).json as { customers: LimitsJsonCustomer[] };
    const c1 = json.customers[0]!;
    expect(c1.limit.methods?.[2]).toMatchObject({ method: 'payingCapacity', status: 'applied' });
    expect(c1.limit.methods?.[2]?.amount?.amount).toMatch(/^26666\.6666666666/);
    expect(c1.limit.limit).toEqual({ amount: '20000.00', currency: 'CNY' });
    expect(c1.available).toEqual({ amount: '-25000.00', currency: 'CNY' });
    expect(c1.riskTier).toMatchObject({ tier: 2, id: 'warning', utilisation: '2.25' });
    expect(json.customers[1]?.limit).toEqual({ status: 'noProfile' });
  });

  it('shows every figure of one customer’s computation', async () => {
    const result = await runCommand(limitsCommand, { commandOptions: { customer: 'C1' } });
    expect(result.tables.map((table) => table.id)).toEqual(['limitSteps', 'riskTier', 'facts']);
    const steps = rowsOf(result, 'limitSteps').map((row) => `${row.step} | ${row.figure} | ${row.source}`);
    expect(steps).toContain('Net-asset ratio r | 0.15 | ');
    expect(steps).toContain('Annual credit sales | CNY 1200000.00 | profile');
    expect(steps).toContain('Average monthly receipts (6 months) | CNY ≈13333.33 | ledger');
    expect(steps).toContain(
      'Paying capacity: L3 = min(average monthly receipts × credit days / 30, working capital × 10%) | CNY ≈26666.67 | ',
    );
    expect(steps).toContain('Rounded down to a multiple of | CNY 10000.00 | ');
    expect(steps).toContain('Credit limit | CNY 20000.00 | ');
    expect(steps).toContain('Exposure = open receivables + unshipped orders | CNY 45000.00 | ');
    const tier = rowsOf(result, 'riskTier').map((row) => row.figure);
    expect(tier).toContain('Limit utilisation above 100% (2.25)');
  });

  it('shows why a customer without a profile has no limit', async () => {
    const result = await runCommand(limitsCommand, { commandOptions: { customer: 'C2' } });
    expect(rowsOf(result, 'limitSteps').find((row) => row.step === 'Credit limit')?.figure).toBe(
      'no profile',
    );
  });

  it('refuses an unknown customer with INVALID_OPTION', async () => {
    await expect(runCommand(limitsCommand, { commandOptions: { customer: 'nobody' } })).rejects.toMatchObject(
      {
        code: 'INVALID_OPTION',
      },
    );
  });
});

describe('properties', () => {
  it('exposure is open receivables plus unshipped orders, and available is the limit minus the exposure', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        async (seed, netAssets, unshipped) => {
          const portfolio = generatePortfolio({ seed, customers: 4, invoices: 25, asOf: '2026-06-30' });
          const creditProfiles = new Map(
            portfolio.customers.map((customer) => [
              customer.id,
              {
                customerId: customer.id,
                currentRatio: 1.5,
                debtToAssets: 0.5,
                outlook: 'neutral' as const,
                operatingCashFlowToCurrentLiabilities: 0.1,
                netAssets: decimal(netAssets),
                unshippedOrders: decimal(unshipped),
              },
            ]),
          );
          const inputs = fixtureInputs({ portfolio, creditProfiles });
          const json = (await runCommand(limitsCommand, { inputs, options: { asOf: '2026-06-30' } }))
            .json as {
            customers: LimitsJsonCustomer[];
          };
          for (const customer of json.customers) {
            const exposure = decimal(customer.openReceivables.amount).plus(unshipped);
            expect(decimal(customer.exposure.amount).equals(exposure)).toBe(true);
            expect(customer.limit.status).toBe('computed');
            const available = decimal(customer.limit.limit!.amount).minus(exposure);
            expect(decimal(customer.available!.amount).equals(available)).toBe(true);
          }
        },
      ),
      { numRuns: 10 },
    );
  });
});
