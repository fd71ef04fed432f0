import { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import { useTranslation } from 'react-i18next';
import type { InvoiceKind, InvoiceStatus } from '../api/invoicing';

const SEVERITY: Record<InvoiceStatus, NonNullable<BadgeProps['severity']>> = {
  ISSUED: 'info',
  PARTIALLY_PAID: 'new',
  PAID: 'success',
  CREDITED: 'warning',
};

/** The status of an invoice (lateness is the payment clock's to say), or "Avoir" for a credit note. */
export function InvoiceStatusBadge({ status, kind }: { status: InvoiceStatus; kind: InvoiceKind }) {
  const { t } = useTranslation();
  if (kind === 'CREDIT_NOTE') {
    return (
      <Badge as="span" small severity="warning" noIcon data-testid="invoice-status">
        {t('invoicing.creditNoteIssued')}
      </Badge>
    );
  }
  return (
    <Badge as="span" small severity={SEVERITY[status]} data-testid="invoice-status">
      {t(`invoicing.status.${status}`)}
    </Badge>
  );
}
