import { useTranslation } from 'react-i18next';
import type { InvoiceSummary } from '../api/invoicing';

/** Whether an invoice still waits for money: issued or partly paid, and not a credit note. */
export function awaitsPayment(invoice: Pick<InvoiceSummary, 'kind' | 'status'>): boolean {
  return invoice.kind === 'INVOICE' && (invoice.status === 'ISSUED' || invoice.status === 'PARTIALLY_PAID');
}

/**
 * The payment clock: "J-12" before the due date, "en retard de 5 j" after it, nothing once settled.
 * The short form is what the eye reads; screen readers hear the sentence.
 */
export function PaymentClock({ invoice }: { invoice: Pick<InvoiceSummary, 'kind' | 'status' | 'daysLeft' | 'overdue'> }) {
  const { t } = useTranslation();
  const days = invoice.daysLeft;
  if (!awaitsPayment(invoice) || days === undefined || days === null) return <span>—</span>;
  const late = invoice.overdue || days < 0;
  const count = Math.abs(days);
  const short = late ? t('invoicing.clock.lateShort', { count }) : t('invoicing.clock.leftShort', { count });
  const long = late ? t('invoicing.clock.late', { count }) : count === 0 ? t('invoicing.clock.today') : t('invoicing.clock.left', { count });
  return (
    <span className={late ? 'boucle-clock boucle-clock--late' : 'boucle-clock'} data-testid="payment-clock">
      <span aria-hidden="true">{short}</span>
      <span className="fr-sr-only">{long}</span>
    </span>
  );
}
