import { apiFetch, jsonBody } from '../../../lib/api';
import type { Page } from '../../../lib/page';

/** Amounts are integer cents excl. VAT; discounts basis points (500 = 5 %). Absent values are left out of the JSON. */
export type Procedure =
  | 'OPEN_TENDER'
  | 'RESTRICTED_TENDER'
  | 'ADAPTED_PROCEDURE'
  | 'NEGOTIATED_PROCEDURE'
  | 'COMPETITIVE_DIALOGUE'
  | 'WITHOUT_PUBLICITY';
export const PROCEDURES: readonly Procedure[] = [
  'OPEN_TENDER',
  'RESTRICTED_TENDER',
  'ADAPTED_PROCEDURE',
  'NEGOTIATED_PROCEDURE',
  'COMPETITIVE_DIALOGUE',
  'WITHOUT_PUBLICITY',
];
export type Reservation = 'NONE' | 'EA_ESAT' | 'SIAE';
export const RESERVATIONS: readonly Reservation[] = ['NONE', 'SIAE', 'EA_ESAT'];
export type PriceTerms = 'CATALOGUE_DISCOUNT' | 'UNIT_PRICE_SCHEDULE';
export type AgreementStatus = 'DRAFT' | 'ACTIVE' | 'TERMINATED';

export interface Party {
  id: string;
  legalName: string;
  siret: string;
  insertionStatus?: string | null;
}

export interface AgreementSummary {
  id: string;
  reference: string;
  title: string;
  procedure: Procedure;
  startDate: string;
  endDate: string;
  status: AgreementStatus;
  inForceToday: boolean;
  lotCount: number;
  buyer: Party;
}

export interface UnitPrice {
  categoryId: string;
  unitPriceExclVatCents: number;
}

export interface PeriodView {
  index: number;
  startsOn: string;
  endsOn: string;
  maximumExclVatCents: number;
  committedExclVatCents: number;
  invoicedExclVatCents: number;
  remainingExclVatCents: number;
  current: boolean;
}

export interface LotView {
  id: string;
  number: number;
  title: string;
  reservation: Reservation;
  categoryIds: string[];
  suppliers: Party[];
  minimumExclVatCents: number;
  maximumExclVatCents: number;
  priceTerms: PriceTerms;
  discountBasisPoints?: number | null;
  unitPrices: UnitPrice[];
  insertionHoursTarget?: number | null;
  environmentalClause?: string | null;
  periods: PeriodView[];
  /** The platform's commission on payments through Stripe, in basis points (0..10 000). */
  platformCommissionBp?: number;
}

export interface AgreementView {
  id: string;
  reference: string;
  title: string;
  procedure: Procedure;
  launchedOn: string;
  startDate: string;
  initialEndDate: string;
  renewalCount: number;
  renewalMonths: number;
  endDate: string;
  status: AgreementStatus;
  inForceToday: boolean;
  environmentalClauseRequired: boolean;
  buyer: Party;
  lots: LotView[];
  createdAt: string;
  updatedAt: string;
}

export interface SaveLot {
  number: number | null;
  title: string;
  categoryIds: string[];
  reservation: Reservation;
  supplierIds: string[];
  minimumExclVatCents: number | null;
  maximumExclVatCents: number | null;
  priceTerms: PriceTerms;
  discountBasisPoints: number | null;
  unitPrices: UnitPrice[] | null;
  insertionHoursTarget: number | null;
  environmentalClause: string | null;
  platformCommissionBp?: number | null;
}

export interface SaveAgreement {
  reference: string;
  title: string;
  procedure: Procedure | null;
  launchedOn: string | null;
  startDate: string | null;
  initialEndDate: string | null;
  renewalCount: number | null;
  renewalMonths: number | null;
  lots: SaveLot[];
}

export interface SpendRow {
  agreementId: string;
  agreementReference: string;
  lotId: string;
  lotNumber: number;
  lotTitle: string;
  periodIndex: number;
  serviceId: string;
  serviceName: string;
  committed: { exclVatCents: number; vatCents: number; inclVatCents: number };
  invoiced: { exclVatCents: number; vatCents: number; inclVatCents: number };
}

export function fetchAgreements(query: { status: string; q: string; page: number; size: number; sort: string }): Promise<Page<AgreementSummary>> {
  const params = new URLSearchParams();
  if (query.status !== '') params.set('status', query.status);
  if (query.q.trim() !== '') params.set('q', query.q.trim());
  params.set('page', String(query.page));
  params.set('size', String(query.size));
  params.set('sort', query.sort);
  return apiFetch<Page<AgreementSummary>>(`/api/agreements?${params.toString()}`);
}

export function fetchAgreement(id: string): Promise<AgreementView> {
  return apiFetch<AgreementView>(`/api/agreements/${encodeURIComponent(id)}`);
}

export function createAgreement(body: SaveAgreement): Promise<AgreementView> {
  return apiFetch<AgreementView>('/api/agreements', jsonBody('POST', body));
}

export function replaceAgreement(id: string, body: SaveAgreement): Promise<AgreementView> {
  return apiFetch<AgreementView>(`/api/agreements/${encodeURIComponent(id)}`, jsonBody('PUT', body));
}

export function deleteAgreement(id: string): Promise<undefined> {
  return apiFetch<undefined>(`/api/agreements/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function activateAgreement(id: string): Promise<AgreementView> {
  return apiFetch<AgreementView>(`/api/agreements/${encodeURIComponent(id)}/activate`, { method: 'POST' });
}

export function terminateAgreement(id: string): Promise<AgreementView> {
  return apiFetch<AgreementView>(`/api/agreements/${encodeURIComponent(id)}/terminate`, { method: 'POST' });
}

export function fetchEligibleSuppliers(reservation: Reservation, q: string): Promise<Page<Party>> {
  const params = new URLSearchParams({ reservation, size: '100' });
  if (q.trim() !== '') params.set('q', q.trim());
  return apiFetch<Page<Party>>(`/api/agreements/eligible-suppliers?${params.toString()}`);
}

export function fetchSpend(agreementId: string): Promise<SpendRow[]> {
  return apiFetch<SpendRow[]>(`/api/spend?agreementId=${encodeURIComponent(agreementId)}`);
}
