import { apiFetch, jsonBody } from '../../../lib/api';
import { config } from '../../../lib/config';
import type { Page } from '../../../lib/page';

/**
 * Amounts are integer cents; VAT rates basis points (2000 = 20 %). The API leaves absent values out
 * of its JSON, so every nullable field is optional here too.
 */
export interface Party {
  id: string;
  legalName: string;
  siret: string;
  insertionStatus?: string | null;
}

export interface ServiceRef {
  id: string;
  name: string;
  street: string;
  postcode: string;
  city: string;
  approvalThresholdCents: number;
}

export type Reservation = 'NONE' | 'EA_ESAT' | 'SIAE';

export interface LotRef {
  agreementId: string;
  agreementReference: string;
  agreementTitle: string;
  lotId: string;
  lotNumber: number;
  lotTitle: string;
  reservation: Reservation;
}

export interface Totals {
  exclVatCents: number;
  vatCents: number;
  inclVatCents: number;
}

/** Why a cart line or group cannot be ordered; `problemCode` and `params` say it in any language. */
export interface Obstacle {
  code: string;
  problemCode?: string;
  params?: Record<string, string> | null;
  message: string;
  listingId?: string | null;
}

export interface CartLine {
  listingId: string;
  sku: string;
  title: string;
  categoryId: string;
  kind: string;
  listingStatus: string;
  catalogueUnitPriceCents: number;
  vatRateBasisPoints: number;
  minimumOrderQuantity: number;
  available: number;
  quantity: number;
  addedAt: string;
  obstacles: Obstacle[];
}

export interface CartGroup {
  supplier: Party;
  lines: CartLine[];
}

export interface Cart {
  groups: CartGroup[];
  lineCount: number;
}

export interface PricedLine {
  listingId: string;
  title: string;
  quantity: number;
  catalogueUnitPriceCents: number;
  unitPriceExclVatCents: number;
  vatRateBasisPoints: number;
  lineExclVatCents: number;
  lineVatCents: number;
}

export interface LotOption {
  lot: LotRef;
  applicable: boolean;
  obstacles: Obstacle[];
  lines: PricedLine[];
  /** Includes the delivery fee. */
  totals: Totals;
  deliveryFee: Totals;
  periodIndex?: number | null;
  remainingBeforeCents?: number | null;
  remainingAfterCents?: number | null;
  requiresApproval?: boolean | null;
}

export interface CheckoutGroup {
  supplier: Party;
  lines: CartLine[];
  options: LotOption[];
  chosenLotId?: string | null;
  obstacles: Obstacle[];
}

export interface CheckoutPreview {
  service?: ServiceRef | null;
  myServices: ServiceRef[];
  groups: CheckoutGroup[];
}

export interface Address {
  street: string;
  postcode: string;
  city: string;
}

export type OrderStatus =
  | 'SUBMITTED'
  | 'APPROVED'
  | 'REJECTED'
  | 'ACCEPTED'
  | 'REFUSED'
  | 'READY'
  | 'DELIVERED'
  | 'INVOICED'
  | 'PAID'
  | 'CANCELLED'
  | 'EXPIRED';

export const ORDER_STATUSES: readonly OrderStatus[] = [
  'SUBMITTED',
  'APPROVED',
  'REJECTED',
  'ACCEPTED',
  'REFUSED',
  'READY',
  'DELIVERED',
  'INVOICED',
  'PAID',
  'CANCELLED',
  'EXPIRED',
];

export type OrderAction =
  | 'APPROVE'
  | 'REJECT'
  | 'CANCEL'
  | 'ACCEPT'
  | 'REFUSE'
  | 'MARK_READY'
  | 'CONFIRM_DELIVERY'
  | 'INVOICE'
  | 'MARK_PAID'
  | 'SUPPLIER_CANCEL'
  | 'REQUEST_CANCELLATION'
  | 'DECLINE_CANCELLATION';

export interface OrderLine {
  lineNo: number;
  listingId: string;
  sku: string;
  title: string;
  categoryId: string;
  quantity: number;
  catalogueUnitPriceCents: number;
  unitPriceExclVatCents: number;
  vatRateBasisPoints: number;
  lineExclVatCents: number;
  lineVatCents: number;
}

export interface OrderEvent {
  from?: OrderStatus | null;
  to: OrderStatus;
  /** Set for an entry that leaves the status as it is (a cancellation asked or declined). */
  action?: OrderAction | null;
  actorId?: string | null;
  /** A person's label, or "system" for Boucle itself. */
  actorLabel: string;
  /** As written: a person's words, or Boucle's own (then commentCode says them). */
  comment?: string | null;
  commentCode?: string | null;
  commentParams?: Record<string, string> | null;
  at: string;
}

