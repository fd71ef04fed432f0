import { useTranslation } from 'react-i18next';
import type { OrganisationStatus } from '../../../lib/session';

const BADGE: Record<OrganisationStatus, string> = {
  PENDING: 'fr-badge--new',
  ACTIVE: 'fr-badge--success',
  SUSPENDED: 'fr-badge--error',
};

export function StatusBadge({ status }: { status: OrganisationStatus }) {
  const { t } = useTranslation();
  return (
    <p className={`fr-badge ${BADGE[status]}`} data-testid="organisation-status">
      {t(`organisationStatus.${status}`)}
    </p>
  );
}
