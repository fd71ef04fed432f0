import { isoDate } from '../../../lib/format';

/** 2000 → "20 %", 550 → "5,5 %" (French writing; basis points, no floats). */
export function formatVatRate(basisPoints: number, language: string): string {
  const whole = Math.trunc(basisPoints / 100);
  const rest = String(basisPoints % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  const separator = language.startsWith('en') ? '.' : ',';
  return rest === '' ? `${String(whole)} %` : `${String(whole)}${separator}${rest} %`;
}

/** The ECB rate as the API gives it ("4.5" or 4.5) in the current language: "4,5 %". */
export function formatPercent(value: number | string, language: string): string {
  const text = String(value).trim();
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  return `${language.startsWith('en') ? text : text.replace('.', ',')} %`;
}

/** Today's date in the person's time zone, as yyyy-mm-dd (the value of a date input). */
export function todayIso(now: Date = new Date()): string {
  return isoDate(now);
}
