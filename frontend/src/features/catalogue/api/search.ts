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
  /** Kilometres from the chosen origin (a buyer service or a point), when one was given. */
  distanceKm?: number | null;
  /** A thumbnail, once listings carry photos. */
  photoUrl?: string | null;
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
  /** True when the results were limited to what the signed-in buyer may order. */
  orderable?: boolean;
}

/**
 * The search parameters the page keeps in its URL and sends to the API as they are. `inStock`
 * defaults to true in the API; the page writes `inStock=false` only to include items out of stock.
 */
export const SEARCH_PARAMS = [
  'q',
  'category',
  'condition',
  'origin',
  'warrantyMin',
  'energyClass',
  'priceMin',
  'priceMax',
  'supplier',
  'insertion',
  'department',
  'inStock',
  'service',
  'lat',
  'lon',
  'radiusKm',
  'orderable',
  'sort',
  'page',
] as const;

/** Searches the catalogue; resolves to null while the search API is not deployed (404). */
export async function searchCatalogue(params: URLSearchParams, signal?: AbortSignal): Promise<SearchResult | null> {
  const query = new URLSearchParams();
  for (const name of SEARCH_PARAMS) {
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

/** Up to eight titles completing what has been typed. */
export function fetchSuggestions(q: string, signal: AbortSignal): Promise<string[]> {
  return apiFetch<string[]>(`/api/catalogue/suggest?q=${encodeURIComponent(q)}`, { signal });
}

/** A buyer service the search can measure distances from. */
export interface BuyerService {
  id: string;
  name: string;
  city: string;
  postcode: string;
}

/** The signed-in buyer's services (all of the organisation's; the page narrows to the person's). */
export function fetchServices(signal: AbortSignal): Promise<BuyerService[]> {
  return apiFetch<BuyerService[]>('/api/organisation/services', { signal });
}

/** A listing's page, as GET /api/catalogue/listings/{id} answers it. */
export interface ListingDetails {
  id: string;
  title: string;
  description: string;
  categoryPath: { id: string; label: string }[];
  brand?: string | null;
  model?: string | null;
  condition: string;
  origin: string;
  warrantyMonths: number;
  energyClass?: string | null;
  weightGrams?: number | null;
  priceExclVat: string;
  priceExclVatCents: number;
  vatRateBasisPoints: number;
  priceInclVat: string;
  priceInclVatCents: number;
  minimumOrderQuantity: number;
  availableQuantity: number;
  status: string;
  supplier: { id: string; name: string; insertionStatus: string; insertionFamily: string; siret: string };
  depot: { name: string; street: string; postcode: string; city: string; department: string; latitude: string; longitude: string };
  distanceKm?: number | null;
  photos: { thumbUrl: string; largeUrl: string; alt: string }[];
}

export function fetchListing(id: string, service: string | null, signal: AbortSignal): Promise<ListingDetails> {
  const query = service === null ? '' : `?service=${encodeURIComponent(service)}`;
  return apiFetch<ListingDetails>(`/api/catalogue/listings/${encodeURIComponent(id)}${query}`, { signal });
}
