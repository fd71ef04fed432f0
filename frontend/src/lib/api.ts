import { config } from './config';
import i18n from './i18n';

/** One rejected field of a request, as the API names it: why as a stable code with its values, and in words. */
export interface FieldError {
  field: string;
  code?: string;
  params?: Record<string, string> | null;
  message: string;
}

/**
 * An RFC 9457 problem answered by the API: a stable `code` (e.g. `lot-category-out-of-scope`) with
 * the `params` needed to say it; `detail` says it in the Accept-Language the client sent.
 */
export interface Problem {
  type?: string;
  code?: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  params?: Record<string, string> | null;
  errors?: FieldError[];
}

/** Thrown by {@link apiFetch} for every non-2xx answer; carries the problem the server sent. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get unauthenticated(): boolean {
    return this.status === 401;
  }
}

type UnauthorizedHandler = () => void;
let onUnauthorized: UnauthorizedHandler = () => undefined;

/** Lets the app decide what a 401 means (e.g. send the person to sign in). */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { status?: unknown }).status === 'number' &&
    typeof (value as { title?: unknown }).title === 'string'
  );
}

const CSRF_COOKIE = 'BOUCLE_CSRF';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/** The anti-CSRF token the server left in a readable cookie, if any. */
export function csrfToken(): string | null {
  if (typeof document === 'undefined') return null;
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) {
      const value = rest.join('=');
      return value === '' ? null : decodeURIComponent(value);
    }
  }
  return null;
}

/** The interface's language, sent as Accept-Language so the API words its problems in it. */
export function interfaceLanguage(): string {
  return i18n.language === 'en' ? 'en' : 'fr';
}

/** Body and headers for a JSON request. */
export function jsonBody(method: string, body: unknown): RequestInit {
  return { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

/** Calls the Boucle API and parses JSON; every failure becomes an {@link ApiError}. */
export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    const headers = new Headers(init.headers);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    if (!headers.has('Accept-Language')) headers.set('Accept-Language', interfaceLanguage());
    const method = (init.method ?? 'GET').toUpperCase();
    if (!SAFE_METHODS.has(method) && !headers.has('X-CSRF-Token')) {
      const token = csrfToken();
      if (token !== null) headers.set('X-CSRF-Token', token);
    }
    response = await fetch(config.apiBaseUrl + path, { credentials: 'same-origin', ...init, headers });
  } catch {
    throw new ApiError({ code: 'network-error', title: 'Network error', status: 0 });
  }
  const text = await response.text();
  let body: unknown = undefined;
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  if (!response.ok) {
    const problem: Problem = isProblem(body)
      ? body
      : { title: response.statusText || 'Error', status: response.status };
    if (response.status === 401) {
      onUnauthorized();
    }
    throw new ApiError(problem);
  }
  return body as T;
}
