import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api';
import { config } from '../../../lib/config';

/**
 * Framework spend as docs/reports-api.md describes it ("Framework spend (buyer)"): amounts are
 * integer cents excl. VAT, shares basis points (1 % = 100), dates yyyy-mm-dd.
 */
export type SpendAlertLevel = 'NONE' | 'NEAR' | 'REACHED';

export interface SpendFigures {
  maximumCents: number;
  committedCents: number;
  invoicedCents: number;
  paidCents: number;
  remainingCents: number;
  consumedBp?: number | null;
}

export interface SpendPeriod extends SpendFigures {
  periodIndex: number;
  startsOn: string;
  endsOn: string;
  current: boolean;
  forecastReachOn?: string | null;
  alert: SpendAlertLevel;
}

export interface SpendLot {
  agreementId: string;
  agreementReference: string;
  agreementTitle: string;
  lotId: string;
  lotNumber: number;
  lotTitle: string;
  reservation: string;
  periods: SpendPeriod[];
}

export interface SpendOverview {
  asOf: string;
  totals: SpendFigures;
  lots: SpendLot[];
}

export type BreakdownBy = 'service' | 'category' | 'supplier' | 'month';

export interface BreakdownAmounts {
  committedCents: number;
  invoicedCents: number;
  paidCents: number;
  consumedCents: number;
}

export interface BreakdownRow extends BreakdownAmounts {
  key: string;
  label: string;
}

export interface SpendBreakdown {
  by: BreakdownBy;
  from: string;
  to: string;
  rows: BreakdownRow[];
  totals: BreakdownAmounts;
}

export interface SpendAlert {
  lotId: string;
  agreementReference: string;
  lotNumber: number;
  lotTitle: string;
  periodIndex: number;
  threshold: 80 | 100;
  reachedAt: string;
  consumedBp: number;
}

/** The filters of the spend tab (all optional), as the API names them. */
export interface SpendFilters {
  agreementId?: string | undefined;
  serviceId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function query(filters: SpendFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  for (const key of ['agreementId', 'serviceId', 'from', 'to'] as const) {
    const value = filters[key];
    if (value !== undefined && value !== '') params.set(key, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The overview ignores the date range: a lot period is its own range. */
function overviewFilters({ agreementId, serviceId }: SpendFilters): SpendFilters {
  return { agreementId, serviceId };
}

export function fetchSpendOverview(filters: SpendFilters) {
  return apiFetch<SpendOverview>(`/api/reports/spend${query(overviewFilters(filters))}`);
}

export function fetchSpendBreakdown(by: BreakdownBy, filters: SpendFilters) {
  return apiFetch<SpendBreakdown>(`/api/reports/spend/breakdown${query(filters, { by })}`);
}

export function fetchSpendAlerts() {
  return apiFetch<{ alerts: SpendAlert[] }>('/api/reports/spend/alerts');
}

/** The address of an export (a plain link: the browser downloads it with the session cookie). */
export function spendExportUrl(kind: 'csv' | 'xlsx', filters: SpendFilters, by?: BreakdownBy): string {
  return by === undefined
    ? `${config.apiBaseUrl}/api/reports/spend.${kind}${query(overviewFilters(filters))}`
    : `${config.apiBaseUrl}/api/reports/spend/breakdown.${kind}${query(filters, { by })}`;
}

export const spendKeys = {
  all: ['reports', 'spend'] as const,
  overview: (filters: SpendFilters) => ['reports', 'spend', 'overview', overviewFilters(filters)] as const,
  breakdown: (by: BreakdownBy, filters: SpendFilters) => ['reports', 'spend', 'breakdown', by, filters] as const,
  alerts: ['reports', 'spend', 'alerts'] as const,
};

export function useSpendOverview(filters: SpendFilters) {
  return useQuery({ queryKey: spendKeys.overview(filters), queryFn: () => fetchSpendOverview(filters), placeholderData: keepPreviousData });
}

export function useSpendBreakdown(by: BreakdownBy, filters: SpendFilters) {
  return useQuery({ queryKey: spendKeys.breakdown(by, filters), queryFn: () => fetchSpendBreakdown(by, filters), placeholderData: keepPreviousData });
}

export function useSpendAlerts() {
  return useQuery({ queryKey: spendKeys.alerts, queryFn: fetchSpendAlerts });
}
