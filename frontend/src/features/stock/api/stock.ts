import { apiFetch, jsonBody } from '../../../lib/api';
import type { Page } from '../../../lib/page';

export type ListingStatus = 'DRAFT' | 'PUBLISHED' | 'SOLD_OUT' | 'ARCHIVED';
export const LISTING_STATUSES: readonly ListingStatus[] = ['DRAFT', 'PUBLISHED', 'SOLD_OUT', 'ARCHIVED'];
export const CONDITIONS = ['COMME_NEUF', 'TRES_BON_ETAT', 'BON_ETAT', 'ETAT_USAGE'] as const;
export const ORIGINS = ['REEMPLOI', 'REUTILISATION', 'RECONDITIONNE'] as const;
export const KINDS = ['UNIQUE_ITEM', 'LOT'] as const;

/** A row of the stock table; money is decimal euros ("189.90"). */
export interface ListingRow {
  id: string;
  sku: string;
  kind: string;
  title: string;
  categoryId: string;
  condition: string;
  priceExclVat: string;
  availableQuantity: number;
  /** Units held by open orders: still on the shelves, not available. */
  reservedQuantity: number;
  status: ListingStatus;
  depotName: string;
  updatedAt: string;
  version: number;
}

/** One listing, whole; send `version` back in If-Match to update it. */
export interface ListingView {
  // The API leaves out empty (null) fields: each nullable one may also be absent.
  id: string;
  sku: string;
  kind: string;
  title: string;
  description: string;
  categoryId: string;
  brand?: string | null;
  model?: string | null;
  serialNumber?: string | null;
  condition: string;
  origin: string;
  warrantyMonths: number;
  energyClass?: string | null;
  weightKg?: string | null;
  lengthCm?: number | null;
  widthCm?: number | null;
  heightCm?: number | null;
  priceExclVat: string;
  vatRate: string;
  priceInclVat: string;
  minimumOrderQuantity: number;
  depotId: string;
  depotName: string;
  pickupAvailable: boolean;
  deliveryDepartments: string[];
  deliveryFee?: string | null;
  deliveryLeadDays?: number | null;
  availableQuantity: number;
  reservedQuantity: number;
  status: ListingStatus;
  publishedAt?: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** What the form sends (the API's ListingDraft); money as decimal strings. */
export interface ListingDraftBody {
  sku: string | null;
  kind: string | null;
  title: string | null;
  description: string | null;
  categoryId: string | null;
  brand: string | null;
  model: string | null;
  serialNumber: string | null;
  condition: string | null;
  origin: string | null;
  warrantyMonths: number | null;
  energyClass: string | null;
  weightKg: string | null;
  lengthCm: number | null;
  widthCm: number | null;
  heightCm: number | null;
  priceExclVat: string | null;
  vatRate: string | null;
  minimumOrderQuantity: number | null;
  depotId: string | null;
  pickupAvailable: boolean;
  deliveryDepartments: string[];
  deliveryFee: string | null;
  deliveryLeadDays: number | null;
  quantity: number | null;
  status: string | null;
}

export interface Movement {
  id: number;
  /** RECEIVED, SOLD, ADJUSTED, or an order's kinds of movement. */
  kind: string;
  quantity: number;
  /** A person's label, or "system" for Boucle itself. */
  actor: string;
  /** As written: a person's words, or Boucle's own (then reasonCode says them). */
  reason?: string | null;
  reasonCode?: string | null;
  reasonParams?: Record<string, string> | null;
  at: string;
}

/** A pickup depot of the supplier. */
export interface Depot {
  id: string;
  name: string;
  city?: string | null;
}

export type StockChange =
  | { kind: 'RECEIVED' | 'SOLD' | 'ADJUSTED'; quantity: number; reason: string | null }
  | { available: number; reason: string }
  | { onHand: number; reason: string };

const LISTINGS = '/api/stock/listings';

export function fetchListings(query: URLSearchParams, signal?: AbortSignal): Promise<Page<ListingRow>> {
  const qs = query.toString();
  return apiFetch<Page<ListingRow>>(qs === '' ? LISTINGS : `${LISTINGS}?${qs}`, signal ? { signal } : {});
}

export function fetchListing(id: string, signal?: AbortSignal): Promise<ListingView> {
  return apiFetch<ListingView>(`${LISTINGS}/${encodeURIComponent(id)}`, signal ? { signal } : {});
}

export function createListing(draft: ListingDraftBody): Promise<ListingView> {
  return apiFetch<ListingView>(LISTINGS, jsonBody('POST', draft));
}

/** Replaces a listing, refused with 409 when it changed since `version`. */
export function updateListing(id: string, version: number, draft: ListingDraftBody): Promise<ListingView> {
  const init = jsonBody('PUT', draft);
  return apiFetch<ListingView>(`${LISTINGS}/${encodeURIComponent(id)}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', 'If-Match': `"${String(version)}"` },
  });
}

export function changeStatus(id: string, status: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED'): Promise<ListingView> {
  return apiFetch<ListingView>(`${LISTINGS}/${encodeURIComponent(id)}/status`, jsonBody('POST', { status }));
}

export function moveStock(id: string, change: StockChange): Promise<ListingView> {
  return apiFetch<ListingView>(`${LISTINGS}/${encodeURIComponent(id)}/stock`, jsonBody('POST', change));
}

export function fetchMovements(id: string, page: number, size: number, signal?: AbortSignal): Promise<Page<Movement>> {
  return apiFetch<Page<Movement>>(
    `${LISTINGS}/${encodeURIComponent(id)}/movements?page=${String(page)}&size=${String(size)}`,
    signal ? { signal } : {},
  );
}

export function fetchDepots(signal?: AbortSignal): Promise<Depot[]> {
  return apiFetch<Depot[]>('/api/organisation/depots', signal ? { signal } : {});
}