export interface Order {
  id: string;
  /** Null for the few milliseconds between the order's commit and its numbering. */
  number: string | null;
  status: OrderStatus;
  buyer: Party;
  service: ServiceRef;
  supplier: Party;
  lot: LotRef;
  periodIndex: number;
  lines: OrderLine[];
  vat: { vatRateBasisPoints: number; baseExclVatCents: number; vatCents: number }[];
  totals: Totals;
  /** The order's one delivery, included in the totals. */
  deliveryFee: { exclVatCents: number; vatCents: number; vatRateBasisPoints: number };
  deliveryAddress: Address;
  deliveryDate: string;
  note?: string | null;
  requesterId: string;
  requesterName: string;
  requiresApproval: boolean;
  invoiceReference?: string | null;
  submittedAt: string;
  updatedAt: string;
  events: OrderEvent[];
  allowedActions: OrderAction[];
  /** The buyer's request that the supplier cancel, while it waits for the supplier's answer. */
  cancellationRequest?: { reason: string; requestedBy: string; requestedAt: string } | null;
  /** The order's invoices (issue 15); absent from an API without invoicing. */
  invoices?: { id: string; number: string; status: 'ISSUED' | 'PARTIALLY_PAID' | 'PAID' | 'CREDITED' }[];
  /** Whether I may issue its invoice now (its supplier, once delivered). */
  canIssueInvoice?: boolean;
}

export interface OrderSummary {
  id: string;
  number: string | null;
  status: OrderStatus;
  buyer: Party;
  serviceId: string;
  serviceName: string;
  supplier: Party;
  agreementReference: string;
  lotNumber: number;
  lineCount: number;
  totals: Totals;
  deliveryDate: string;
  requiresApproval: boolean;
  submittedAt: string;
  updatedAt: string;
}

export interface CheckoutOrder {
  supplierId: string;
  serviceId: string;
  lotId: string | null;
  deliveryDate: string;
  deliveryAddress: Address | null;
  note: string | null;
  /** The lines as the requester reviewed them: the server refuses (409) if the cart changed since. */
  lines: { listingId: string; quantity: number }[];
}

export interface Submitted {
  orders: Order[];
  replayed: boolean;
}

export function fetchCart(): Promise<Cart> {
  return apiFetch<Cart>('/api/cart');
}

export function setCartQuantity(listingId: string, quantity: number): Promise<Cart> {
  return apiFetch<Cart>(`/api/cart/lines/${encodeURIComponent(listingId)}`, jsonBody('PUT', { quantity }));
}

export function removeCartLine(listingId: string): Promise<Cart> {
  return apiFetch<Cart>(`/api/cart/lines/${encodeURIComponent(listingId)}`, { method: 'DELETE' });
}

export function fetchCheckoutPreview(serviceId: string | null): Promise<CheckoutPreview> {
  const query = serviceId === null || serviceId === '' ? '' : `?serviceId=${encodeURIComponent(serviceId)}`;
  return apiFetch<CheckoutPreview>(`/api/cart/checkout${query}`);
}

export function submitCheckout(orders: CheckoutOrder[], idempotencyKey: string): Promise<Submitted> {
  const init = jsonBody('POST', { orders });
  return apiFetch<Submitted>('/api/cart/checkout', {
    ...init,
    headers: { ...(init.headers as Record<string, string>), 'Idempotency-Key': idempotencyKey },
  });
}

export interface OrderQuery {
  status: OrderStatus[];
  q: string;
  awaitingMe: boolean;
  page: number;
  size: number;
  sort: string;
}

export function fetchOrders(query: OrderQuery): Promise<Page<OrderSummary>> {
  const params = new URLSearchParams();
  for (const status of query.status) params.append('status', status);
  if (query.q.trim() !== '') params.set('q', query.q.trim());
  if (query.awaitingMe) params.set('awaitingMe', 'true');
  params.set('page', String(query.page));
  params.set('size', String(query.size));
  params.set('sort', query.sort);
  return apiFetch<Page<OrderSummary>>(`/api/orders?${params.toString()}`);
}

export function fetchOrder(id: string): Promise<Order> {
  return apiFetch<Order>(`/api/orders/${encodeURIComponent(id)}`);
}

/** The URL path segment of each action. */
export const ACTION_PATHS: Record<OrderAction, string> = {
  APPROVE: 'approve',
  REJECT: 'reject',
  CANCEL: 'cancel',
  ACCEPT: 'accept',
  REFUSE: 'refuse',
  MARK_READY: 'mark-ready',
  CONFIRM_DELIVERY: 'confirm-delivery',
  INVOICE: 'invoice',
  MARK_PAID: 'mark-paid',
  SUPPLIER_CANCEL: 'supplier-cancel',
  REQUEST_CANCELLATION: 'request-cancellation',
  DECLINE_CANCELLATION: 'decline-cancellation',
};

/** Actions that need a comment saying why: the other side reads it. */
export const NEEDS_REASON: readonly OrderAction[] = ['SUPPLIER_CANCEL', 'REQUEST_CANCELLATION', 'DECLINE_CANCELLATION'];

export function transitionOrder(
  id: string,
  action: OrderAction,
  body: { comment?: string; invoiceReference?: string },
): Promise<Order> {
  return apiFetch<Order>(`/api/orders/${encodeURIComponent(id)}/${ACTION_PATHS[action]}`, jsonBody('POST', body));
}

export function orderPdfUrl(id: string): string {
  // The link is opened by the browser itself, so it carries the API base too.
  return `${config.apiBaseUrl}/api/orders/${encodeURIComponent(id)}/pdf`;
}
