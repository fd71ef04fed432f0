import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api';
import {
  fetchBillingProfile,
  fetchInvoice,
  fetchInvoices,
  fetchPaymentOptions,
  fetchPaymentSettings,
  fetchStripeAccount,
  issueCreditNote,
  issueInvoice,
  recordPayment,
  saveBillingProfile,
  savePaymentSettings,
  startCardPayment,
  startStripeOnboarding,
  type BillingProfileInput,
  type InvoiceQuery,
  type PaymentInput,
  type PaymentSettings,
} from './invoicing';

/** Query keys of the invoicing feature; invalidating a prefix refreshes everything under it. */
export const invoicingKeys = {
  invoices: ['invoices'] as const,
  list: (query: InvoiceQuery) => ['invoices', 'list', query] as const,
  invoice: (id: string) => ['invoices', 'detail', id] as const,
  billingProfile: ['invoicing', 'billing-profile'] as const,
  stripeAccount: ['invoicing', 'stripe-account'] as const,
  paymentOptions: (id: string) => ['invoices', 'detail', id, 'payment-options'] as const,
  paymentSettings: ['invoicing', 'payment-settings'] as const,
};

/** Stripe off on the platform: the API answers a problem (503, or 404/501 when the route is absent). */
function stripeOff(error: unknown): boolean {
  return error instanceof ApiError && [404, 501, 503].includes(error.status);
}

/** One page of the organisation's invoices; the previous page stays on screen while the next loads. */
export function useInvoices(query: InvoiceQuery) {
  return useQuery({ queryKey: invoicingKeys.list(query), queryFn: () => fetchInvoices(query), placeholderData: keepPreviousData });
}

export function useInvoice(id: string) {
  return useQuery({ queryKey: invoicingKeys.invoice(id), queryFn: () => fetchInvoice(id) });
}

/** Issues an order's invoice; every invoice list reloads, the new invoice is cached. */
export function useIssueInvoice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (orderId: string) => issueInvoice(orderId),
    onSuccess: (invoice) => {
      client.setQueryData(invoicingKeys.invoice(invoice.id), invoice);
      void client.invalidateQueries({ queryKey: ['invoices', 'list'] });
    },
  });
}

/** Issues a credit note for an invoice; the invoice and the lists reload. */
export function useIssueCreditNote(invoiceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => issueCreditNote(invoiceId, reason),
    onSuccess: (creditNote) => {
      client.setQueryData(invoicingKeys.invoice(creditNote.id), creditNote);
      void client.invalidateQueries({ queryKey: invoicingKeys.invoices });
    },
  });
}

/** Records a payment received; the invoice and the lists reload. */
export function useRecordPayment(invoiceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (payment: PaymentInput) => recordPayment(invoiceId, payment),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: invoicingKeys.invoices });
    },
  });
}

/**
 * How the invoice may be paid through Stripe. Reloads with the invoice (its key sits under the
 * invoice's), so a payment recorded refreshes the mirror's status too.
 */
export function usePaymentOptions(invoiceId: string, enabled = true) {
  return useQuery({
    queryKey: invoicingKeys.paymentOptions(invoiceId),
    enabled,
    retry: false,
    queryFn: () => fetchPaymentOptions(invoiceId),
  });
}

export function useCardPayment(invoiceId: string) {
  return useMutation({ mutationFn: () => startCardPayment(invoiceId) });
}

/** The supplier's billing profile; a profile never saved reads as none (null). */
export function useBillingProfile(enabled = true) {
  return useQuery({
    queryKey: invoicingKeys.billingProfile,
    enabled,
    queryFn: async () => {
      try {
        return await fetchBillingProfile();
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function useSaveBillingProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (profile: BillingProfileInput) => saveBillingProfile(profile),
    onSuccess: (profile) => {
      client.setQueryData(invoicingKeys.billingProfile, profile);
    },
  });
}

/**
 * The supplier's Stripe account. Stripe not configured on the platform reads as "off" (null), not
 * as a failure: the API answers it with a problem (503, or 404/501 when the route is absent).
 */
export function useStripeAccount(enabled = true) {
  return useQuery({
    queryKey: invoicingKeys.stripeAccount,
    enabled,
    retry: false,
    queryFn: async () => {
      try {
        return await fetchStripeAccount();
      } catch (error) {
        if (stripeOff(error)) return null;
        throw error;
      }
    },
  });
}

/** The buyer's payment settings; Stripe not configured on the platform reads as "off" (null). */
export function usePaymentSettings(enabled = true) {
  return useQuery({
    queryKey: invoicingKeys.paymentSettings,
    enabled,
    retry: false,
    queryFn: async () => {
      try {
        return await fetchPaymentSettings();
      } catch (error) {
        if (stripeOff(error)) return null;
        throw error;
      }
    },
  });
}

export function useSavePaymentSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: PaymentSettings) => savePaymentSettings(settings),
    onSuccess: (settings) => {
      client.setQueryData(invoicingKeys.paymentSettings, settings);
      void client.invalidateQueries({ queryKey: invoicingKeys.invoices });
    },
  });
}

export function useStripeOnboarding() {
  return useMutation({ mutationFn: startStripeOnboarding });
}
