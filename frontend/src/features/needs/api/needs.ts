import { apiFetch, jsonBody } from '../../../lib/api';
import type { Page } from '../../../lib/page';

export const NEED_KINDS = ['CALL_OFF', 'QUOTE', 'SOURCING'] as const;
export type NeedKind = (typeof NEED_KINDS)[number];
export const NEED_VISIBILITIES = ['ALL_SUPPLIERS', 'DEPARTMENT', 'INSERTION_ONLY'] as const;
export type NeedVisibility = (typeof NEED_VISIBILITIES)[number];
export type NeedStatus = 'OPEN' | 'CLOSED' | 'CANCELLED';
export const NEED_OUTCOMES = ['ORDERED', 'BOUGHT_ELSEWHERE', 'NOT_BOUGHT'] as const;
export type NeedOutcome = (typeof NEED_OUTCOMES)[number];
export type AnswerKind = 'PROPOSAL' | 'NOT_FOR_US';

export interface NeedSummary {
  id: string;
  title: string;
  buyerId: string;
  buyerName: string;
  serviceId: string;
  serviceName: string;
  department: string;
  categories: { id: string; label: string }[];
  quantity: number;
  kind: NeedKind;
  visibility: NeedVisibility;
  status: NeedStatus;
  openForAnswers: boolean;
  closingDate: string;
  targetDate?: string | null;
  budgetMinCents?: number | null;
  budgetMaxCents?: number | null;
  answerCount: number;
  myAnswer?: AnswerKind | null;
  createdAt: string;
}

export interface NeedDetail {
  summary: NeedSummary;
  description: string;
  lotId?: string | null;
  lotLabel?: string | null;
  cancelReason?: string | null;
  outcome?: NeedOutcome | null;
  outcomeAmountCents?: number | null;
  editable: boolean;
  answerable: boolean;
  myAnswerId?: string | null;
}

export interface AnswerLine {
  listingId: string;
  title: string;
  categoryId: string;
  quantity: number;
  unitPriceExclVatCents: number;
  lineExclVatCents: number;
}

export interface SupplierRef {
  id: string;
  name: string;
  insertionStatus?: string | null;
}

export interface Answer {
  id: string;
  needId: string;
  supplier: SupplierRef;
  partners: SupplierRef[];
  kind: AnswerKind;
  message: string;
  offer?: string | null;
  availableOn?: string | null;
  status: 'SUBMITTED' | 'ACCEPTED';
  lines: AnswerLine[];
  totalExclVatCents: number;
  distanceKm?: number | null;
  messageCount: number;
  createdAt: string;
}

export interface ThreadMessage {
  id: number;
  organisationName: string;
  authorName: string;
  body: string;
  mine: boolean;
  at: string;
}

export interface MatchItem {
  id: string;
  title: string;
  priceExclVatCents: number;
  categoryId: string;
  availableQuantity: number;
  supplier: { id: string; name: string; insertionStatus: string };
  depotDepartment: string;
  distanceKm?: number | null;
  photoUrl?: string | null;
}

export interface PublishNeed {
  title: string;
  description: string;
  categoryIds: string[];
  quantity: number | null;
  serviceId: string | null;
  targetDate: string | null;
  closingDate: string | null;
  budgetMinCents: number | null;
  budgetMaxCents: number | null;
  kind: NeedKind | null;
  lotId: string | null;
  visibility: NeedVisibility | null;
}

export interface AnswerInput {
  message: string;
  offer: string | null;
  availableOn: string | null;
  lines: { listingId: string; quantity: number }[];
  partnerIds: string[];
}

export interface NeedQuery {
  q: string;
  category: string;
  department: string;
  kind: NeedKind | '';
  status: NeedStatus | '';
  closingWithinDays: number | null;
  page: number;
  size: number;
  sort: string;
}

const BASE = '/api/needs';
const enc = encodeURIComponent;

export function fetchNeeds(query: NeedQuery, lang: string): Promise<Page<NeedSummary>> {
  const params = new URLSearchParams({ page: String(query.page), size: String(query.size), sort: query.sort, lang });
  if (query.q !== '') params.set('q', query.q);
  if (query.category !== '') params.set('category', query.category);
  if (query.department !== '') params.set('department', query.department);
  if (query.kind !== '') params.set('kind', query.kind);
  if (query.status !== '') params.set('status', query.status);
  if (query.closingWithinDays !== null) params.set('closingWithinDays', String(query.closingWithinDays));
  return apiFetch<Page<NeedSummary>>(`${BASE}?${params.toString()}`);
}

