import { describe, expect, it } from 'vitest';
import { centsToDecimal, centsToInput, decimalToCents, formatDecimalEuros, formatEuros, inclVatCents, parseEuros, vatBasisPoints } from './money';

describe('money', () => {
  it('formats cents in French', () => {
    expect(formatEuros(123456)).toBe('1\u202f234,56\u00a0€');
    expect(formatEuros(5)).toBe('0,05\u00a0€');
  });

  it('round-trips input text exactly', () => {
    expect(parseEuros('1 234,56')).toBe(123456);
    expect(parseEuros('0.1')).toBe(10);
    expect(parseEuros('19,99')).toBe(1999);
    expect(parseEuros('12')).toBe(1200);
    expect(parseEuros(centsToInput(100001))).toBe(100001);
  });

  it('rejects invalid amounts', () => {
    expect(parseEuros('')).toBeNull();
    expect(parseEuros('1,234')).toBeNull();
    expect(parseEuros('-3')).toBeNull();
    expect(parseEuros('abc')).toBeNull();
  });

  it('reads and writes the API decimal form exactly', () => {
    expect(decimalToCents('189.90')).toBe(18990);
    expect(decimalToCents('0.1')).toBe(10);
    expect(decimalToCents('12')).toBe(1200);
    expect(decimalToCents('-3.05')).toBe(-305);
    expect(decimalToCents('1.005')).toBeNull();
    expect(decimalToCents('12,50')).toBeNull();
    expect(centsToDecimal(1250)).toBe('12.50');
    expect(centsToDecimal(5)).toBe('0.05');
    expect(centsToDecimal(parseEuros('12,5') ?? -1)).toBe('12.50');
    expect(formatDecimalEuros('189.90')).toBe('189,90\u00a0€');
    expect(formatDecimalEuros('1234567.89')).toBe('1\u202f234\u202f567,89\u00a0€');
    expect(formatDecimalEuros('189.90', 'en')).toBe('€189.90');
  });

  it('adds VAT in integer cents, rounding half up like the server', () => {
    expect(inclVatCents(18990, 2000)).toBe(22788); // 189.90 → 227.88, as StockIT expects
    expect(inclVatCents(1, 2000)).toBe(1); // 0.012 → 0.01
    expect(inclVatCents(3, 2000)).toBe(4); // 0.036 → 0.04
    expect(inclVatCents(10, 550)).toBe(11); // 0.1055 → 0.11
    expect(inclVatCents(1999, 550)).toBe(2109); // 21.08945 → 21.09
    expect(inclVatCents(1990, 1000)).toBe(2189);
    expect(inclVatCents(4321, 0)).toBe(4321);
    // 0.1 + 0.2-style float traps do not exist here: 0.30 € excl. 20 % is exactly 0.36 €.
    expect(inclVatCents(30, 2000)).toBe(36);
    expect(inclVatCents(100_000_000, 2000)).toBe(120_000_000);
  });

  it('knows only the French VAT rates', () => {
    expect(vatBasisPoints('20')).toBe(2000);
    expect(vatBasisPoints('5,5')).toBe(550);
    expect(vatBasisPoints('5.50')).toBe(550);
    expect(vatBasisPoints('0')).toBe(0);
    expect(vatBasisPoints('19.6')).toBeNull();
    expect(vatBasisPoints('abc')).toBeNull();
  });
});
