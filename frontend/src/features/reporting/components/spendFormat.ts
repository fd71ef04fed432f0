import { formatEuros } from '../../../lib/money';

/** 8123 basis points → "81,23 %" (French) or "81.23 %". */
export function formatBp(bp: number | null | undefined, language: string): string {
  if (bp === null || bp === undefined) return '—';
  return formatPercent(bp / 100, language);
}

export function formatPercent(value: number, language: string): string {
  return `${value.toLocaleString(language.startsWith('en') ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 2 })}\u00a0%`;
}

/** Short axis labels: 123 456 789 cents → "1,2 M€", 1 234 500 → "12 k€". */
export function shortEuros(cents: number, language: string): string {
  const euros = cents / 100;
  const locale = language.startsWith('en') ? 'en-GB' : 'fr-FR';
  if (Math.abs(euros) >= 1_000_000) return `${(euros / 1_000_000).toLocaleString(locale, { maximumFractionDigits: 1 })}\u00a0M€`;
  if (Math.abs(euros) >= 1_000) return `${Math.round(euros / 1_000).toLocaleString(locale)}\u00a0k€`;
  return formatEuros(Math.round(cents), language);
}
