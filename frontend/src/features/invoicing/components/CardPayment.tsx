import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/form';
import { externalNavigation, type Invoice, type PaymentOptions } from '../api/invoicing';
import { useCardPayment } from '../api/queries';
import { awaitsPayment } from './PaymentClock';

/** Whether the buyer may pay this invoice by card now: Stripe on, card allowed by the buyer, something due. */
export function cardPayable(invoice: Invoice, options: PaymentOptions | undefined): boolean {
  return options !== undefined && options.stripeEnabled && options.cardAllowed && invoice.dueCents > 0 && awaitsPayment(invoice);
}

/**
 * "Payer par carte" for the buyer, where the platform runs Stripe and the buyer's settings allow
 * card payment (GET /api/invoices/{id}/payment-options): the API opens a Checkout session and the
 * browser goes there. A problem from Checkout hides the button, calmly.
 */
export function CardPayment({ invoice, options }: { invoice: Invoice; options: PaymentOptions | undefined }) {
  const { t } = useTranslation();
  const checkout = useCardPayment(invoice.id);
  const [unavailable, setUnavailable] = useState(false);
  if (!cardPayable(invoice, options)) return null;
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

/** The Stripe mirror's status, discreetly, when the invoice is mirrored; with Stripe's page when known. */
export function StripeMirrorLine({ options }: { options: PaymentOptions | undefined }) {
  const { t } = useTranslation();
  const status = options?.mirrorStatus;
  if (options === undefined || !options.stripeEnabled || status === undefined || status === null) return null;
  const url = options.hostedInvoiceUrl ?? '';
  return (
    <p className="fr-hint-text fr-mb-2w" data-testid="stripe-mirror">
      {t('invoicing.mirror.line', { status: t(`invoicing.mirror.statuses.${status}`) })}
      {url !== '' && (
        <>
          {' '}
          <a href={url} target="_blank" rel="noopener noreferrer" title={t('invoicing.mirror.openTitle')}>
            {t('invoicing.mirror.open')}
          </a>
        </>
      )}
    </p>
  );
}
