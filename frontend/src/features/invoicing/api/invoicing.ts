import { apiFetch, jsonBody } from '../../../lib/api';
import { config } from '../../../lib/config';
import type { Page } from '../../../lib/page';

/**
 * Invoices and credit notes as the API describes them (issue 15). Amounts are integer cents, VAT
 * rates basis points (2000 = 20 %), dates yyyy-mm-dd. The API leaves absent values out of its JSON,
 * so every nullable field is optional here too.
 */
export type InvoiceKind = 'INVOICE' | 'CREDIT_NOTE';
export const INVOICE_KINDS: readonly InvoiceKind[] = ['INVOICE', 'CREDIT_NOTE'];

export type InvoiceStatus = 'ISSUED' | 'PARTIALLY_PAID' | 'PAID' | 'CREDITED';
export const INVOICE_STATUSES: readonly InvoiceStatus[] = ['ISSUED', 'PARTIALLY_PAID', 'PAID', 'CREDITED'];

export type PaymentMethod = 'TRANSFER' | 'CARD' | 'OTHER';
export const PAYMENT_METHODS: readonly PaymentMethod[] = ['TRANSFER', 'CARD', 'OTHER'];

export interface PartyRef {
  id: string;
  name: string;
}

/** One row of the invoices list: the invoice without its lines, payments and credit notes. */
export interface InvoiceSummary {
  id: string;
  kind: InvoiceKind;
  number: string;
  status: InvoiceStatus;
  issueDate: string;
  dueDate?: string | null;
  /** Days until the due date; negative once it has passed. Absent for a settled document. */
  daysLeft?: number | null;
  overdue: boolean;
  lateInterestCents?: number | null;
  indemnityCents?: number | null;
  /** The ECB reference rate the late interest was computed from, in percent ("2.15" or 2.15). */
  ecbRatePercent?: number | string | null;
  supplier: PartyRef;
  buyer: PartyRef;
  serviceName?: string | null;
  orderId?: string | null;
  orderNumber?: string | null;
  agreementReference?: string | null;
  lotLabel?: string | null;
  totalExclVatCents: number;
  totalVatCents: number;
  totalInclVatCents: number;
  paidCents: number;
  dueCents: number;
  /** The VAT exemption mention of a franchise seller (art. 293 B du CGI). */
  vatMention?: string | null;
  correctedInvoiceId?: string | null;
  correctedInvoiceNumber?: string | null;
  canRecordPayment?: boolean;
  canCreditNote?: boolean;
}

export interface InvoiceLine {
  number: number;
  description: string;
  sku?: string | null;
  quantity: number;
  unitPriceExclVatCents: number;
  vatRateBp: number;
  lineExclVatCents: number;
}

export interface Payment {
  id: string;
  amountCents: number;
  receivedOn: string;
  method: PaymentMethod;
  reference?: string | null;
  recordedBy?: string | null;
}

export interface CreditNoteRef {
  id: string;
  number: string;
  issueDate: string;
  totalInclVatCents: number;
}

export interface Invoice extends InvoiceSummary {
  lines: InvoiceLine[];
  payments: Payment[];
  creditNotes: CreditNoteRef[];
}

export interface InvoiceQuery {
  page: number;
  size: number;
  sort: string;
  status: InvoiceStatus | '';
  kind: InvoiceKind | '';
  overdue: boolean;
}

/** The filters of a list as API query parameters (shared by the list and its CSV export). */
function filterParams(query: Pick<InvoiceQuery, 'status' | 'kind' | 'overdue'>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.status !== '') params.set('status', query.status);
  if (query.kind !== '') params.set('kind', query.kind);
  if (query.overdue) params.set('overdue', 'true');
  return params;
}

export function fetchInvoices(query: InvoiceQuery): Promise<Page<InvoiceSummary>> {
  const params = filterParams(query);
  params.set('page', String(query.page));
  params.set('size', String(query.size));
  params.set('sort', query.sort);
  return apiFetch<Page<InvoiceSummary>>(`/api/invoices?${params.toString()}`);
}

export function fetchInvoice(id: string): Promise<Invoice> {
  return apiFetch<Invoice>(`/api/invoices/${encodeURIComponent(id)}`);
}

// Downloads are opened by the browser itself, so their links carry the API base too.

/** The Factur-X PDF/A-3 (the legal document, its CII XML embedded). */
export function invoicePdfUrl(id: string): string {
  return `${config.apiBaseUrl}/api/invoices/${encodeURIComponent(id)}/pdf`;
}

/** The CII XML alone (EN 16931), for an upload to Chorus Pro. */
export function invoiceCiiUrl(id: string): string {
  return `${config.apiBaseUrl}/api/invoices/${encodeURIComponent(id)}/cii`;
}

/** The CSV export for accounting, with the list's current filters. */
export function invoicesCsvUrl(query: Pick<InvoiceQuery, 'status' | 'kind' | 'overdue'>): string {
  const params = filterParams(query).toString();
  return `${config.apiBaseUrl}/api/invoices/export.csv${params === '' ? '' : `?${params}`}`;
}

/** Issues the invoice of a delivered order. */
export function issueInvoice(orderId: string): Promise<Invoice> {
  return apiFetch<Invoice>(`/api/orders/${encodeURIComponent(orderId)}/invoices`, jsonBody('POST', {}));
}

