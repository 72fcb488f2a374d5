import { addYears, compareDates } from '@receivables/core';
import { isoDateArbitrary } from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  DebtorStatus,
  WriteOffAdvice,
  WriteOffCandidate,
  WriteOffContext,
  WriteOffEvidence,
} from '../../index.ts';
import { assessWriteOffEligibility } from '../../index.ts';

const item: WriteOffCandidate = { amount: '42000.00', currency: 'CNY', dueDate: '2022-03-31' };

function grounds(list: WriteOffAdvice['accounting']): string[] {
  return list.map((ground) => `${ground.code}: ${ground.status}`);
}

describe('assessWriteOffEligibility', () => {
  it('finds nothing for an item not yet due from an active debtor', () => {
    const advice = assessWriteOffEligibility(item, { asOf: '2022-03-31' });
    expect(advice).toMatchObject({
      eligible: false,
      taxDeductible: false,
      daysPastDue: 0,
      accounting: [],
      tax: [],
    });
    expect(advice.notes.map((note) => note.code)).toEqual(['advice_only', 'claim_kept']);
  });

  it('counts 3 years overdue from the day addYears(dueDate, 3) is reached, that day included (以上包括本数)', () => {
    const dayBefore = assessWriteOffEligibility(item, { asOf: '2025-03-30' });
    expect(grounds(dayBefore.accounting)).toEqual([]);
    expect(grounds(dayBefore.tax)).toEqual(['tax_small_amount: bookWriteOffNeeded']);
    const onTheDay = assessWriteOffEligibility(item, { asOf: '2025-03-31' });
    expect(onTheDay.daysPastDue).toBe(1096);
    expect(grounds(onTheDay.accounting)).toEqual(['overdue_over_3_years: evidenceNeeded']);
    expect(onTheDay.accounting[0]?.nextStep?.en).toContain('firm evidence that the debtor cannot pay');
  });

  it('advises a write-off 3 years overdue with firm evidence, deductible once written off in the books', () => {
    const evidenced = { ...item, evidence: ['cannotPay'] as const };
    const pending = assessWriteOffEligibility(evidenced, { asOf: '2025-06-30' });
    expect(pending.eligible).toBe(true);
    expect(pending.taxDeductible).toBe(false);
    expect(grounds(pending.accounting)).toEqual(['overdue_over_3_years: met']);
    expect(grounds(pending.tax)).toEqual([
      'tax_statutory_ground: bookWriteOffNeeded',
      'tax_overdue_over_3_years: bookWriteOffNeeded',
      'tax_small_amount: bookWriteOffNeeded',
    ]);
    const booked = assessWriteOffEligibility(evidenced, { asOf: '2025-06-30', writtenOffInBooks: true });
    expect(booked.taxDeductible).toBe(true);
    expect(grounds(booked.tax)).toEqual([
      'tax_statutory_ground: met',
      'tax_overdue_over_3_years: met',
      'tax_small_amount: met',
    ]);
    expect(booked.tax.map((ground) => ground.rule)).toEqual([
      '财税〔2009〕57号 art. 4; 国家税务总局公告2011年第25号 art. 22',
      '国家税务总局公告2011年第25号 art. 23',
      '国家税务总局公告2011年第25号 art. 24',
    ]);
    expect(booked.notes.map((note) => note.code)).toEqual(['advice_only', 'claim_kept', 'evidence_on_file']);
  });

  it('advises a write-off for a bankrupt debtor whose assets fall short, even before the due date', () => {
    const advice = assessWriteOffEligibility(
      { ...item, dueDate: '2025-12-31', evidence: ['insufficientAssets'] },
      { asOf: '2025-06-30', debtorStatus: 'bankrupt' },
    );
    expect(advice.eligible).toBe(true);
    expect(advice.daysPastDue).toBe(-184);
    expect(advice.accounting).toEqual([
      {
        code: 'debtor_bankrupt',
        status: 'met',
        rule: '财税〔2009〕57号 art. 4(1); 小企业会计准则 art. 10(1)',
        text: {
          en: 'The debtor was declared bankrupt and its liquidation assets cannot cover the debt.',
          'zh-CN': '债务人依法宣告破产，其清算财产不足清偿。',
        },
      },
    ]);
  });

  it('asks for evidence of insufficient assets when only the debtor status is known', () => {
    const statuses: [DebtorStatus, string][] = [
      ['dissolved', 'debtor_dissolved'],
      ['deregistered', 'debtor_deregistered'],
      ['licenceRevoked', 'debtor_licence_revoked'],
      ['deceased', 'debtor_deceased'],
      ['missing', 'debtor_missing'],
    ];
    for (const [debtorStatus, code] of statuses) {
      const advice = assessWriteOffEligibility(item, { asOf: '2022-06-30', debtorStatus });
      expect(advice.eligible).toBe(false);
      expect(grounds(advice.accounting)).toEqual([`${code}: evidenceNeeded`]);
      expect(advice.accounting[0]?.nextStep?.['zh-CN']).toContain('不足清偿');
      expect(advice.tax).toEqual([]);
    }
  });

  it('holds restructuring and force-majeure evidence until the item falls due from an active debtor', () => {
    const evidence: WriteOffEvidence[] = ['restructuringUnrecoverable', 'forceMajeure'];
    const early = assessWriteOffEligibility({ ...item, evidence }, { asOf: '2022-01-15' });
    expect(early.eligible).toBe(false);
    expect(grounds(early.accounting)).toEqual([
      'restructuring_unrecoverable: notYetDue',
      'force_majeure: notYetDue',
    ]);
    expect(early.accounting[0]?.nextStep?.en).toBe(
      'The item is not yet due and the debtor is active: reassess after the due date.',
    );
    const late = assessWriteOffEligibility({ ...item, evidence }, { asOf: '2022-04-01' });
    expect(late.eligible).toBe(true);
    expect(grounds(late.accounting)).toEqual(['restructuring_unrecoverable: met', 'force_majeure: met']);
    expect(grounds(late.tax)).toEqual(['tax_statutory_ground: bookWriteOffNeeded']);
  });

  it('applies the small-amount rule at ¥50,000 inclusive, or 0.01 % of the annual revenue', () => {
    const asOf = '2023-04-30';
    const at = (amount: string, context: Partial<WriteOffContext> = {}): WriteOffAdvice =>
      assessWriteOffEligibility({ ...item, amount }, { asOf, writtenOffInBooks: true, ...context });
    expect(grounds(at('50000.00').tax)).toEqual(['tax_small_amount: met']);
    const above = at('50000.01');
    expect(above.tax).toEqual([]);
    expect(above.notes.map((note) => note.code)).toEqual([
      'advice_only',
      'claim_kept',
      'annual_revenue_unknown',
    ]);
    // 0.01 % of 600,000,000 is 60,000.
    expect(grounds(at('60000.00', { annualRevenue: '600000000' }).tax)).toEqual(['tax_small_amount: met']);
    expect(at('60000.01', { annualRevenue: '600000000' }).tax).toEqual([]);
    expect(at('60000.01', { annualRevenue: '600000000' }).notes.map((note) => note.code)).toEqual([
      'advice_only',
      'claim_kept',
    ]);
  });

  it('tests the ¥50,000 limit only on amounts in yuan, and says so for other currencies', () => {
    const usd = { amount: '100.00', currency: 'USD', dueDate: '2022-03-31' };
    const unknown = assessWriteOffEligibility(usd, { asOf: '2023-06-30' });
    expect(unknown.tax).toEqual([]);
    expect(unknown.notes.map((note) => note.code)).toEqual([
      'advice_only',
      'claim_kept',
      'small_amount_needs_cny',
      'annual_revenue_unknown',
    ]);
    const byRevenue = assessWriteOffEligibility(usd, { asOf: '2023-06-30', annualRevenue: '1000000.00' });
    expect(grounds(byRevenue.tax)).toEqual(['tax_small_amount: bookWriteOffNeeded']);
  });

  it('gives every ground and note its text in English and Chinese, and keeps them frozen', () => {
    const advice = assessWriteOffEligibility(
      {
        ...item,
        evidence: ['cannotPay', 'insufficientAssets', 'forceMajeure', 'restructuringUnrecoverable'],
      },
      { asOf: '2026-01-01', debtorStatus: 'deceased', writtenOffInBooks: true },
    );
    const texts = [...advice.accounting, ...advice.tax, ...advice.notes].map((entry) => entry.text);
    // 4 accounting grounds, 3 tax grounds, 3 notes.
    expect(texts.length).toBe(10);
    for (const text of texts) {
      expect(text.en.length).toBeGreaterThan(20);
      expect(text['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(Object.isFrozen(text)).toBe(true);
    }
    expect(advice.notes.find((note) => note.code === 'claim_kept')?.text['zh-CN']).toContain('账销案存');
  });
});

describe('assessWriteOffEligibility bad input', () => {
  const cases: [string, Partial<WriteOffCandidate>, Partial<WriteOffContext>][] = [
    ['INVALID_AMOUNT', { amount: '0' }, {}],
    ['INVALID_AMOUNT', { amount: '-10' }, {}],
    ['AMOUNT_TOO_PRECISE', { amount: '10.001' }, {}],
    ['INVALID_CURRENCY', { currency: 'rmb' }, {}],
    ['INVALID_DATE', { dueDate: '2025-02-30' }, {}],
    ['INVALID_DATE', {}, { asOf: '2025/06/30' }],
    ['INVALID_ARGUMENT', {}, { debtorStatus: 'closed' as DebtorStatus }],
    ['INVALID_ARGUMENT', { evidence: ['photo' as WriteOffEvidence] }, {}],
    ['INVALID_ARGUMENT', { evidence: 'cannotPay' as never }, {}],
    ['INVALID_ARGUMENT', {}, { writtenOffInBooks: 'yes' as never }],
    ['INVALID_AMOUNT', {}, { annualRevenue: '-1' }],
  ];
  it.each(cases)('raises %s for %j %j', (code, change, contextChange) => {
    expect(() =>
      assessWriteOffEligibility({ ...item, ...change }, { asOf: '2025-06-30', ...contextChange }),
    ).toThrow(expect.objectContaining({ code }));
  });

  it('names itself and the field', () => {
    expect(() =>
      assessWriteOffEligibility({ ...item, dueDate: '2025-02-30' }, { asOf: '2025-06-30' }),
    ).toThrow('assessWriteOffEligibility: dueDate: "2025-02-30" is not a date: February 2025 has 28 days');
  });
});

const evidenceArbitrary = fc.subarray<WriteOffEvidence>([
  'insufficientAssets',
  'cannotPay',
  'restructuringUnrecoverable',
  'forceMajeure',
]);
const statusArbitrary = fc.constantFrom<DebtorStatus>(
  'active',
  'bankrupt',
  'dissolved',
  'deregistered',
  'licenceRevoked',
  'deceased',
  'missing',
);
interface Case {
  readonly dueDate: string;
  readonly asOf: string;
  readonly cents: number;
  readonly evidence: WriteOffEvidence[];
  readonly debtorStatus: DebtorStatus;
  readonly writtenOffInBooks: boolean;
}

const caseArbitrary: fc.Arbitrary<Case> = fc.record({
  dueDate: isoDateArbitrary({ min: '2015-01-01', max: '2030-12-31' }),
  asOf: isoDateArbitrary({ min: '2015-01-01', max: '2030-12-31' }),
  cents: fc.integer({ min: 1, max: 20_000_000 }),
  evidence: evidenceArbitrary,
  debtorStatus: statusArbitrary,
  writtenOffInBooks: fc.boolean(),
});

function assess(c: Case): WriteOffAdvice {
  return assessWriteOffEligibility(
    { amount: (c.cents / 100).toFixed(2), currency: 'CNY', dueDate: c.dueDate, evidence: c.evidence },
    { asOf: c.asOf, debtorStatus: c.debtorStatus, writtenOffInBooks: c.writtenOffInBooks },
  );
}

describe('properties', () => {
  it('never says eligible for an item not yet overdue from an active debtor, whatever the evidence', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        fc.pre(compareDates(c.asOf, c.dueDate) <= 0);
        const advice = assess({ ...c, debtorStatus: 'active' });
        expect(advice.eligible).toBe(false);
        expect(advice.taxDeductible).toBe(false);
      }),
    );
  });

  it('is advice only: it always says so and that the claim is kept, and leaves its inputs untouched', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const before = JSON.stringify(c);
        const advice = assess(c);
        expect(JSON.stringify(c)).toBe(before);
        expect(advice.notes.slice(0, 2).map((note) => note.code)).toEqual(['advice_only', 'claim_kept']);
      }),
    );
  });

  it('agrees with its grounds: eligible exactly when an accounting ground is met, deductible exactly when a tax ground is', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const advice = assess(c);
        expect(advice.eligible).toBe(advice.accounting.some((ground) => ground.status === 'met'));
        expect(advice.taxDeductible).toBe(advice.tax.some((ground) => ground.status === 'met'));
        for (const ground of [...advice.accounting, ...advice.tax]) {
          expect(ground.status === 'met').toBe(ground.nextStep === undefined);
        }
      }),
    );
  });

  it('never deducts what is not written off in the books', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        expect(assess({ ...c, writtenOffInBooks: false }).taxDeductible).toBe(false);
      }),
    );
  });

  it('lists the 3-year ground exactly when asOf has reached addYears(dueDate, 3)', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const reached = compareDates(c.asOf, addYears(c.dueDate, 3)) >= 0;
        const listed = assess(c).accounting.some((ground) => ground.code === 'overdue_over_3_years');
        expect(listed).toBe(reached);
      }),
    );
  });
});
