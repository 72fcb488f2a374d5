import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerArbitrary } from '../../index.ts';
import { portfolioOf, throughCore } from './roundTrip.ts';

describe('customerArbitrary', () => {
  it('keeps a fixed id and names a company', () => {
    for (const customer of fc.sample(customerArbitrary({ id: 'C0042' }), 20)) {
      expect(customer.id).toBe('C0042');
      expect(customer.name).toMatch(/^\S.* Co\., Ltd\.$/);
    }
  });

  it('draws ids from C0001 to C9999 when none is given', () => {
    expect(fc.sample(customerArbitrary(), 100).every((customer) => /^C\d{4}$/.test(customer.id))).toBe(true);
  });

  it('draws bare customers and fully described ones', () => {
    const customers = fc.sample(customerArbitrary(), 300);
    expect(
      customers.some((customer) => customer.group === undefined && customer.onboardedOn === undefined),
    ).toBe(true);
    expect(customers.some((customer) => Object.keys(customer.tags).length === 0)).toBe(true);
    expect(
      customers.some(
        (customer) =>
          customer.group !== undefined &&
          customer.onboardedOn !== undefined &&
          Object.keys(customer.tags).length === 2,
      ),
    ).toBe(true);
  });

  it('refuses a blank id', () => {
    expect(() => customerArbitrary({ id: '' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'customerArbitrary: id "" is not a record id',
      }),
    );
  });
});

describe('properties', () => {
  it('draws customers core validates unchanged', () => {
    fc.assert(
      fc.property(customerArbitrary(), (customer) => {
        const portfolio = portfolioOf({ customers: [customer] });
        expect(throughCore(portfolio)).toEqual(portfolio);
      }),
    );
  });

  it('tags only with region and salesperson', () => {
    fc.assert(
      fc.property(customerArbitrary(), (customer) =>
        Object.keys(customer.tags).every((key) => key === 'region' || key === 'salesperson'),
      ),
    );
  });
});
