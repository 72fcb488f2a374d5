import { addOpenItems, agingResult, computeOpenItems, createAgingAccumulator } from '@receivables/aging';
import { parsePortfolio } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CreditCustomer,
  type CreditDecisionContext,
  creditDecisionStrictness,
  decideCredit,
  defaultGradeScale,
  findGrade,
} from '../../index.ts';

const gradeA = findGrade(defaultGradeScale, 'A');
const customer: CreditCustomer = {
  grade: gradeA,
  limit: '500000',
  openReceivables: '380000',
  unshippedOrders: '60000',
};
const context: CreditDecisionContext = { currency: 'CNY', allowedOverrun: '0.10' };

const codes = (decision: ReturnType<typeof decideCredit>) => decision.reasons.map((reason) => reason.code);

describe('decideCredit', () => {
  it('approves an order that keeps exposure within the limit', () => {
    const decision = decideCredit(customer, { amount: '50000' }, context);
    expect(decision.decision).toBe('approve');
    expect(decision.paymentMode).toBe('openAccount');
    expect(decision.exposure.amount.toString()).toBe('490000');
    expect(decision.allowedExposure.amount.toString()).toBe('550000');
    expect(decision.headroom.amount.toString()).toBe('60000');
    expect(codes(decision)).toEqual(['WITHIN_LIMIT']);
    expect(decision.reasons[0]?.label).toEqual({
      en: 'Exposure CNY 490000.00 is within the limit CNY 500000.00',
      'zh-CN': '风险敞口 CNY 490000.00 在信用额度 CNY 500000.00 以内',
    });
  });

  it('approves within the allowed overrun and says so', () => {
    const decision = decideCredit(customer, { amount: '110000' }, context);
    expect(decision.decision).toBe('approve');
    expect(codes(decision)).toEqual(['WITHIN_OVERRUN']);
  });

  it('approves exactly at the limit plus overrun and holds one fen above', () => {
    expect(decideCredit(customer, { amount: '110000' }, context).decision).toBe('approve');
    expect(decideCredit(customer, { amount: '110000.01' }, context).decision).toBe('hold');
  });

  it('holds an order beyond the limit plus overrun', () => {
    const decision = decideCredit(customer, { amount: '150000' }, context);
    expect(decision.decision).toBe('hold');
    expect(decision.headroom.amount.toString()).toBe('-40000');
    expect(codes(decision)).toEqual(['OVER_LIMIT']);
  });

  it('allows no overrun by default', () => {
    const decision = decideCredit(customer, { amount: '60000.01' }, { currency: 'CNY' });
    expect(decision.decision).toBe('hold');
  });

  it('holds any order while overdue amounts exceed the tolerance', () => {
    const overdue = { ...customer, overdue: '1000' };
    const decision = decideCredit(overdue, { amount: '1' }, context);
    expect(decision.decision).toBe('hold');
    expect(codes(decision)).toEqual(['OVERDUE_BALANCE', 'WITHIN_LIMIT']);
    expect(decision.reasons[0]?.label.en).toBe('Overdue CNY 1000.00 exceeds the tolerance of CNY 0.00');
    expect(decideCredit(overdue, { amount: '1' }, { ...context, overdueTolerance: '1000' }).decision).toBe(
      'approve',
    );
  });

  it('requires prepayment from a cash-in-advance grade', () => {
    const decision = decideCredit(
      { ...customer, grade: findGrade(defaultGradeScale, 'D') },
      { amount: 1 },
      context,
    );
    expect(decision.decision).toBe('requirePrepayment');
    expect(decision.paymentMode).toBe('cashInAdvance');
    expect(codes(decision)).toEqual(['CASH_IN_ADVANCE']);
  });

  it('approves a cash-on-delivery grade against payment at handover, without a limit check', () => {
    const gradeC = findGrade(defaultGradeScale, 'C');
    const decision = decideCredit({ ...customer, grade: gradeC, limit: 0 }, { amount: '900000' }, context);
    expect(decision.decision).toBe('approve');
    expect(decision.paymentMode).toBe('cashOnDelivery');
    expect(codes(decision)).toEqual(['PAYMENT_ON_DELIVERY']);
    expect(decideCredit({ ...customer, grade: gradeC, overdue: 5 }, { amount: 1 }, context).decision).toBe(
      'hold',
    );
  });

  it('checks the limit for final payment before final goods and notes the last batch', () => {
    const gradeB = findGrade(defaultGradeScale, 'B');
    const decision = decideCredit({ ...customer, grade: gradeB }, { amount: '10000' }, context);
    expect(decision.decision).toBe('approve');
    expect(decision.paymentMode).toBe('finalPaymentBeforeFinalGoods');
    expect(codes(decision)).toEqual(['WITHIN_LIMIT', 'FINAL_PAYMENT_BEFORE_FINAL_GOODS']);
    expect(decideCredit({ ...customer, grade: gradeB }, { amount: '200000' }, context).decision).toBe('hold');
  });

  it('reads the balance and overdue of an aging report line', () => {
    const accumulator = createAgingAccumulator({ asOf: '2026-06-30' });
    addOpenItems(accumulator, [
      {
        customerId: 'C1',
        invoiceId: 'INV-1',
        instalment: 1,
        role: 'final',
        currency: 'CNY',
        documentDate: '2026-04-01',
        dueDate: '2026-05-01',
        originalMinor: 10_000_000,
        openMinor: 5_000_000,
        disputedMinor: 0,
      },
      {
        customerId: 'C1',
        invoiceId: 'INV-2',
        instalment: 1,
        role: 'final',
        currency: 'CNY',
        documentDate: '2026-06-10',
        dueDate: '2026-07-10',
        originalMinor: 20_000_000,
        openMinor: 20_000_000,
        disputedMinor: 0,
      },
    ]);
    const line = agingResult(accumulator).customers[0]!;
    const decision = decideCredit(
      { grade: gradeA, limit: '500000', openReceivables: line },
      { amount: 1 },
      context,
    );
    expect(decision.exposure.amount.toString()).toBe('250001');
    expect(decision.overdue.amount.toString()).toBe('50000');
    expect(decision.decision).toBe('hold');
  });

  it('reads open items from computeOpenItems, counting only the customer’s and telling overdue by asOf', () => {
    const portfolio = parsePortfolio({
      customers: [
        { id: 'C1', name: 'Hengda Trading' },
        { id: 'C2', name: 'Other' },
      ],
      invoices: [
        {
          id: 'I1',
          customerId: 'C1',
          currency: 'CNY',
          issueDate: '2026-01-05',
          dueDate: '2026-02-04',
          amount: '1000.00',
        },
        {
          id: 'I2',
          customerId: 'C1',
          currency: 'CNY',
          issueDate: '2026-03-10',
          dueDate: '2026-04-09',
          amount: '500.00',
        },
        {
          id: 'I3',
          customerId: 'C2',
          currency: 'CNY',
          issueDate: '2026-01-05',
          dueDate: '2026-02-04',
          amount: '7000.00',
        },
      ],
    });
    const { items } = computeOpenItems(portfolio, { asOf: '2026-03-31' });
    const decision = decideCredit(
      { id: 'C1', grade: gradeA, limit: '5000', openReceivables: items },
      { amount: '100' },
      { currency: 'CNY', asOf: '2026-03-31', overdueTolerance: '1000' },
    );
    expect(decision.exposure.amount.toString()).toBe('1600');
    expect(decision.overdue.amount.toString()).toBe('1000');
    expect(decision.decision).toBe('approve');
  });

  it('refuses open items without asOf, and lines in another currency', () => {
    expect(() => decideCredit({ ...customer, openReceivables: [] }, { amount: 1 }, context)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message:
          'decideCredit: asOf is missing; open items need the day of the decision to tell what is overdue',
      }),
    );
    const usdLine = { currency: 'USD', balance: '10', overdue: '0' } as never;
    expect(() => decideCredit({ ...customer, openReceivables: usdLine }, { amount: 1 }, context)).toThrow(
      expect.objectContaining({
        code: 'CURRENCY_MISMATCH',
        message:
          'decideCredit: openReceivables.currency: "USD" differs from the decision\'s currency CNY; convert the amounts first',
      }),
    );
  });

  it.each([
    [
      { limit: '-1' },
      {},
      {},
      'INVALID_AMOUNT',
      'decideCredit: limit: "-1" is negative; it must be zero or more',
    ],
    [
      { openReceivables: Number.NaN },
      {},
      {},
      'INVALID_AMOUNT',
      'decideCredit: openReceivables: NaN is not a finite number',
    ],
    [
      {},
      { amount: '-5' },
      {},
      'INVALID_AMOUNT',
      'decideCredit: order.amount: "-5" is negative; it must be zero or more',
    ],
    [{}, {}, { allowedOverrun: '-0.1' }, 'INVALID_RATE', 'decideCredit: allowedOverrun: "-0.1" is negative'],
    [
      {},
      {},
      { allowedOverrun: Number.POSITIVE_INFINITY },
      'INVALID_RATE',
      'decideCredit: allowedOverrun: Infinity is not a finite decimal number',
    ],
    [{}, {}, { currency: 'XXY' }, 'INVALID_CURRENCY', undefined],
  ] as const)('refuses %j %j %j with %s', (patch, orderPatch, contextPatch, code, message) => {
    const error = expect.objectContaining(message === undefined ? { code } : { code, message });
    expect(() =>
      decideCredit(
        { ...customer, ...patch } as CreditCustomer,
        { amount: 1, ...orderPatch },
        { ...context, ...contextPatch },
      ),
    ).toThrow(error);
  });
});

