import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, jsonBody } from '../../../lib/api';
import type { NeedKind } from './needs';

export const ALERT_FREQUENCIES = ['IMMEDIATE', 'DAILY', 'NONE'] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];

/** A saved search of needs (GET /api/needs/saved-searches). */
export interface SavedSearch {
  id: string;
  name: string;
  categoryIds: string[];
  departments: string[];
  words?: string | null;
  kind?: NeedKind | null;
  frequency: AlertFrequency;
  createdAt: string;
}

export type SaveSearch = Omit<SavedSearch, 'id' | 'createdAt'>;

const BASE = '/api/needs/saved-searches';
const enc = encodeURIComponent;

export const fetchSavedSearches = () => apiFetch<SavedSearch[]>(BASE);
export const createSavedSearch = (body: SaveSearch) => apiFetch<SavedSearch>(BASE, jsonBody('POST', body));
export const updateSavedSearch = (id: string, body: SaveSearch) => apiFetch<SavedSearch>(`${BASE}/${enc(id)}`, jsonBody('PUT', body));
export const deleteSavedSearch = (id: string) => apiFetch<undefined>(`${BASE}/${enc(id)}`, { method: 'DELETE' });
/** Public: the token of a mail's link is the secret. */
export const unsubscribe = (token: string) => apiFetch<{ searches: string[] }>(`${BASE}/unsubscribe/${enc(token)}`, { method: 'POST' });

const key = ['needs', 'saved-searches'] as const;

export function useSavedSearches() {
  return useQuery({ queryKey: key, queryFn: fetchSavedSearches, placeholderData: keepPreviousData });
}

export function useCreateSavedSearch() {
  const client = useQueryClient();
  return useMutation({ mutationFn: createSavedSearch, onSuccess: () => client.invalidateQueries({ queryKey: key }) });
}

export function useUpdateSavedSearch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: SaveSearch }) => updateSavedSearch(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export function useDeleteSavedSearch() {
  const client = useQueryClient();
  return useMutation({ mutationFn: deleteSavedSearch, onSuccess: () => client.invalidateQueries({ queryKey: key }) });
}

export function useUnsubscribe() {
  return useMutation({ mutationFn: unsubscribe });
}
