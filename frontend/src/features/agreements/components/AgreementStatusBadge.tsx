import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '../api/agreements';

const BADGE: Record<AgreementStatus, string> = {
  DRAFT: 'fr-badge--new',
  ACTIVE: 'fr-badge--success',
  TERMINATED: 'fr-badge--warning',
};

export function AgreementStatusBadge({ status, inForce }: { status: AgreementStatus; inForce: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`fr-badge fr-badge--sm ${BADGE[status]}`} data-testid="agreement-status">
      {t(`agreements.status.${status}`)}
      {status === 'ACTIVE' && !inForce ? ` (${t('agreements.notInForce')})` : ''}
    </span>
  );
}
