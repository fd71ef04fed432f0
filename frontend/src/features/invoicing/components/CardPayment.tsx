import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/form';
import { externalNavigation, type Invoice } from '../api/invoicing';
import { useCardPayment } from '../api/queries';
import { awaitsPayment } from './PaymentClock';

/**
 * "Payer par carte" for the buyer, when the supplier takes cards through Stripe: the API opens a
 * Checkout session and the browser goes there. Stripe unavailable hides the button, calmly.
 */
export function CardPayment({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const checkout = useCardPayment(invoice.id);
  const [unavailable, setUnavailable] = useState(false);
  if (invoice.stripe?.cardAllowed !== true || !awaitsPayment(invoice) || invoice.dueCents <= 0) return null;
  if (unavailable) {
    return (
      <Alert kind="info" testId="card-unavailable">
        {t('invoicing.card.unavailable')}
      </Alert>
    );
  }

  async function pay() {
    try {
      const session = await checkout.mutateAsync();
      externalNavigation.go(session.url);
    } catch {
      setUnavailable(true);
    }
  }

  return (
    <div className="fr-mb-3w">
      <button type="button" className="fr-btn" disabled={checkout.isPending} onClick={() => void pay()} data-testid="card-pay">
        {t('invoicing.card.pay')}
      </button>
      <p className="fr-hint-text fr-mt-1w" aria-live="polite">
        {checkout.isPending ? t('invoicing.card.redirecting') : t('invoicing.card.hint')}
      </p>
    </div>
  );
}
