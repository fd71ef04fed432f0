import { formatEuros, inclVatCents, parseEuros, vatBasisPoints } from '../../../../lib/money';

/** The VAT rate as people write it: "5,5 %" in French, "5.5%" in English. */
export function rateLabel(rate: string, language: string, template: (rate: string) => string): string {
  return template(language.startsWith('en') ? rate : rate.replace('.', ','));
}

/** Live price including VAT, from the typed price and rate, in integer cents. */
export function priceInclVatText(priceText: string, rate: string, language: string): string | null {
  const cents = parseEuros(priceText);
  const bp = vatBasisPoints(rate);
  if (cents === null || bp === null) return null;
  return formatEuros(inclVatCents(cents, bp), language);
}
