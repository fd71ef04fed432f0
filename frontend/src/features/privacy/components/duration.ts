const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A retention period in words: "15 minutes", "24 heures", "30 jours", "2 ans". */
export function formatPeriod(seconds: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'fr-FR';
  const format = (value: number, unit: 'year' | 'day' | 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value).replace(/[\u00a0\u202f]/g, ' ');
  if (seconds >= 365 * DAY) return format(Math.round(seconds / (365.25 * DAY)), 'year');
  if (seconds >= DAY && seconds % DAY === 0) return format(seconds / DAY, 'day');
  if (seconds >= HOUR && seconds % HOUR === 0) return format(seconds / HOUR, 'hour');
  if (seconds >= MINUTE && seconds % MINUTE === 0) return format(seconds / MINUTE, 'minute');
  return format(seconds, 'second');
}
