import { useTranslation } from 'react-i18next';
import type { ListingStatus } from '../api/stock';

const BADGE: Record<ListingStatus, string> = {
  DRAFT: 'fr-badge--info',
  PUBLISHED: 'fr-badge--success',
  SOLD_OUT: 'fr-badge--warning',
  ARCHIVED: '',
};

/** A listing's status as a DSFR badge. */
export function ListingStatusBadge({ status, testId }: { status: ListingStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <p className={`fr-badge fr-badge--sm fr-badge--no-icon ${BADGE[status]}`.trim()} data-testid={testId}>
      {t(`listingStatus.${status}`)}
    </p>
  );
}
