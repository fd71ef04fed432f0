import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiFetch, csrfToken, interfaceLanguage, jsonBody, type Problem } from '../../../lib/api';
import { config } from '../../../lib/config';

/**
 * Inclusive spend and insertion hours (buyer) and the supplier's sales (docs/reports-api.md). The
 * server leaves null fields out of its JSON, so nullable fields are optional here.
 */

export interface InclusiveMonth {
  month: string;
  totalCents: number;
  siaeCents: number;
  eaEsatCents: number;
  reservedLotsCents: number;
}

export interface InclusiveReport {
  from: string;
  to: string;
  totalCents: number;
  siaeCents: number;
  eaEsatCents: number;
  reservedLotsCents: number;
  otherCents: number;
  /** Absent or null when nothing was consumed. */
  inclusiveShareBp?: number | null;
  months: InclusiveMonth[];
}

export type DeclarationStatus = 'DECLARED' | 'ACCEPTED' | 'REJECTED';

export interface HoursPeriod {
  periodIndex: number;
  startsOn: string;
  endsOn: string;
  plannedHours: number;
  declaredHours: number;
  acceptedHours: number;
}

export interface LotDeclaration {
  id: string;
  supplierName: string;
  supplierSiret: string;
  periodIndex: number;
  hours: number;
  status: DeclarationStatus;
  evidenceFileName: string;
  declaredAt: string;
  decidedAt?: string | null;
  rejectionReason?: string | null;
}

export interface HoursLot {
  lotId: string;
  agreementId: string;
  agreementReference: string;
  lotNumber: number;
  lotTitle: string;
  targetHours: number;
  declaredHours: number;
  acceptedHours: number;
  periods: HoursPeriod[];
  declarations: LotDeclaration[];
}

export interface InsertionHoursReport {
  lots: HoursLot[];
}

export interface SalesReport {
  from: string;
  to: string;
  revenueCents: number;
  ordersWaiting: { toAccept: number; toPrepare: number; toDeliver: number };
  byBuyer: { key: string; label: string; revenueCents: number; orders: number }[];
  byCategory: { key: string; label: string; revenueCents: number; units: number }[];
  byMonth: { month: string; revenueCents: number; orders: number }[];
  stockRotation: { categoryId: string; label: string; unitsSold: number; unitsInStock: number; medianDaysToSell?: number | null }[];
  hoursDeclared: { declared: number; accepted: number };
}

export interface Declaration {
  id: string;
  lotId: string;
  agreementReference: string;
  lotNumber: number;
  lotTitle: string;
  periodIndex: number;
  periodStartsOn?: string | null;
  periodEndsOn?: string | null;
  hours: number;
  comment?: string | null;
  status: DeclarationStatus;
  evidenceFileName: string;
  declaredAt: string;
  decidedAt?: string | null;
  rejectionReason?: string | null;
}

export interface DeclarableLot {
  lotId: string;
  agreementReference: string;
  agreementTitle: string;
  lotNumber: number;
  lotTitle: string;
  targetHours: number;
  periods: { periodIndex: number; startsOn: string; endsOn: string }[];
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

/** A period of the reports: both optional, yyyy-mm-dd. */
export interface Range {
  from?: string | undefined;
  to?: string | undefined;
}

function query(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') params.set(key, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function inclusivePath(range: Range, suffix = ''): string {
  return `/api/reports/inclusive${suffix}${query({ from: range.from, to: range.to })}`;
}

export function insertionHoursExportPath(format: 'csv' | 'xlsx'): string {
  return `/api/reports/insertion-hours.${format}`;
}

export function evidencePath(id: string): string {
  return `${config.apiBaseUrl}/api/insertion-hours/${id}/evidence`;
}

export const inclusionKeys = {
  inclusive: (range: Range) => ['reports', 'inclusive', range] as const,
  hours: ['reports', 'insertion-hours'] as const,
  sales: (range: Range) => ['reports', 'sales', range] as const,
  declarations: ['insertion-hours', 'mine'] as const,
  lots: ['insertion-hours', 'lots'] as const,
};

export function useInclusiveReport(range: Range) {
  return useQuery({
    queryKey: inclusionKeys.inclusive(range),
    queryFn: () => apiFetch<InclusiveReport>(inclusivePath(range)),
    placeholderData: keepPreviousData,
  });
}

export function useInsertionHoursReport() {
  return useQuery({
    queryKey: inclusionKeys.hours,
    queryFn: () => apiFetch<InsertionHoursReport>('/api/reports/insertion-hours'),
  });
}

/** The sales report; its category labels come in the interface's language. */
export function useSalesReport(range: Range, language: string) {
  return useQuery({
    queryKey: [...inclusionKeys.sales(range), language],
    queryFn: () =>
      apiFetch<SalesReport>(`/api/reports/sales${query({ from: range.from, to: range.to })}`, {
        headers: { 'Accept-Language': language },
      }),
    placeholderData: keepPreviousData,
  });
}

export function useMyDeclarations() {
  return useQuery({
    queryKey: inclusionKeys.declarations,
    queryFn: () => apiFetch<Page<Declaration>>('/api/insertion-hours?size=100'),
  });
}

export function useDeclarableLots() {
  return useQuery({ queryKey: inclusionKeys.lots, queryFn: () => apiFetch<DeclarableLot[]>('/api/insertion-hours/lots') });
}

/** The buyer admin accepts a declaration, or rejects it with a reason; the report reloads. */
export function useDecideDeclaration() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reject }: { id: string; reject?: string | undefined }) =>
      reject === undefined
        ? apiFetch<undefined>(`/api/insertion-hours/${id}/accept`, { method: 'POST' })
        : apiFetch<undefined>(`/api/insertion-hours/${id}/reject`, jsonBody('POST', { reason: reject })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: inclusionKeys.hours });
    },
  });
}

export interface DeclarationInput {
  lotId: string;
  periodIndex: string;
  hours: string;
  comment: string;
  evidence: File | null;
}

/** Sends a declaration as multipart; every bad field comes back named. */
export async function declareHours(input: DeclarationInput): Promise<Declaration> {
  const form = new FormData();
  form.append('lotId', input.lotId);
  form.append('periodIndex', input.periodIndex);
  form.append('hours', input.hours);
  form.append('comment', input.comment);
  if (input.evidence !== null) form.append('evidence', input.evidence);
  const headers = new Headers({ Accept: 'application/json', 'Accept-Language': interfaceLanguage() });
  const token = csrfToken();
  if (token !== null) headers.set('X-CSRF-Token', token);
  let response: Response;
  try {
    response = await fetch(`${config.apiBaseUrl}/api/insertion-hours`, { method: 'POST', body: form, headers, credentials: 'same-origin' });
  } catch {
    throw new ApiError({ title: 'Network error', status: 0, detail: 'The server could not be reached.' });
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = typeof body === 'object' && body !== null && 'status' in body ? (body as Problem) : { title: response.statusText || 'Error', status: response.status };
    throw new ApiError(problem);
  }
  return body as Declaration;
}

export function useDeclareHours() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: declareHours,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['insertion-hours'] });
      void client.invalidateQueries({ queryKey: ['reports', 'sales'] });
    },
  });
}
