import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiFetch, setUnauthorizedHandler } from './api';

describe('apiFetch', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('turns a problem+json answer into an ApiError with every field error', async () => {
    const problem = {
      title: 'Bad Request',
      status: 400,
      detail: '2 fields are invalid.',
      errors: [
        { field: 'siret', message: 'SIRET checksum is invalid' },
        { field: 'email', message: 'must be a well-formed email address' },
      ],
    };
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(JSON.stringify(problem), { status: 400 }))));
    const error: unknown = await apiFetch('/api/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem.errors?.map((e) => e.field)).toEqual(['siret', 'email']);
    expect((error as ApiError).message).toBe('2 fields are invalid.');
  });

  it('calls the unauthorized handler on 401', async () => {
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response('', { status: 401, statusText: 'Unauthorized' }))));
    await expect(apiFetch('/api/x')).rejects.toMatchObject({ status: 401 });
    expect(handler).toHaveBeenCalledOnce();
  });

  it('reports a network failure as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('offline'))));
    await expect(apiFetch('/api/x')).rejects.toMatchObject({ status: 0 });
  });
});

describe('apiFetch CSRF protection', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.cookie = 'BOUCLE_CSRF=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  function headersOf(fetchMock: ReturnType<typeof vi.fn>): Headers {
    const init = fetchMock.mock.calls[0]?.[1] as RequestInit;
    return new Headers(init.headers);
  }

  it('sends the BOUCLE_CSRF cookie value as X-CSRF-Token on unsafe methods', async () => {
    document.cookie = 'other=1; path=/';
    document.cookie = 'BOUCLE_CSRF=abc-123; path=/';
    const fetchMock = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
    vi.stubGlobal('fetch', fetchMock);
    await apiFetch('/api/x', { method: 'POST' });
    expect(headersOf(fetchMock).get('X-CSRF-Token')).toBe('abc-123');
  });

  it('does not send the header on GET', async () => {
    document.cookie = 'BOUCLE_CSRF=abc-123; path=/';
    const fetchMock = vi.fn(() => Promise.resolve(new Response('{}', { status: 200 })));
    vi.stubGlobal('fetch', fetchMock);
    await apiFetch('/api/x');
    expect(headersOf(fetchMock).has('X-CSRF-Token')).toBe(false);
  });

  it('does not send the header when there is no cookie', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
    vi.stubGlobal('fetch', fetchMock);
    await apiFetch('/api/x', { method: 'DELETE' });
    expect(headersOf(fetchMock).has('X-CSRF-Token')).toBe(false);
  });
});
