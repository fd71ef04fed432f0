import { ApiError, apiFetch } from '../../../lib/api';

export interface SearchItem {
  id: string;
  title: string;
  priceExclVat: string;
  supplier: { name: string };
}

export interface SearchResult {
  total: number;
  items: SearchItem[];
}

/** Searches the catalogue; resolves to null while the search API is not deployed (404). */
export async function searchCatalogue(params: URLSearchParams, signal?: AbortSignal): Promise<SearchResult | null> {
  try {
    return await apiFetch<SearchResult>(`/api/catalogue/search?${params.toString()}`, signal ? { signal } : {});
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
