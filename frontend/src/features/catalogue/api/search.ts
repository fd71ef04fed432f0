import { ApiError, apiFetch } from '../../../lib/api';

/** A result card, as GET /api/catalogue/search answers it. */
export interface SearchItem {
  id: string;
  title: string;
  /** Exact decimal string in euros, excluding VAT ("364.20"). */
  priceExclVat: string;
  priceExclVatCents: number;
  condition: string;
  origin: string;
  warrantyMonths: number;
  energyClass?: string | null;
  categoryId: string;
  availableQuantity: number;
  supplier: { id: string; name: string; insertionStatus: string; insertionFamily: string };
  depotDepartment: string;
}

export interface FacetValue {
  value: string;
  label?: string | null;
  count: number;
}

export interface SearchResult {
  total: number;
  page: number;
  size: number;
  items: SearchItem[];
  facets?: Record<string, FacetValue[]>;
}

/** Only the parameters this page understands go to the API; the rest of the URL is ignored. */
const FORWARDED = ['q', 'category', 'condition', 'insertion', 'sort', 'page'] as const;

/** Searches the catalogue; resolves to null while the search API is not deployed (404). */
export async function searchCatalogue(params: URLSearchParams, signal?: AbortSignal): Promise<SearchResult | null> {
  const query = new URLSearchParams();
  for (const name of FORWARDED) {
    for (const raw of params.getAll(name)) {
      const value = raw.trim();
      if (value) query.append(name, value);
    }
  }
  try {
    return await apiFetch<SearchResult>(`/api/catalogue/search?${query.toString()}`, signal ? { signal } : {});
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
