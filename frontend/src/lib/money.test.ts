import { describe, expect, it } from 'vitest';
import { centsToInput, formatEuros, parseEuros } from './money';

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
});
