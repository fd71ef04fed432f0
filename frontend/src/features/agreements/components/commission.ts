/**
 * The platform's commission on a lot is held in basis points (0..10000, 250 = 2.5 %) and typed as a
 * percentage with at most two decimals. Both ways use string arithmetic only, never floats.
 */
export const MAX_COMMISSION_BP = 10_000;

/** 250 → "2,5"; 1234 → "12,34"; 5 → "0,05"; 10000 → "100" (French decimal comma, no trailing zeros). */
export function basisPointsToPercent(bp: number): string {
  if (!Number.isSafeInteger(bp) || bp < 0) throw new RangeError(`Not a number of basis points: ${String(bp)}`);
  const whole = String(Math.trunc(bp / 100));
  const decimals = String(bp % 100).padStart(2, '0').replace(/0+$/, '');
  return decimals === '' ? whole : `${whole},${decimals}`;
}

/**
 * "2,5" / "2.5" / "12,34" / "100" / " 0 %" → basis points; an empty field is 0 (no commission). Null
 * when the text is not a percentage between 0 and 100 with at most two decimals.
 */
export function percentToBasisPoints(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f%]/g, '');
  if (compact === '') return 0;
  const match = /^(\d{1,3})(?:[.,](\d{0,2}))?$/.exec(compact);
  if (match === null) return null;
  const digits = ((match[1] ?? '0') + (match[2] ?? '').padEnd(2, '0')).replace(/^0+(?=\d)/, '');
  const bp = Number.parseInt(digits, 10);
  return bp <= MAX_COMMISSION_BP ? bp : null;
}