/** Issues a credit note cancelling the invoice; answers the credit note. */
export function issueCreditNote(invoiceId: string, reason: string): Promise<Invoice> {
  return apiFetch<Invoice>(`/api/invoices/${encodeURIComponent(invoiceId)}/credit-notes`, jsonBody('POST', { reason }));
}

export interface PaymentInput {
  amountCents: number;
  receivedOn: string;
  method: PaymentMethod;
  reference: string;
}

/** Records a payment received outside the platform (a transfer, a card at the counter…). */
export function recordPayment(invoiceId: string, payment: PaymentInput): Promise<unknown> {
  return apiFetch<unknown>(`/api/invoices/${encodeURIComponent(invoiceId)}/payments`, jsonBody('POST', payment));
}

/** Where the invoice's Stripe mirror stands (the transfer invoice on the supplier's Stripe account). */
export type StripeMirrorStatus = 'PENDING' | 'OPEN' | 'PAID' | 'VOID';

/**
 * How an invoice may be paid through Stripe (GET /api/invoices/{id}/payment-options). Without Stripe
 * on the platform the API still answers 200 with stripeEnabled and cardAllowed false. cardAllowed is
 * the buyer's setting (false for the supplier).
 */
export interface PaymentOptions {
  stripeEnabled: boolean;
  cardAllowed: boolean;
  mirrorStatus?: StripeMirrorStatus | null;
  hostedInvoiceUrl?: string | null;
}

export function fetchPaymentOptions(invoiceId: string): Promise<PaymentOptions> {
  return apiFetch<PaymentOptions>(`/api/invoices/${encodeURIComponent(invoiceId)}/payment-options`);
}

/** A Stripe Checkout session for paying the invoice by card; the browser goes to its url. */
export function startCardPayment(invoiceId: string): Promise<{ url: string }> {
  return apiFetch<{ url: string }>(`/api/invoices/${encodeURIComponent(invoiceId)}/checkout`, jsonBody('POST', {}));
}

export type VatRegime = 'LIABLE' | 'FRANCHISE_293B';
export const VAT_REGIMES: readonly VatRegime[] = ['LIABLE', 'FRANCHISE_293B'];

/** What a supplier's invoices say about it beyond its identity: VAT regime, bank account, address. */
export interface BillingProfileInput {
  vatRegime: VatRegime;
  vatNumber: string | null;
  iban: string | null;
  bic: string | null;
  accountHolder: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  electronicAddress: string | null;
}

export interface BillingProfile extends Omit<BillingProfileInput, 'vatRegime'> {
  /** Absent before the profile was first saved. */
  vatRegime?: VatRegime | null;
  /** Whether an invoice can be issued with it. */
  complete: boolean;
  /** The fields an invoice still needs ("iban", "street"…). */
  missing: string[];
}

export const BILLING_FIELDS = ['vatNumber', 'iban', 'bic', 'accountHolder', 'street', 'postcode', 'city', 'electronicAddress'] as const;
export type BillingField = (typeof BILLING_FIELDS)[number];

/** "billingProfile.iban" (a problem's field) or "iban" → "iban". */
export function billingFieldName(field: string): string {
  return field.startsWith('billingProfile.') ? field.slice('billingProfile.'.length) : field;
}

export function fetchBillingProfile(): Promise<BillingProfile> {
  return apiFetch<BillingProfile>('/api/organisation/billing-profile');
}

export function saveBillingProfile(profile: BillingProfileInput): Promise<BillingProfile> {
  return apiFetch<BillingProfile>('/api/organisation/billing-profile', jsonBody('PUT', profile));
}

export type StripeAccountStatus = 'NOT_STARTED' | 'PENDING' | 'REQUIREMENTS_DUE' | 'ENABLED';

/**
 * The supplier's Stripe Connect account (PaymentViews.AccountView); the API answers 503 problem
 * stripe-not-configured when Stripe is not configured.
 */
export interface StripeAccount {
  status: StripeAccountStatus;
  accountId?: string | null;
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
  detailsSubmitted: boolean;
  /** How many pieces of information Stripe still asks for. */
  requirementsDue: number;
}

export function fetchStripeAccount(): Promise<StripeAccount> {
  return apiFetch<StripeAccount>('/api/payments/stripe/account');
}

export function startStripeOnboarding(): Promise<{ url: string }> {
  return apiFetch<{ url: string }>('/api/payments/stripe/onboarding', jsonBody('POST', {}));
}

/** A buyer organisation's payment choices (buyer admin); 503 stripe-not-configured without Stripe. */
export interface PaymentSettings {
  cardAllowed: boolean;
}

export function fetchPaymentSettings(): Promise<PaymentSettings> {
  return apiFetch<PaymentSettings>('/api/payments/settings');
}

export function savePaymentSettings(settings: PaymentSettings): Promise<PaymentSettings> {
  return apiFetch<PaymentSettings>('/api/payments/settings', jsonBody('PUT', settings));
}

/** Sends the browser to a page outside the application (Stripe); a seam for tests. */
export const externalNavigation = {
  go(url: string): void {
    window.location.assign(url);
  },
};
