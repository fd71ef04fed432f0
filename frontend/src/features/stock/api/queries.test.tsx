import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryProvider } from '../../../app/QueryProvider';
import { jsonResponse, stubFetch } from '../../../test/fetchStub';
import type { Photo } from './photos';
import { usePhotos, usePhotosCache } from './queries';

function photo(id: string, position: number): Photo {
  return {
    id,
    listingId: 'l1',
    position,
    alt: '',
    contentType: 'image/jpeg',
    width: 800,
    height: 600,
    byteSize: 1000,
    thumbUrl: `/p/${id}/t`,
    largeUrl: `/p/${id}/l`,
    originalUrl: `/p/${id}`,
  };
}

describe('stock photo queries', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('writes answers into the cached photos and reads them again on reload', async () => {
    let served = [photo('a', 0)];
    const mock = stubFetch({ 'GET /api/stock/listings/l1/photos': () => jsonResponse(200, served) });
    const { result } = renderHook(() => ({ photos: usePhotos('l1'), cache: usePhotosCache('l1') }), { wrapper: QueryProvider });
    await waitFor(() => {
      expect(result.current.photos.data?.map((p) => p.id)).toEqual(['a']);
    });

    act(() => {
      result.current.cache.update((current) => [...current, photo('b', 1)]);
    });
    await waitFor(() => {
      expect(result.current.photos.data?.map((p) => p.id)).toEqual(['a', 'b']);
    });
    expect(mock).toHaveBeenCalledTimes(1);

    served = [photo('b', 0)];
    await act(() => result.current.cache.reload());
    await waitFor(() => {
      expect(result.current.photos.data?.map((p) => p.id)).toEqual(['b']);
    });
    expect(mock).toHaveBeenCalledTimes(2);
  });
});
