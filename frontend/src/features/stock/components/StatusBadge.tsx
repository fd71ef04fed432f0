import { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import { useTranslation } from 'react-i18next';
import type { ListingStatus } from '../api/stock';

const SEVERITY: Record<ListingStatus, BadgeProps['severity']> = {
  DRAFT: 'info',
  PUBLISHED: 'success',
  SOLD_OUT: 'warning',
  ARCHIVED: undefined,
};

/** A listing's status as a DSFR badge. */
export function ListingStatusBadge({ status, testId }: { status: ListingStatus; testId?: string }) {
  const { t } = useTranslation();
  const severity = SEVERITY[status];
  return (
    <Badge small noIcon {...(severity === undefined ? {} : { severity })} data-testid={testId}>
      {t(`listingStatus.${status}`)}
    </Badge>
  );
}