describe('properties', () => {
  const money = fc.integer({ min: 0, max: 100_000_000 }).map((minor) => (minor / 100).toFixed(2));
  const situation = fc.record({
    grade: fc.constantFrom(...defaultGradeScale.grades),
    limit: money,
    open: money,
    unshipped: money,
    overdue: money,
    order: money,
    overrun: fc.constantFrom('0', '0.05', '0.10', '0.25'),
    tolerance: money,
  });
  const decide = (draw: {
    grade: (typeof defaultGradeScale.grades)[number];
    limit: string;
    open: string;
    unshipped: string;
    overdue: string;
    order: string;
    overrun: string;
    tolerance: string;
  }) =>
    decideCredit(
      {
        grade: draw.grade,
        limit: draw.limit,
        openReceivables: draw.open,
        unshippedOrders: draw.unshipped,
        overdue: draw.overdue,
      },
      { amount: draw.order },
      { currency: 'CNY', allowedOverrun: draw.overrun, overdueTolerance: draw.tolerance },
    );
  const rank = (draw: Parameters<typeof decide>[0]) => creditDecisionStrictness[decide(draw).decision];

  it('is monotone in exposure: more open receivables, unshipped orders or order value never loosen the decision', () => {
    fc.assert(
      fc.property(situation, money, fc.constantFrom('open', 'unshipped', 'order'), (draw, extra, field) => {
        const more = { ...draw, [field]: (Number(draw[field]) + Number(extra)).toFixed(2) };
        expect(rank(more)).toBeGreaterThanOrEqual(rank(draw));
      }),
    );
  });

  it('is monotone in overdue: more overdue never turns a hold into an approval', () => {
    fc.assert(
      fc.property(situation, money, (draw, extra) => {
        const more = { ...draw, overdue: (Number(draw.overdue) + Number(extra)).toFixed(2) };
        expect(rank(more)).toBeGreaterThanOrEqual(rank(draw));
      }),
    );
  });

  it('is monotone in the limit: a higher limit never tightens the decision', () => {
    fc.assert(
      fc.property(situation, money, (draw, extra) => {
        const higher = { ...draw, limit: (Number(draw.limit) + Number(extra)).toFixed(2) };
        expect(rank(higher)).toBeLessThanOrEqual(rank(draw));
      }),
    );
  });

  it('never approves on credit for a cash-in-advance grade: the order waits for payment or is held', () => {
    fc.assert(
      fc.property(situation, (draw) => {
        const cashInAdvance = findGrade(defaultGradeScale, 'D');
        expect(rank({ ...draw, grade: cashInAdvance })).toBeGreaterThanOrEqual(
          creditDecisionStrictness.requirePrepayment,
        );
      }),
    );
  });

  it('is deterministic: equal inputs give equal decisions', () => {
    fc.assert(
      fc.property(situation, (draw) => {
        expect(decide({ ...draw })).toEqual(decide(draw));
      }),
    );
  });
});
