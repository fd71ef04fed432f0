import i18n from './i18n';

/** A code the API answers with the values needed to say it (a problem, a field error, an obstacle). */
export interface Coded {
  code?: string | undefined;
  params?: Record<string, string> | null | undefined;
}

/**
 * The interface's own words for a problem code, in the current language, with its params
 * interpolated (and translated when the locale has "problem.<param>.<value>", e.g. a resource
 * name); undefined when the code is unknown here.
 */
export function problemWords(code: string | undefined, params?: Record<string, string> | null): string | undefined {
  if (code === undefined || code === '' || !i18n.exists(`problem.${code}`)) return undefined;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    const key = `problem.${name}.${value}`;
    values[name] = i18n.exists(key) ? i18n.t(key) : value;
  }
  const count = params?.count;
  if (count !== undefined && count !== '' && !Number.isNaN(Number(count))) values.count = Number(count);
  return i18n.t(`problem.${code}`, values);
}

/**
 * What to show for something coded: the interface's words for its code, else the text the server
 * wrote (already in the request's language), else the fallback.
 */
export function codedText(coded: Coded & { message?: string | undefined }, fallback: string): string {
  return problemWords(coded.code, coded.params) ?? (coded.message !== undefined && coded.message !== '' ? coded.message : fallback);
}
