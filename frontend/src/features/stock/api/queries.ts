import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Page } from '../../../lib/page';
import { fetchPhotos, type Photo } from './photos';
import { fetchListing, fetchListings, fetchMovements, type ListingRow, type ListingView } from './stock';

/** Query keys of the stock feature; `stockKeys.all` covers every list and listing. */
export const stockKeys = {
  all: ['stock'] as const,
  listings: ['stock', 'listings'] as const,
  list: (query: string) => ['stock', 'listings', query] as const,
  listing: (id: string) => ['stock', 'listing', id] as const,
  movements: (id: string, version: number, page: number) => ['stock', 'movements', id, version, page] as const,
  photos: (id: string) => ['stock', 'photos', id] as const,
};

/** One page of the supplier's listings for an API query string. */
export function useListings(query: string) {
  return useQuery({ queryKey: stockKeys.list(query), queryFn: ({ signal }) => fetchListings(new URLSearchParams(query), signal) });
}

export function useListing(id: string | undefined) {
  return useQuery({
    queryKey: stockKeys.listing(id ?? ''),
    queryFn: ({ signal }) => fetchListing(id ?? '', signal),
    enabled: id !== undefined,
  });
}

/** A page of a listing's ledger; read again whenever the listing's version moves (a save, a movement). */
export function useMovements(id: string, version: number, page: number, size: number) {
  return useQuery({ queryKey: stockKeys.movements(id, version, page), queryFn: ({ signal }) => fetchMovements(id, page, size, signal) });
}

/** Writes a listing the server answered into every cached list row and the listing itself. */
export function useListingSaved() {
  const client = useQueryClient();
  return useCallback(
    (view: ListingView) => {
      client.setQueryData(stockKeys.listing(view.id), view);
      client.setQueriesData<Page<ListingRow>>({ queryKey: stockKeys.listings }, (page) =>
        page === undefined
          ? page
          : {
              ...page,
              items: page.items.map((row) =>
                row.id === view.id
                  ? {
                      ...row,
                      availableQuantity: view.availableQuantity,
                      reservedQuantity: view.reservedQuantity,
                      status: view.status,
                      updatedAt: view.updatedAt,
                      version: view.version,
                    }
                  : row,
              ),
            },
      );
    },
    [client],
  );
}

/** A listing's photos, in their order. */
export function usePhotos(listingId: string) {
  return useQuery({ queryKey: stockKeys.photos(listingId), queryFn: () => fetchPhotos(listingId) });
}

/**
 * Writes into a listing's cached photos what the server answered (an upload, a new order, an alt
 * text), or reads them again when the answer does not say (a deletion, a failed reorder).
 */
export function usePhotosCache(listingId: string) {
  const client = useQueryClient();
  const update = useCallback(
    (change: (photos: Photo[]) => Photo[]) => {
      client.setQueryData<Photo[]>(stockKeys.photos(listingId), (current) => change(current ?? []));
    },
    [client, listingId],
  );
  const reload = useCallback(() => client.invalidateQueries({ queryKey: stockKeys.photos(listingId) }), [client, listingId]);
  return { update, reload };
}
