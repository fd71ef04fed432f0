import { describe, expect, it } from 'vitest';
import { basisPointsToPercent, percentToBasisPoints } from './commission';

describe('platform commission: percent ↔ basis points', () => {
  it.each([
    ['0', 0],
    ['', 0],
    ['2,5', 250],
    ['2.5', 250],
    ['12,34', 1234],
    ['0,05', 5],
    ['0,1', 10],
    ['7,', 700],
    ['100', 10_000],
    ['100,00', 10_000],
    [' 3 % ', 300],
    ['033', 3300],
  ])('reads "%s" as %i basis points', (text, bp) => {
    expect(percentToBasisPoints(text)).toBe(bp);
  });

  it.each(['100,01', '101', '1,234', '-1', 'abc', '1e2', ',5', '1 000', '2,5,1'])('refuses "%s"', (text) => {
    expect(percentToBasisPoints(text)).toBeNull();
  });

  it.each([
    [0, '0'],
    [5, '0,05'],
    [10, '0,1'],
    [250, '2,5'],
    [1234, '12,34'],
    [10_000, '100'],
  ])('writes %i basis points as "%s"', (bp, text) => {
    expect(basisPointsToPercent(bp)).toBe(text);
  });

  it('goes round the whole range without losing a basis point', () => {
    for (let bp = 0; bp <= 10_000; bp++) {
      expect(percentToBasisPoints(basisPointsToPercent(bp))).toBe(bp);
    }
  });
});
