import '../components/invoicing.css';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { Alert, problemText } from '../../../components/form';
import { DataTable, type Column } from '../../../components/list/DataTable';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { ApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { formatEuros } from '../../../lib/money';
import { useSession } from '../../../lib/session';
import { invoiceCiiUrl, invoicePdfUrl, type Invoice, type InvoiceLine } from '../api/invoicing';
import { useInvoice, usePaymentOptions } from '../api/queries';
import { CardPayment, StripeMirrorLine } from '../components/CardPayment';
import { CreditNotesSection } from '../components/CreditNotesSection';
import { formatVatRate } from '../components/format';
import { InvoiceStatusBadge } from '../components/InvoiceStatusBadge';
import { OverdueNotice } from '../components/OverdueNotice';
import { PaymentClock } from '../components/PaymentClock';
import { PaymentsSection } from '../components/PaymentsSection';

/** One invoice or credit note: what it says, its downloads, and the payments and credit notes around it. */
export function InvoicePage() {
  return (
    <RequireSession>
      <InvoiceContent />
    </RequireSession>
  );
}

function documentTitle(invoice: Invoice | null, t: TFunction): string {
  if (invoice === null) return t('invoicing.invoice.title');
  return invoice.kind === 'CREDIT_NOTE'
    ? t('invoicing.creditNoteNumber', { number: invoice.number })
    : t('invoicing.invoiceNumber', { number: invoice.number });
}

function InvoiceContent() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const query = useInvoice(id);
  const invoice = query.data ?? null;
  const missing = query.error instanceof ApiError && query.error.status === 404;
  useDocumentTitle(missing ? t('invoicing.invoice.notFound') : documentTitle(invoice, t));
  const issued = (location.state as { issued?: string } | null)?.issued;

  if (missing) {
    return (
      <div className="fr-container fr-py-6w">
        <h1>{t('invoicing.invoice.notFound')}</h1>
        <p>
          <Link to="/factures">{t('invoicing.invoice.backToList')}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="fr-container fr-py-6w">
      {issued !== undefined && invoice !== null && (
        <Alert kind="success" testId="invoice-issued">
          {invoice.kind === 'CREDIT_NOTE' ? t('invoicing.invoice.creditNoteIssued', { number: issued }) : t('invoicing.invoice.issued', { number: issued })}
        </Alert>
      )}
      {query.isError && <Alert kind="error">{problemText(query.error, t('form.unexpected'))}</Alert>}
      {invoice === null ? (
        !query.isError && <p aria-live="polite">{t('session.loading')}</p>
      ) : (
        <InvoiceView invoice={invoice} title={documentTitle(invoice, t)} />
      )}
    </div>
  );
}

function InvoiceView({ invoice, title }: { invoice: Invoice; title: string }) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const lang = i18n.language;
  const buyer = me?.organisationKind === 'BUYER';
  const creditNote = invoice.kind === 'CREDIT_NOTE';
  // Stripe off answers stripeEnabled false; a failure only hides the Stripe parts.
  const paymentOptions = usePaymentOptions(invoice.id, !creditNote).data;

  const columns: Column<InvoiceLine>[] = [
    {
      id: 'description',
      header: t('invoicing.lines.description'),
      rowHeader: true,
      cell: (line) => (
        <>
          {line.description}
          {(line.sku ?? '') !== '' && (
            <>
              <br />
              <span className="fr-hint-text">{line.sku}</span>
            </>
          )}
        </>
      ),
    },
    { id: 'quantity', header: t('invoicing.lines.quantity'), className: 'boucle-amount', cell: (line) => line.quantity },
    {
      id: 'unit',
      header: t('invoicing.lines.unitPrice'),
      className: 'boucle-amount',
      cell: (line) => formatEuros(line.unitPriceExclVatCents, lang),
    },
    { id: 'vat', header: t('invoicing.lines.vatRate'), cell: (line) => formatVatRate(line.vatRateBp, lang) },
    { id: 'total', header: t('invoicing.lines.lineExcl'), className: 'boucle-amount', cell: (line) => formatEuros(line.lineExclVatCents, lang) },
  ];

  return (
    <>
      <div className="boucle-page-head">
        <h1 className="fr-mb-1w">
          {title} <InvoiceStatusBadge status={invoice.status} kind={invoice.kind} />
        </h1>
      </div>
      {!creditNote && (
        <p className="fr-text--lead fr-mb-2w" data-testid="invoice-clock-line">
          {t('invoicing.invoice.dueLine', { amount: formatEuros(invoice.dueCents, lang) })} <PaymentClock invoice={invoice} />
        </p>
      )}
      <OverdueNotice invoice={invoice} buyer={buyer} />
      {!creditNote && <StripeMirrorLine options={paymentOptions} />}
      {buyer && <CardPayment invoice={invoice} options={paymentOptions} />}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li>
          <a className="fr-btn fr-btn--secondary fr-icon-download-line" href={invoicePdfUrl(invoice.id)} download data-testid="invoice-pdf">
            {t('invoicing.invoice.pdf')}
          </a>
        </li>
        <li>
          <a className="fr-btn fr-btn--secondary fr-icon-download-line" href={invoiceCiiUrl(invoice.id)} download data-testid="invoice-cii">
            {t('invoicing.invoice.cii')}
          </a>
        </li>
      </ul>

      <div className="fr-grid-row fr-grid-row--gutters fr-mb-3w">
        <div className="fr-col-12 fr-col-md-6">
          <h2 className="fr-h5">{t('invoicing.invoice.parties')}</h2>
          <dl className="boucle-dl">
            <dt>{t('invoicing.supplier')}</dt>
            <dd>{invoice.supplier.name}</dd>
            <dt>{t('invoicing.buyer')}</dt>
            <dd>
              {invoice.buyer.name}
              {(invoice.serviceName ?? '') !== '' && <> — {invoice.serviceName}</>}
            </dd>
            {(invoice.agreementReference ?? '') !== '' && (
              <>
                <dt>{t('invoicing.invoice.agreement')}</dt>
                <dd>
                  {invoice.agreementReference}
                  {(invoice.lotLabel ?? '') !== '' && <> — {invoice.lotLabel}</>}
                </dd>
              </>
            )}
            {invoice.orderId != null && (
              <>
                <dt>{t('invoicing.invoice.order')}</dt>
                <dd>
                  <Link to={`/commandes/${invoice.orderId}`}>{invoice.orderNumber ?? invoice.orderId}</Link>
                </dd>
              </>
            )}
          </dl>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <h2 className="fr-h5">{t('invoicing.invoice.dates')}</h2>
          <dl className="boucle-dl">
            <dt>{t('invoicing.issueDate')}</dt>
            <dd>{formatDate(invoice.issueDate, lang)}</dd>
            {!creditNote && (
              <>
                <dt>{t('invoicing.dueDate')}</dt>
                <dd>{formatDate(invoice.dueDate, lang)}</dd>
              </>
            )}
            {creditNote && invoice.correctedInvoiceId != null && (
              <>
                <dt>{t('invoicing.invoice.corrects')}</dt>
                <dd>
                  <Link to={`/factures/${invoice.correctedInvoiceId}`} data-testid="corrected-invoice">
                    {t('invoicing.invoiceNumber', { number: invoice.correctedInvoiceNumber ?? invoice.correctedInvoiceId })}
                  </Link>
                </dd>
              </>
            )}
          </dl>
        </div>
      </div>

      <DataTable testId="invoice-lines" caption={t('invoicing.lines.caption')} columns={columns} rows={invoice.lines} rowKey={(line) => String(line.number)} />
      {(invoice.vatMention ?? '') !== '' && (
        <p className="fr-text--sm" data-testid="invoice-vat-mention">
          {invoice.vatMention}
        </p>
      )}
      <dl className="boucle-invoice-totals fr-mb-6w" data-testid="invoice-totals">
        <div>
          <dt>{t('invoicing.totals.exclVat')}</dt>
          <dd>{formatEuros(invoice.totalExclVatCents, lang)}</dd>
        </div>
        <div>
          <dt>{t('invoicing.totals.vat')}</dt>
          <dd>{formatEuros(invoice.totalVatCents, lang)}</dd>
        </div>
        <div>
          <dt>{t('invoicing.totals.inclVat')}</dt>
          <dd>{formatEuros(invoice.totalInclVatCents, lang)}</dd>
        </div>
        {!creditNote && (
          <>
            <div>
              <dt>{t('invoicing.totals.paid')}</dt>
              <dd>{formatEuros(invoice.paidCents, lang)}</dd>
            </div>
            <div className="boucle-invoice-total-due">
              <dt>{t('invoicing.totals.due')}</dt>
              <dd>{formatEuros(invoice.dueCents, lang)}</dd>
            </div>
          </>
        )}
      </dl>

      {!creditNote && <PaymentsSection invoice={invoice} />}
      <CreditNotesSection invoice={invoice} />
    </>
  );
}
