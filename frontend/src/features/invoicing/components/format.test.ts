import { describe, expect, it } from 'vitest';
import { formatPercent, formatVatRate, todayIso } from './format';

describe('invoice formats', () => {
  it('writes VAT rates from basis points without floats', () => {
    expect(formatVatRate(2000, 'fr')).toBe('20 %');
    expect(formatVatRate(550, 'fr')).toBe('5,5 %');
    expect(formatVatRate(210, 'en')).toBe('2.1 %');
    expect(formatVatRate(0, 'fr')).toBe('0 %');
  });

  it('writes the ECB rate in the current language', () => {
    expect(formatPercent('2.15', 'fr')).toBe('2,15 %');
    expect(formatPercent(4, 'fr')).toBe('4 %');
    expect(formatPercent('2.15', 'en')).toBe('2.15 %');
  });

  it('gives today as a date input value', () => {
    expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
