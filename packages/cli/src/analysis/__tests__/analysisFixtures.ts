import { decimal, parsePortfolio } from '@receivables/core';
import type { CliInputs } from '../../input/CliInputs.ts';
import type { CreditProfile } from '../../input/CreditProfile.ts';
import type { CliCommand, CommandResult } from '../../program/CliCommand.ts';
import type { CliOptions } from '../../program/CliOptions.ts';

/**
 * A small hand-made ledger as of 2026-03-31 whose figures are worked out by hand in the tests:
 * - C1 Hengda Trading: onboarded 2022-01-10, INV-1 CNY 80000.00 due 2026-02-04 paid 2026-02-03,
 *   INV-2 CNY 30000.00 due 2026-03-22 open; a full profile with limit inputs and CNY 15000.00 unshipped;
 * - C2 Lianhe Steel: no profile, INV-3 CNY 5000.00 due 2026-02-04 open, CNY 1000.00 of it disputed
 *   ("quality complaint") since 2026-02-10;
 * - C3 Shady Holdings: onboarded 2025-12-01, INV-4 CNY 12000.00 due 2025-12-31 open, one broken
 *   promise, a weak profile and on the court defaulters' list.
 */
export const fixturePortfolio: CliInputs['portfolio'] = parsePortfolio({
  customers: [
    { id: 'C1', name: 'Hengda Trading', onboardedOn: '2022-01-10', tags: { contact: 'Ms Wang' } },
    { id: 'C2', name: 'Lianhe Steel' },
    { id: 'C3', name: 'Shady Holdings', onboardedOn: '2025-12-01' },
  ],
  invoices: [
    {
      id: 'INV-1',
      customerId: 'C1',
      currency: 'CNY',
      issueDate: '2026-01-05',
      dueDate: '2026-02-04',
      amount: '80000.00',
    },
    {
      id: 'INV-2',
      customerId: 'C1',
      currency: 'CNY',
      issueDate: '2026-02-20',
      dueDate: '2026-03-22',
      amount: '30000.00',
    },
    {
      id: 'INV-3',
      customerId: 'C2',
      currency: 'CNY',
      issueDate: '2026-01-05',
      dueDate: '2026-02-04',
      amount: '5000.00',
    },
    {
      id: 'INV-4',
      customerId: 'C3',
      currency: 'CNY',
      issueDate: '2025-12-01',
      dueDate: '2025-12-31',
      amount: '12000.00',
    },
  ],
  payments: [{ id: 'P1', customerId: 'C1', currency: 'CNY', date: '2026-02-03', amount: '80000.00' }],
  promises: [
    {
      id: 'PR1',
      customerId: 'C3',
      madeOn: '2026-01-10',
      promisedDate: '2026-01-20',
      amount: '12000.00',
      currency: 'CNY',
      status: 'broken',
    },
  ],
  disputes: [
    {
      id: 'D1',
      customerId: 'C2',
      invoiceId: 'INV-3',
      openedOn: '2026-02-10',
      amount: '1000.00',
      reason: 'quality complaint',
    },
  ],
});

/** C1's full profile. */
export const profileC1: CreditProfile = {
  customerId: 'C1',
  currentRatio: 2.1,
  debtToAssets: 0.35,
  collateralCoverage: 0,
  outlook: 'neutral',
  operatingCashFlowToCurrentLiabilities: 0.25,
  companyAgeYears: 12,
  netAssets: decimal('3000000'),
  workingCapital: decimal('5000000'),
  annualCreditSales: decimal('1200000'),
  unshippedOrders: decimal('15000.00'),
};

/** C3's weak profile. */
export const profileC3: CreditProfile = {
  customerId: 'C3',
  currentRatio: 0.9,
  debtToAssets: 0.9,
  outlook: 'adverse',
  operatingCashFlowToCurrentLiabilities: -0.1,
  companyAgeYears: 1,
  courtDefaulter: true,
  netAssets: decimal('100000'),
  workingCapital: decimal('-5000'),
};

/** The inputs of the hand-made ledger, with the profiles of C1 and C3. */
export function fixtureInputs(overrides: Partial<CliInputs> = {}): CliInputs {
  return {
    portfolio: fixturePortfolio,
    creditProfiles: new Map([
      ['C1', profileC1],
      ['C3', profileC3],
    ]),
    history: {},
    skipped: [],
    files: [],
    ...overrides,
  };
}

/** Parsed shared options, as the program hands them to a command. */
export function cliOptions(overrides: Partial<CliOptions> = {}): CliOptions {
  return {
    asOf: '2026-03-31',
    locale: 'en',
    format: 'table',
    rates: {},
    inputs: {},
    columnMap: {},
    skipInvalid: false,
    ...overrides,
  };
}

/** Runs a command in memory on the given inputs. */
export function runCommand(
  command: CliCommand,
  setup: {
    readonly inputs?: CliInputs;
    readonly options?: Partial<CliOptions>;
    readonly commandOptions?: Readonly<Record<string, unknown>>;
  } = {},
): Promise<CommandResult> {
  const inputs = setup.inputs ?? fixtureInputs();
  return command.run({
    options: cliOptions(setup.options),
    commandOptions: setup.commandOptions ?? {},
    io: { stdout: () => {}, stderr: () => {}, cwd: '/nowhere', interactive: false, env: {} },
    loadInputs: async () => inputs,
  });
}

/** The rows of the result's table with this id. */
export function rowsOf(result: CommandResult, id: string): readonly Readonly<Record<string, string>>[] {
  const table = result.tables.find((candidate) => candidate.id === id);
  if (table === undefined) throw new Error(`no table ${id} in ${result.tables.map((t) => t.id).join(', ')}`);
  return table.rows;
}
