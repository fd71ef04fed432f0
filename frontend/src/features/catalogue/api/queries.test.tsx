import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryProvider } from '../../../app/QueryProvider';
import { jsonResponse, stubFetch } from '../../../test/fetchStub';
import { useBuyerServices, useCatalogueSearch } from './queries';

const SERVICES = [
  { id: 's1', name: 'Écoles' },
  { id: 's2', name: 'Voirie' },
];

describe('catalogue queries', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('narrows the buyer services to the person’s own, or keeps them all when they have none', async () => {
    stubFetch({ 'GET /api/organisation/services': () => jsonResponse(200, SERVICES) });
    const own = renderHook(() => useBuyerServices(true, ['s2']), { wrapper: QueryProvider });
    await waitFor(() => {
      expect(own.result.current?.map((s) => s.id)).toEqual(['s2']);
    });
    const all = renderHook(() => useBuyerServices(true, []), { wrapper: QueryProvider });
    await waitFor(() => {
      expect(all.result.current?.map((s) => s.id)).toEqual(['s1', 's2']);
    });
  });

  it('reads no services when not asked to, and none when they cannot be read', async () => {
    const mock = stubFetch({ 'GET /api/organisation/services': () => jsonResponse(500, { title: 'Boom', status: 500 }) });
    const off = renderHook(() => useBuyerServices(false, []), { wrapper: QueryProvider });
    expect(off.result.current).toBeNull();
    expect(mock).not.toHaveBeenCalled();
    const failing = renderHook(() => useBuyerServices(true, []), { wrapper: QueryProvider });
    expect(failing.result.current).toBeNull();
    await waitFor(() => {
      expect(failing.result.current).toEqual([]);
    });
  });

  it('turns a refused search into an "invalid" state and no answer into "unavailable"', async () => {
    stubFetch({
      'GET /api/catalogue/search?q=bad': () => jsonResponse(400, { title: 'Bad Request', status: 400, detail: 'price_min must be a number' }),
    });
    const invalid = renderHook(() => useCatalogueSearch('q=bad', 0, true), { wrapper: QueryProvider });
    expect(invalid.result.current.kind).toBe('loading');
    await waitFor(() => {
      expect(invalid.result.current.kind).toBe('invalid');
    });
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('network down'))));
    const down = renderHook(() => useCatalogueSearch('q=frigo', 0, true), { wrapper: QueryProvider });
    await waitFor(() => {
      expect(down.result.current.kind).toBe('unavailable');
    });
  });
});
