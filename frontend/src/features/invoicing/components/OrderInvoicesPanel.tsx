import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Alert, problemText } from '../../../components/form';
import { ApiError } from '../../../lib/api';
import { formatEuros } from '../../../lib/money';
import { billingFieldName, type InvoiceStatus } from '../api/invoicing';
import { useIssueInvoice } from '../api/queries';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';

/** What the order page knows of its invoices (the order JSON's `invoices`). */
export interface OrderInvoiceRef {
  id: string;
  number: string;
  status: InvoiceStatus;
}

/** The billing-profile fields a failed issue names ("billingProfile.iban" → "iban"); empty for another failure. */
export function missingBillingFields(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  return (error.problem.errors ?? []).filter((e) => e.field.startsWith('billingProfile.')).map((e) => billingFieldName(e.field));
}

/**
 * On an order's page: its invoices, and for the supplier of a delivered order the "issue the
 * invoice" button, confirmed in a dialog that shows the amount. An incomplete billing profile is
 * explained with a link to its form.
 */
export function OrderInvoicesPanel({
  orderId,
  totalInclVatCents,
  invoices,
  canIssueInvoice,
  onIssued,
}: {
  orderId: string;
  totalInclVatCents: number;
  invoices: readonly OrderInvoiceRef[];
  canIssueInvoice: boolean;
  /** Lets the order page reload the order (its status and invoices changed). */
  onIssued?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const issue = useIssueInvoice();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown; key: number } | null>(null);
  if (invoices.length === 0 && !canIssueInvoice) return null;
  const amount = formatEuros(totalInclVatCents, i18n.language);

  async function confirm() {
    setFailure(null);
    try {
      const invoice = await issue.mutateAsync(orderId);
      setConfirming(false);
      onIssued?.();
      void navigate(`/factures/${invoice.id}`, { state: { issued: invoice.number } });
    } catch (error) {
      setConfirming(false);
      setFailure((previous) => ({ error, key: (previous?.key ?? 0) + 1 }));
    }
  }

  const missing = failure === null ? [] : missingBillingFields(failure.error);
  return (
    <section className="fr-mb-4w" aria-labelledby="order-invoices" data-testid="order-invoices">
      <h2 id="order-invoices" className="fr-h5">
        {t('invoicing.order.heading')}
      </h2>
      {failure !== null &&
        (missing.length > 0 ? (
          <Alert kind="error" key={failure.key} title={t('invoicing.order.profileIncomplete')} testId="issue-profile-incomplete">
            <p>{t('invoicing.order.profileIncompleteText')}</p>
            <ul>
              {missing.map((field) => (
                <li key={field}>{t(`invoicing.billing.fields.${field}`, { defaultValue: field })}</li>
              ))}
            </ul>
            <p>
              <Link to="/organisation#facturation">{t('invoicing.order.completeProfile')}</Link>
            </p>
          </Alert>
        ) : (
          <Alert kind="error" key={failure.key} testId="issue-error">
            {problemText(failure.error, t('form.unexpected'))}
          </Alert>
        ))}
      {invoices.length > 0 && (
        <ul data-testid="order-invoice-list">
          {invoices.map((invoice) => (
            <li key={invoice.id}>
              <Link to={`/factures/${invoice.id}`}>{t('invoicing.invoiceNumber', { number: invoice.number })}</Link>{' '}
              <InvoiceStatusBadge status={invoice.status} kind="INVOICE" />
            </li>
          ))}
        </ul>
      )}
      {canIssueInvoice && (
        <>
          <p className="fr-hint-text">{t('invoicing.order.issueHint')}</p>
          <button
            type="button"
            className="fr-btn"
            onClick={() => {
              setConfirming(true);
            }}
          >
            {t('invoicing.order.issue')}
          </button>
        </>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('invoicing.order.confirmTitle')}
          confirmLabel={t('invoicing.order.confirm')}
          busy={issue.isPending}
          onConfirm={() => void confirm()}
          onClose={() => {
            setConfirming(false);
          }}
          testId="issue-dialog"
        >
          <p>{t('invoicing.order.confirmText', { amount })}</p>
          <p className="fr-text--sm">{t('invoicing.order.confirmFinal')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
