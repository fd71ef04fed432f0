import { vi } from 'vitest';

export function jsonResponse(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

type Handler = (init: RequestInit | undefined, url: string) => Response;

/**
 * Stubs fetch with a table of "METHOD /path" → handler (the query string is ignored
 * unless the key has one). Unknown calls answer 404.
 */
export function stubFetch(table: Record<string, Handler>) {
  const mock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : input.toString();
    const method = (init?.method ?? 'GET').toUpperCase();
    const handler = table[`${method} ${url}`] ?? table[`${method} ${url.split('?')[0] ?? url}`];
    return Promise.resolve(handler ? handler(init, url) : jsonResponse(404, { title: 'Not Found', status: 404 }));
  });
  vi.stubGlobal('fetch', mock);
  return mock;
}

/** The calls made to the stub, as "METHOD url" strings. */
export function calls(mock: ReturnType<typeof stubFetch>): string[] {
  return mock.mock.calls.map(([input, init]) => {
    const url = input instanceof Request ? input.url : input.toString();
    return `${(init?.method ?? 'GET').toUpperCase()} ${url}`;
  });
}
