import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '../api/ordering';

const BADGE: Record<OrderStatus, string> = {
  SUBMITTED: 'fr-badge--new',
  APPROVED: 'fr-badge--info',
  REJECTED: 'fr-badge--error',
  ACCEPTED: 'fr-badge--info',
  REFUSED: 'fr-badge--error',
  READY: 'fr-badge--info',
  DELIVERED: 'fr-badge--success',
  INVOICED: 'fr-badge--success',
  PAID: 'fr-badge--success',
  CANCELLED: 'fr-badge--warning',
  EXPIRED: 'fr-badge--warning',
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`fr-badge fr-badge--sm ${BADGE[status]}`} data-testid="order-status">
      {t(`ordering.status.${status}`)}
    </span>
  );
}
