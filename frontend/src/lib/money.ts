/**
 * Money is held as integer euro cents. These helpers convert to and from the French
 * written form ("1 234,56") with integer and string arithmetic only, never floats.
 */

const GROUPING = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0, useGrouping: true });

function splitCents(cents: number): { sign: string; euros: number; rest: string } {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not an integer amount of cents: ${String(cents)}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return { sign, euros: Math.trunc(abs / 100), rest: String(abs % 100).padStart(2, '0') };
}

/** 123456 → "1 234,56 €" (French grouping and decimal comma). */
export function formatEuros(cents: number, locale = 'fr'): string {
  const { sign, euros, rest } = splitCents(cents);
  if (locale.startsWith('en')) {
    return `€${sign}${new Intl.NumberFormat('en-GB').format(euros)}.${rest}`;
  }
  return `${sign}${GROUPING.format(euros)},${rest}\u00a0€`;
}

/** 123456 → "1234,56", the form an input shows for editing. */
export function centsToInput(cents: number): string {
  const { sign, euros, rest } = splitCents(cents);
  return `${sign}${String(euros)},${rest}`;
}

/**
 * "1 234,5" / "1234.56" / "12" → cents; null when the text is not a valid
 * non-negative amount with at most two decimals.
 */
export function parseEuros(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '');
  const match = /^(\d+)(?:[.,](\d{0,2}))?$/.exec(compact);
  if (match === null) return null;
  const euros = match[1] ?? '0';
  const decimals = (match[2] ?? '').padEnd(2, '0');
  const digits = (euros + decimals).replace(/^0+(?=\d)/, '');
  if (digits.length > 15) return null;
  const cents = Number.parseInt(digits, 10);
  return Number.isSafeInteger(cents) ? cents : null;
}
