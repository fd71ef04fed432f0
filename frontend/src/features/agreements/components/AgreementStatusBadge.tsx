import { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '../api/agreements';

const SEVERITY: Record<AgreementStatus, NonNullable<BadgeProps['severity']>> = {
  DRAFT: 'new',
  ACTIVE: 'success',
  TERMINATED: 'warning',
};

export function AgreementStatusBadge({ status, inForce }: { status: AgreementStatus; inForce: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge as="span" small severity={SEVERITY[status]} data-testid="agreement-status">
      {t(`agreements.status.${status}`)}
      {status === 'ACTIVE' && !inForce ? ` (${t('agreements.notInForce')})` : ''}
    </Badge>
  );
}
