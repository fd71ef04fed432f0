import { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '../api/ordering';

const SEVERITY: Record<OrderStatus, NonNullable<BadgeProps['severity']>> = {
  SUBMITTED: 'new',
  APPROVED: 'info',
  REJECTED: 'error',
  ACCEPTED: 'info',
  REFUSED: 'error',
  READY: 'info',
  DELIVERED: 'success',
  INVOICED: 'success',
  PAID: 'success',
  CANCELLED: 'warning',
  EXPIRED: 'warning',
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return (
    <Badge as="span" small severity={SEVERITY[status]} data-testid="order-status">
      {t(`ordering.status.${status}`)}
    </Badge>
  );
}
