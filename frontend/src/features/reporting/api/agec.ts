import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, jsonBody } from '../../../lib/api';
import type { Page } from '../../../lib/page';

/**
 * The AGEC and emissions reports (docs/reports-api.md, "AGEC (buyer)" and "Emissions avoided").
 * Amounts are integer cents excl. VAT, shares basis points, targets percent. The API leaves absent
 * values out of its JSON, so every nullable field is optional here.
 */
export type TargetOrigin = 'DECREE' | 'BUYER';

export interface TargetSource {
  title: string;
  url: string;
  checked: string;
}

export interface AgecRow {
  category: string;
  totalExclVatCents: number;
  reuseCents: number;
  donationCents: number;
  recycledCents: number;
  reuseShareBp?: number | null;
  recycledShareBp?: number | null;
  reuseTargetPercent?: number | null;
  recycledTargetPercent?: number | null;
  meetsTarget?: boolean | null;
  source?: TargetSource | null;
  note?: string | null;
  targetOrigin: TargetOrigin;
}

export interface AgecReport {
  year: number;
  countingRule: string;
  categories: AgecRow[];
  unmappedExclVatCents: number;
  sources: TargetSource[];
}

export interface PurchaseElsewhere {
  id: string;
  purchasedOn: string;
  category: string;
  description: string;
  supplierName: string;
  totalExclVatCents: number;
  reuseCents: number;
  donationCents: number;
  recycledCents: number;
  enteredBy: string;
  enteredAt: string;
}

export type PurchaseInput = Omit<PurchaseElsewhere, 'id' | 'enteredBy' | 'enteredAt'>;

export interface TargetRow {
  category: string;
  reuseTargetPercent?: number | null;
  recycledTargetPercent?: number | null;
  origin: TargetOrigin;
  source?: TargetSource | null;
  note?: string | null;
}

export interface TargetInput {
  year: number;
  category: string;
  reuseTargetPercent: number | null;
  recycledTargetPercent: number | null;
}

export interface EmissionsRow {
  categoryId: string;
  categoryLabel: string;
  footprintItem?: string | null;
  units: number;
  productionKgCo2ePerUnit?: number | null;
  avoidedKgCo2e?: number | null;
  note?: string | null;
}

export interface EmissionsReport {
  year: number;
  totalAvoidedKgCo2e: number;
  method: string;
  sources: { title: string; url: string; licence: string }[];
  rows: EmissionsRow[];
}

export interface PurchasesQuery {
  year: number;
  page: number;
  size: number;
  sort: string;
}

export const agecPaths = {
  csv: (year: number) => `/api/reports/agec.csv?year=${String(year)}`,
  xlsx: (year: number) => `/api/reports/agec.xlsx?year=${String(year)}`,
  declaration: (year: number) => `/api/reports/agec-declaration.csv?year=${String(year)}`,
  yearlyPdf: (year: number) => `/api/reports/yearly.pdf?year=${String(year)}`,
  emissionsCsv: (year: number) => `/api/reports/emissions.csv?year=${String(year)}`,
  emissionsXlsx: (year: number) => `/api/reports/emissions.xlsx?year=${String(year)}`,
};

export const fetchAgecReport = (year: number) => apiFetch<AgecReport>(`/api/reports/agec?year=${String(year)}`);

/** The labels, notes and method come in the interface's language. */
export const fetchEmissions = (year: number, language: string) =>
  apiFetch<EmissionsReport>(`/api/reports/emissions?year=${String(year)}`, { headers: { 'Accept-Language': language } });

export const fetchTargets = (year: number) => apiFetch<TargetRow[]>(`/api/reports/agec/targets?year=${String(year)}`);

export function fetchPurchases({ year, page, size, sort }: PurchasesQuery) {
  const query = new URLSearchParams({ year: String(year), page: String(page), size: String(size), sort });
  return apiFetch<Page<PurchaseElsewhere>>(`/api/reports/agec/purchases?${query.toString()}`);
}

export const createPurchase = (input: PurchaseInput) =>
  apiFetch<PurchaseElsewhere>('/api/reports/agec/purchases', jsonBody('POST', input));

export const deletePurchase = (id: string) =>
  apiFetch<undefined>(`/api/reports/agec/purchases/${encodeURIComponent(id)}`, { method: 'DELETE' });

export function importPurchases(file: File) {
  const body = new FormData();
  body.append('file', file);
  return apiFetch<{ imported: number }>('/api/reports/agec/purchases/import', { method: 'POST', body });
}

export const setTarget = (input: TargetInput) => apiFetch<TargetRow>('/api/reports/agec/targets', jsonBody('PUT', input));

export const resetTarget = (year: number, category: string) =>
  apiFetch<TargetRow>(`/api/reports/agec/targets?${new URLSearchParams({ year: String(year), category }).toString()}`, {
    method: 'DELETE',
  });

export const agecKeys = {
  all: ['reports', 'agec'] as const,
  report: (year: number) => ['reports', 'agec', 'report', year] as const,
  purchases: (query: PurchasesQuery) => ['reports', 'agec', 'purchases', query] as const,
  targets: (year: number) => ['reports', 'agec', 'targets', year] as const,
  emissions: (year: number, language: string) => ['reports', 'emissions', year, language] as const,
};

export function useAgecReport(year: number) {
  return useQuery({ queryKey: agecKeys.report(year), queryFn: () => fetchAgecReport(year), retry: false });
}

export function useEmissions(year: number, language: string) {
  return useQuery({ queryKey: agecKeys.emissions(year, language), queryFn: () => fetchEmissions(year, language), retry: false });
}

export function useTargets(year: number) {
  return useQuery({ queryKey: agecKeys.targets(year), queryFn: () => fetchTargets(year), retry: false });
}

export function usePurchases(query: PurchasesQuery) {
  return useQuery({ queryKey: agecKeys.purchases(query), queryFn: () => fetchPurchases(query), placeholderData: keepPreviousData, retry: false });
}

/** Every AGEC figure depends on the purchases and targets: a change reloads them all. */
function useAgecMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: agecKeys.all });
    },
  });
}

export const useCreatePurchase = () => useAgecMutation(createPurchase);
export const useDeletePurchase = () => useAgecMutation(deletePurchase);
export const useImportPurchases = () => useAgecMutation(importPurchases);
export const useSetTarget = () => useAgecMutation(setTarget);
export const useResetTarget = () => useAgecMutation(({ year, category }: { year: number; category: string }) => resetTarget(year, category));
