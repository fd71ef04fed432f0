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

/**
 * "189.90" / "12" / "0.5" (the API's exact decimal euros) → cents; null when it is not such an amount.
 * Reads the digits as text, so no binary fraction ever gets in the way.
 */
export function decimalToCents(decimal: string): number | null {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(decimal.trim());
  if (match === null) return null;
  const digits = ((match[2] ?? '0') + (match[3] ?? '').padEnd(2, '0')).replace(/^0+(?=\d)/, '');
  if (digits.length > 15) return null;
  const cents = Number.parseInt(digits, 10);
  return match[1] === '-' ? -cents : cents;
}

/** 1250 → "12.50", the decimal form the API reads. */
export function centsToDecimal(cents: number): string {
  const { sign, euros, rest } = splitCents(cents);
  return `${sign}${String(euros)}.${rest}`;
}

/** The API's decimal euros shown in the interface ("189.90" → "189,90 €"); the text itself when it is not an amount. */
export function formatDecimalEuros(decimal: string, locale = 'fr'): string {
  const cents = decimalToCents(decimal);
  return cents === null ? decimal : formatEuros(cents, locale);
}

/** The French VAT rates a listing may carry, as the API spells them, with their basis points. */
export const VAT_RATES: readonly { value: string; basisPoints: number }[] = [
  { value: '20', basisPoints: 2000 },
  { value: '10', basisPoints: 1000 },
  { value: '5.5', basisPoints: 550 },
  { value: '0', basisPoints: 0 },
];

/** The basis points of a VAT rate written "20", "5.5", "5,5" or "20.00"; null for another rate. */
export function vatBasisPoints(rate: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{0,2}))?$/.exec(rate.trim());
  if (match === null) return null;
  const bp = Number.parseInt((match[1] ?? '0') + (match[2] ?? '').padEnd(2, '0'), 10);
  return VAT_RATES.some((r) => r.basisPoints === bp) ? bp : null;
}

/**
 * The price including VAT, in cents, rounded half-up to the cent as the server does:
 * cents × (10000 + bp) / 10000 in integer arithmetic.
 */
export function inclVatCents(exclVatCents: number, basisPoints: number): number {
  if (!Number.isSafeInteger(exclVatCents) || exclVatCents < 0) throw new RangeError(`Not an amount of cents: ${String(exclVatCents)}`);
  const scaled = exclVatCents * (10000 + basisPoints);
  if (!Number.isSafeInteger(scaled)) throw new RangeError('Amount too large');
  const shifted = scaled + 5000;
  // Subtracting the remainder first keeps the division exact: integers only.
  return (shifted - (shifted % 10000)) / 10000;
}
