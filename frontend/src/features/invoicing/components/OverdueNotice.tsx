import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../lib/money';
import type { InvoiceSummary } from '../api/invoicing';
import { formatPercent } from './format';
import { awaitsPayment } from './PaymentClock';

/**
 * An overdue invoice's late-payment interest and the €40 recovery indemnity, with the ECB rate the
 * interest was computed from. The buyer reads them as owed, the supplier as due to it.
 */
export function OverdueNotice({ invoice, buyer }: { invoice: InvoiceSummary; buyer: boolean }) {
  const { t, i18n } = useTranslation();
  if (!invoice.overdue || !awaitsPayment(invoice)) return null;
  const lang = i18n.language;
  const days = Math.abs(invoice.daysLeft ?? 0);
  return (
    <div className="fr-alert fr-alert--warning fr-mb-3w" data-testid="overdue-notice">
      <h2 className="fr-alert__title">{t('invoicing.overdue.title', { count: days })}</h2>
      <p>{buyer ? t('invoicing.overdue.buyerText') : t('invoicing.overdue.supplierText')}</p>
      <ul>
        {invoice.lateInterestCents != null && (
          <li data-testid="overdue-interest">
            {t('invoicing.overdue.interest', { amount: formatEuros(invoice.lateInterestCents, lang) })}
            {invoice.ecbRatePercent != null && <> {t('invoicing.overdue.ecbRate', { rate: formatPercent(invoice.ecbRatePercent, lang) })}</>}
          </li>
        )}
        {invoice.indemnityCents != null && (
          <li data-testid="overdue-indemnity">{t('invoicing.overdue.indemnity', { amount: formatEuros(invoice.indemnityCents, lang) })}</li>
        )}
      </ul>
    </div>
  );
}