export const fetchNeed = (id: string, lang: string) => apiFetch<NeedDetail>(`${BASE}/${enc(id)}?lang=${lang}`);
export const publishNeed = (body: PublishNeed, lang: string) => apiFetch<NeedDetail>(`${BASE}?lang=${lang}`, jsonBody('POST', body));
export const editNeed = (id: string, body: PublishNeed, lang: string) =>
  apiFetch<NeedDetail>(`${BASE}/${enc(id)}?lang=${lang}`, jsonBody('PUT', body));
export const closeNeed = (id: string, outcome: NeedOutcome, amountCents: number | null) =>
  apiFetch<NeedDetail>(`${BASE}/${enc(id)}/close`, jsonBody('POST', { outcome, amountCents }));
export const cancelNeed = (id: string, reason: string) => apiFetch<NeedDetail>(`${BASE}/${enc(id)}/cancel`, jsonBody('POST', { reason }));
export const fetchAnswers = (id: string) => apiFetch<Answer[]>(`${BASE}/${enc(id)}/answers`);
export const answerNeed = (id: string, body: AnswerInput) => apiFetch<Answer>(`${BASE}/${enc(id)}/answers`, jsonBody('POST', body));
export const declineNeed = (id: string, message: string) => apiFetch<Answer>(`${BASE}/${enc(id)}/not-for-us`, jsonBody('POST', { message }));
export const fetchMatches = (id: string) => apiFetch<MatchItem[]>(`${BASE}/${enc(id)}/matches`);
export const acceptAnswer = (id: string, answerId: string) =>
  apiFetch<{ answerId: string; linesAdded: number; cartLineCount: number }>(`${BASE}/${enc(id)}/answers/${enc(answerId)}/accept`, {
    method: 'POST',
  });
export const fetchThread = (id: string, answerId: string) => apiFetch<ThreadMessage[]>(`${BASE}/${enc(id)}/answers/${enc(answerId)}/messages`);
export const postMessage = (id: string, answerId: string, body: string) =>
  apiFetch<ThreadMessage[]>(`${BASE}/${enc(id)}/answers/${enc(answerId)}/messages`, jsonBody('POST', { body }));

/** The buyer's delivery services (for the publish form). */
export const fetchServices = () => apiFetch<{ id: string; name: string; department: string | null }[]>('/api/organisation/services');

/** The buyer's agreements in force, with their lots (for a call-off). */
export async function fetchCallOffLots(): Promise<{ id: string; label: string; categoryIds: string[] }[]> {
  const page = await apiFetch<Page<{ id: string; reference: string }>>('/api/agreements?status=ACTIVE&size=50');
  const agreements = await Promise.all(
    page.items.map((a) =>
      apiFetch<{ reference: string; lots: { id: string; number: number; title: string; categoryIds: string[] }[] }>(`/api/agreements/${enc(a.id)}`),
    ),
  );
  return agreements.flatMap((a) => a.lots.map((l) => ({ id: l.id, label: `${a.reference} — lot ${String(l.number)} · ${l.title}`, categoryIds: l.categoryIds })));
}

/** The supplier's published listings (for a proposal). */
export const fetchMyStock = () =>
  apiFetch<Page<{ id: string; title: string; sku: string; availableQuantity: number; priceExclVat: string }>>(
    '/api/stock/listings?status=PUBLISHED&size=100&sort=title',
  );

/** The buyer admin's sourcing statistics (GET /api/needs/statistics); averages are "1.50" strings. */
export interface SourcingFigures {
  from: string;
  to: string;
  published: number;
  open: number;
  closed: number;
  cancelled: number;
  proposals: number;
  notForUs: number;
  proposalsPerNeed: string;
  notForUsPerNeed: string;
  answeredNeeds: number;
  insertionAnsweredNeeds: number;
  insertionShareBasisPoints: number;
  outcomes: { outcome: NeedOutcome; count: number; amountCents: number }[];
  months: { month: string; published: number; answered: number }[];
}

export function fetchSourcingFigures(from: string, to: string) {
  const params = new URLSearchParams();
  if (from !== '') params.set('from', from);
  if (to !== '') params.set('to', to);
  const qs = params.toString();
  return apiFetch<SourcingFigures>(qs === '' ? `${BASE}/statistics` : `${BASE}/statistics?${qs}`);
}
