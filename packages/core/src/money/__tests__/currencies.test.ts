import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { currencyMinorUnits } from '../currencyMinorUnits.ts';
import { isCurrencyCode } from '../isCurrencyCode.ts';
import { parseCurrency } from '../parseCurrency.ts';

describe('isCurrencyCode', () => {
  it('accepts uppercase codes the platform knows', () => {
    for (const code of ['CNY', 'USD', 'EUR', 'JPY', 'KRW', 'KWD', 'BHD', 'HKD']) {
      expect(isCurrencyCode(code)).toBe(true);
    }
  });

  it('refuses lower case, unknown codes, other shapes and non-strings', () => {
    for (const value of [
      'cny',
      'Cny',
      'XXZ',
      'CN',
      'CNYY',
      ' CNY',
      'CNY ',
      '',
      '¥',
      null,
      undefined,
      156,
      {},
    ]) {
      expect(isCurrencyCode(value)).toBe(false);
    }
  });
});

describe('isCurrencyCode without Intl.supportedValuesOf', () => {
  it('falls back to the shape: any three uppercase letters', async () => {
    const supportedValuesOf = Intl.supportedValuesOf;
    vi.resetModules();
    Reflect.deleteProperty(Intl, 'supportedValuesOf');
    try {
      const fresh = await import('../isCurrencyCode.ts');
      expect(fresh.isCurrencyCode('XXZ')).toBe(true);
      expect(fresh.isCurrencyCode('cny')).toBe(false);
      expect(fresh.isCurrencyCode('CN')).toBe(false);
    } finally {
      Intl.supportedValuesOf = supportedValuesOf;
      vi.resetModules();
    }
  });
});

describe('parseCurrency', () => {
  it('returns a known code unchanged', () => {
    expect(parseCurrency('CNY')).toBe('CNY');
  });

  it.each([
    ['cny', 'parseCurrency: currency "cny" is not an ISO 4217 code: write it in upper case (CNY)'],
    ['XXZ', 'parseCurrency: currency "XXZ" is not an ISO 4217 currency code this platform knows'],
    ['yuan', 'parseCurrency: currency "yuan" is not an ISO 4217 code of three uppercase letters'],
    ['', 'parseCurrency: currency "" is not an ISO 4217 code of three uppercase letters'],
    [null, 'parseCurrency: currency null is not a currency code'],
    [{}, 'parseCurrency: currency an object is not a currency code'],
  ])('refuses %j with INVALID_CURRENCY and says why', (value, message) => {
    expect(() => parseCurrency(value)).toThrow(
      expect.objectContaining({ code: 'INVALID_CURRENCY', message }),
    );
  });

  it('names the field when given', () => {
    expect(() => parseCurrency('cny', { field: 'invoices[3].currency' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_CURRENCY',
        message: expect.stringMatching(/^parseCurrency: invoices\[3\]\.currency: currency "cny"/),
        details: { value: 'cny', field: 'invoices[3].currency' },
      }),
    );
  });
});

describe('currencyMinorUnits', () => {
  it.each([
    ['CNY', 2],
    ['USD', 2],
    ['EUR', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['KWD', 3],
    ['BHD', 3],
  ])('%s has %i minor units', (currency, digits) => {
    expect(currencyMinorUnits(currency)).toBe(digits);
  });

  it('refuses an unknown or lower-case code with INVALID_CURRENCY', () => {
    for (const code of ['XXZ', 'cny', '']) {
      expect(() => currencyMinorUnits(code)).toThrow(expect.objectContaining({ code: 'INVALID_CURRENCY' }));
    }
  });

  it('still refuses a bad code after a good one was cached', () => {
    currencyMinorUnits('CNY');
    expect(() => currencyMinorUnits('cny')).toThrow(expect.objectContaining({ code: 'INVALID_CURRENCY' }));
  });
});

describe('properties', () => {
  const anyValue = fc.oneof(
    fc.string({ maxLength: 4 }),
    fc.constantFrom(...Intl.supportedValuesOf('currency')),
  );

  it('agrees with itself: parseCurrency accepts exactly what isCurrencyCode accepts', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        if (isCurrencyCode(value)) expect(parseCurrency(value)).toBe(value);
        else
          expect(() => parseCurrency(value)).toThrow(expect.objectContaining({ code: 'INVALID_CURRENCY' }));
      }),
    );
  });

  it('knows every platform currency: each has a whole, non-negative number of minor units', () => {
    for (const code of Intl.supportedValuesOf('currency')) {
      const digits = currencyMinorUnits(code);
      expect(Number.isInteger(digits) && digits >= 0).toBe(true);
    }
  });
});
