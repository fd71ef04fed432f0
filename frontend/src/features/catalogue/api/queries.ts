import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api';
import { fetchListing, fetchServices, searchCatalogue, type BuyerService, type ListingDetails, type SearchResult } from './search';
import { problemText } from '../../../components/form';

/** Query keys of the catalogue; `attempt` is the visitor's "try again", which asks anew. */
export const catalogueKeys = {
  services: ['catalogue', 'services'] as const,
  search: (params: string, attempt: number) => ['catalogue', 'search', params, attempt] as const,
  listing: (id: string, service: string, attempt: number) => ['catalogue', 'listing', id, service, attempt] as const,
};

/** What a search shows: results, the catalogue not open yet, a refused query, or no answer. */
export type SearchState =
  | { kind: 'loading' }
  | { kind: 'coming' }
  | { kind: 'unavailable' }
  | { kind: 'invalid'; detail: string }
  | { kind: 'done'; result: SearchResult };

export type ListingState = { kind: 'loading' } | { kind: 'missing' } | { kind: 'unavailable' } | { kind: 'done'; listing: ListingDetails };

/** Rethrows a cancellation, so a search given up for a newer one never settles as a failure. */
function unlessCancelled(signal: AbortSignal) {
  if (signal.aborted) throw signal.reason;
}

/** Searches the catalogue for an address query string once `enabled`; a failure is a state, not an error. */
export function useCatalogueSearch(params: string, attempt: number, enabled: boolean): SearchState {
  const query = useQuery({
    queryKey: catalogueKeys.search(params, attempt),
    enabled,
    queryFn: async ({ signal }): Promise<SearchState> => {
      try {
        const result = await searchCatalogue(new URLSearchParams(params), signal);
        return result === null ? { kind: 'coming' } : { kind: 'done', result };
      } catch (error) {
        unlessCancelled(signal);
        if (error instanceof ApiError && error.status === 400) return { kind: 'invalid', detail: problemText(error, error.message) };
        return { kind: 'unavailable' };
      }
    },
  });
  return query.data ?? { kind: 'loading' };
}

/** A listing's page data, with its distance from `service` when one is chosen; a failure is a state. */
export function useCatalogueListing(id: string, service: string | null, attempt: number): ListingState {
  const query = useQuery({
    queryKey: catalogueKeys.listing(id, service ?? '', attempt),
    queryFn: async ({ signal }): Promise<ListingState> => {
      try {
        return { kind: 'done', listing: await fetchListing(id, service === '' ? null : service, signal) };
      } catch (error) {
        unlessCancelled(signal);
        return error instanceof ApiError && (error.status === 404 || error.status === 400) ? { kind: 'missing' } : { kind: 'unavailable' };
      }
    },
  });
  return query.data ?? { kind: 'loading' };
}

/**
 * The services a signed-in buyer person may search from: theirs (`own`), or all of the
 * organisation's when they belong to none; none when they cannot be read. Null while loading.
 */
export function useBuyerServices(enabled: boolean, own: readonly string[]): BuyerService[] | null {
  const query = useQuery({ queryKey: catalogueKeys.services, queryFn: ({ signal }) => fetchServices(signal), enabled });
  if (!enabled) return null;
  if (query.isError) return [];
  const all = query.data;
  if (all === undefined) return null;
  return own.length === 0 ? all : all.filter((s) => own.includes(s.id));
}
