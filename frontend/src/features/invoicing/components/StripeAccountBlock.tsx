import { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, problemText } from '../../../components/form';
import { externalNavigation, type StripeAccountStatus } from '../api/invoicing';
import { useStripeAccount, useStripeOnboarding } from '../api/queries';

const SEVERITY: Record<StripeAccountStatus, NonNullable<BadgeProps['severity']>> = {
  NOT_STARTED: 'info',
  PENDING: 'new',
  REQUIREMENTS_DUE: 'warning',
  ENABLED: 'success',
};

/**
 * Online payment through Stripe Connect: the account's status and what Stripe still asks for, and
 * the button that opens Stripe's onboarding. Stripe not configured on the platform is said calmly.
 */
export function StripeAccountBlock({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const account = useStripeAccount();
  const onboarding = useStripeOnboarding();
  const [failure, setFailure] = useState<{ text: string; n: number } | null>(null);

  async function configure() {
    setFailure(null);
    try {
      const link = await onboarding.mutateAsync();
      externalNavigation.go(link.url);
    } catch (error) {
      setFailure((previous) => ({ text: problemText(error, t('form.unexpected')), n: (previous?.n ?? 0) + 1 }));
    }
  }

  const data = account.data;
  return (
    <div className="fr-mt-4w" data-testid="stripe-account">
      <h3 className="fr-h5">{t('invoicing.stripe.heading')}</h3>
      {account.isPending ? (
        <p aria-live="polite">{t('session.loading')}</p>
      ) : account.isError ? (
        <Alert kind="error" focus={false}>
          {problemText(account.error, t('form.unexpected'))}
        </Alert>
      ) : data === null || data === undefined ? (
        <p data-testid="stripe-off">{t('invoicing.stripe.off')}</p>
      ) : (
        <>
          <p>
            {t('invoicing.stripe.status')}{' '}
            <Badge as="span" small severity={SEVERITY[data.status]} data-testid="stripe-status">
              {t(`invoicing.stripe.statuses.${data.status}`)}
            </Badge>
          </p>
          <ul>
            <li>{data.chargesEnabled ? t('invoicing.stripe.chargesOn') : t('invoicing.stripe.chargesOff')}</li>
            <li>{data.payoutsEnabled ? t('invoicing.stripe.payoutsOn') : t('invoicing.stripe.payoutsOff')}</li>
          </ul>
          {data.requirementsDue > 0 && (
            <p data-testid="stripe-requirements">{t('invoicing.stripe.requirements', { count: data.requirementsDue })}</p>
          )}
          {failure !== null && (
            <Alert kind="error" key={failure.n}>
              {failure.text}
            </Alert>
          )}
          {canEdit && (data.status === 'NOT_STARTED' || data.status === 'PENDING') && (
            <button type="button" className="fr-btn fr-btn--secondary" disabled={onboarding.isPending} onClick={() => void configure()}>
              {t('invoicing.stripe.configure')}
            </button>
          )}
          {canEdit && (data.status === 'REQUIREMENTS_DUE' || (data.status === 'ENABLED' && data.requirementsDue > 0)) && (
            <button type="button" className="fr-btn fr-btn--secondary" disabled={onboarding.isPending} onClick={() => void configure()}>
              {t('invoicing.stripe.update')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
