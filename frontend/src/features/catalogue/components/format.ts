/** 3.46 → "3,5 km"; distances come rounded to 100 m from the API and are display-only. */
export function formatDistance(km: number, language: string): string {
  const locale = language.startsWith('en') ? 'en-GB' : 'fr-FR';
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km)}\u00a0km`;
}

/** VAT basis points → "20 %" / "5,5 %", with integer arithmetic only. */
export function formatVatRate(basisPoints: number, language: string): string {
  const whole = Math.trunc(basisPoints / 100);
  const rest = basisPoints % 100;
  const decimal = language.startsWith('en') ? '.' : ',';
  const fraction = rest === 0 ? '' : `${decimal}${String(rest).padStart(2, '0').replace(/0$/, '')}`;
  return `${String(whole)}${fraction}\u00a0%`;
}
