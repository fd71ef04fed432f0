import { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import { useTranslation } from 'react-i18next';
import type { OrganisationStatus } from '../../../lib/session';

const SEVERITY: Record<OrganisationStatus, NonNullable<BadgeProps['severity']>> = {
  PENDING: 'new',
  ACTIVE: 'success',
  SUSPENDED: 'error',
};

export function StatusBadge({ status }: { status: OrganisationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge severity={SEVERITY[status]} data-testid="organisation-status">
      {t(`organisationStatus.${status}`)}
    </Badge>
  );
}
