import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, problemText } from '../../../components/form';
import { usePaymentSettings, useSavePaymentSettings } from '../api/queries';

/**
 * "Paiement par carte" in a buyer's organisation settings (its admins): whether the buyer's invoices
 * may be paid by card through Stripe. Without Stripe on the platform (503) it says so instead.
 */
export function CardPaymentSettingSection() {
  const { t } = useTranslation();
  const query = usePaymentSettings();
  const save = useSavePaymentSettings();
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string; n: number } | null>(null);

  async function toggle(cardAllowed: boolean) {
    try {
      const saved = await save.mutateAsync({ cardAllowed });
      setMessage((previous) => ({
        kind: 'success',
        text: saved.cardAllowed ? t('invoicing.cardSetting.savedOn') : t('invoicing.cardSetting.savedOff'),
        n: (previous?.n ?? 0) + 1,
      }));
    } catch (error) {
      setMessage((previous) => ({ kind: 'error', text: problemText(error, t('form.unexpected')), n: (previous?.n ?? 0) + 1 }));
    }
  }

  const data = query.data;
  return (
    <section className="fr-mb-6w" aria-labelledby="section-card-payment" id="paiement" data-testid="card-setting">
      <h2 id="section-card-payment">{t('invoicing.cardSetting.heading')}</h2>
      {query.isPending ? (
        <p aria-live="polite">{t('session.loading')}</p>
      ) : query.isError ? (
        <Alert kind="error" focus={false}>
          {problemText(query.error, t('form.unexpected'))}
        </Alert>
      ) : data === null || data === undefined ? (
        <p data-testid="card-setting-off">{t('invoicing.cardSetting.off')}</p>
      ) : (
        <>
          <p>{t('invoicing.cardSetting.intro')}</p>
          <div className="fr-checkbox-group">
            <input
              type="checkbox"
              id="card-allowed"
              checked={data.cardAllowed}
              disabled={save.isPending}
              aria-describedby="card-allowed-hint"
              onChange={(e) => void toggle(e.target.checked)}
            />
            <label className="fr-label" htmlFor="card-allowed">
              {t('invoicing.cardSetting.label')}
              <span className="fr-hint-text" id="card-allowed-hint">
                {t('invoicing.cardSetting.hint')}
              </span>
            </label>
          </div>
          {message !== null && (
            <Alert kind={message.kind} key={message.n} focus={false}>
              {message.text}
            </Alert>
          )}
        </>
      )}
    </section>
  );
}
