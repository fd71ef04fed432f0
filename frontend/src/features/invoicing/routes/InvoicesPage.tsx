import '../components/invoicing.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert, problemText } from '../../../components/form';
import { DataTable, type Column, type TableSort } from '../../../components/list/DataTable';
import { FilterBar, FilterSelect } from '../../../components/list/FilterBar';
import { Pager } from '../../../components/list/Pager';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { formatDate } from '../../../lib/format';
import { formatEuros } from '../../../lib/money';
import { pageCount } from '../../../lib/page';
import { useSession } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import {
  INVOICE_KINDS,
  INVOICE_STATUSES,
  invoicesCsvUrl,
  type InvoiceKind,
  type InvoiceStatus,
  type InvoiceSummary,
} from '../api/invoicing';
import { useInvoices } from '../api/queries';
import { InvoiceStatusBadge } from '../components/InvoiceStatusBadge';
import { PaymentClock } from '../components/PaymentClock';
import { UserText } from '../../../components/UserText';

const PAGE_SIZE = 20;
const DEFAULT_SORT = 'issueDate,desc';
const SORT_KEYS = ['number', 'issueDate', 'dueDate', 'total', 'due'] as const;

/** "issueDate,desc" (the address and the API) ↔ the table's sort. */
function tableSort(sort: string): TableSort {
  const [key = 'issueDate', direction] = sort.split(',');
  return { key, direction: direction === 'asc' ? 'ascending' : 'descending' };
}

function validSort(sort: string | null): string {
  if (sort === null) return DEFAULT_SORT;
  const [key, direction] = sort.split(',');
  return (SORT_KEYS as readonly string[]).includes(key ?? '') && (direction === 'asc' || direction === 'desc') ? sort : DEFAULT_SORT;
}

/** The organisation's invoices: "Factures" for a supplier, "Factures à payer" for a buyer. */
export function InvoicesPage() {
  return (
    <RequireSession>
      <InvoicesList />
    </RequireSession>
  );
}

function InvoicesList() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const supplier = me?.organisationKind === 'SUPPLIER';
  const title = supplier ? t('invoicing.list.supplierTitle') : t('invoicing.list.buyerTitle');
  useDocumentTitle(title);
  const { params, page, update } = useListParams();
  const statusParam = params.get('statut') ?? '';
  const status = (INVOICE_STATUSES as readonly string[]).includes(statusParam) ? (statusParam as InvoiceStatus) : '';
  const kindParam = params.get('type') ?? '';
  const kind = (INVOICE_KINDS as readonly string[]).includes(kindParam) ? (kindParam as InvoiceKind) : '';
  const overdue = params.get('retard') === '1';
  const sort = validSort(params.get('tri'));
  const invoices = useInvoices({ page: page - 1, size: PAGE_SIZE, sort, status, kind, overdue });
  const data = invoices.data;
  const error = invoices.isError ? problemText(invoices.error, t('form.unexpected')) : null;
  const lang = i18n.language;

  const columns: (Column<InvoiceSummary> | false)[] = [
    {
      id: 'number',
      header: t('invoicing.number'),
      rowHeader: true,
      sortKey: 'number',
      cell: (invoice) => (
        <>
          <Link to={`/factures/${invoice.id}`}>{invoice.number}</Link>
          {invoice.kind === 'CREDIT_NOTE' && (
            <>
              <br />
              <span className="fr-hint-text">{t('invoicing.kind.CREDIT_NOTE')}</span>
            </>
          )}
        </>
      ),
    },
    supplier && { id: 'buyer', header: t('invoicing.buyer'), cell: (invoice) => <UserText>{invoice.buyer.name}</UserText> },
    !supplier && { id: 'supplier', header: t('invoicing.supplier'), cell: (invoice) => <UserText>{invoice.supplier.name}</UserText> },
    !supplier && { id: 'service', header: t('invoicing.service'), cell: (invoice) => <UserText>{invoice.serviceName ?? '—'}</UserText> },
    {
      id: 'issueDate',
      header: t('invoicing.issueDate'),
      sortKey: 'issueDate',
      firstDirection: 'descending',
      cell: (invoice) => formatDate(invoice.issueDate, lang),
    },
    { id: 'dueDate', header: t('invoicing.dueDate'), sortKey: 'dueDate', cell: (invoice) => formatDate(invoice.dueDate, lang) },
    { id: 'clock', header: t('invoicing.clock.header'), cell: (invoice) => <PaymentClock invoice={invoice} /> },
    {
      id: 'status',
      header: t('invoicing.statusHeader'),
      cell: (invoice) => <InvoiceStatusBadge status={invoice.status} kind={invoice.kind} />,
    },
    {
      id: 'total',
      header: t('invoicing.totalIncl'),
      sortKey: 'total',
      firstDirection: 'descending',
      className: 'boucle-amount',
      cell: (invoice) => formatEuros(invoice.totalInclVatCents, lang),
    },
    {
      id: 'due',
      header: t('invoicing.due'),
      sortKey: 'due',
      firstDirection: 'descending',
      className: 'boucle-amount',
      cell: (invoice) => formatEuros(invoice.dueCents, lang),
    },
  ];

  const pages = data === undefined ? 1 : pageCount(data.total, PAGE_SIZE);
  const href = (target: number) => {
    const next = new URLSearchParams(params);
    if (target <= 1) next.delete('page');
    else next.set('page', String(target));
    const qs = next.toString();
    return qs === '' ? '/factures' : `/factures?${qs}`;
  };
  const filtered = status !== '' || kind !== '' || overdue;
  return (
    <div className="fr-container fr-py-6w">
      <div className="boucle-page-head">
        <h1>{title}</h1>
        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
          <li>
            <a
              className="fr-btn fr-btn--secondary fr-icon-download-line"
              href={invoicesCsvUrl({ status, kind, overdue })}
              download
              data-testid="invoices-csv"
            >
              {t('invoicing.list.csv')}
            </a>
          </li>
        </ul>
      </div>
      <FilterBar
        onSubmit={() => undefined}
        after={
          <div className="fr-col-12">
            <div className="fr-checkbox-group">
              <input
                type="checkbox"
                id="invoices-overdue"
                checked={overdue}
                onChange={(e) => {
                  update({ retard: e.target.checked ? '1' : null });
                }}
              />
              <label className="fr-label" htmlFor="invoices-overdue">
                {t('invoicing.list.overdueOnly')}
              </label>
            </div>
          </div>
        }
      >
        <FilterSelect
          id="invoices-status"
          label={t('invoicing.statusHeader')}
          value={status}
          onChange={(value) => {
            update({ statut: value });
          }}
          allLabel={t('invoicing.list.allStatuses')}
          options={INVOICE_STATUSES.map((s) => ({ value: s, label: t(`invoicing.status.${s}`) }))}
        />
        <FilterSelect
          id="invoices-kind"
          label={t('invoicing.list.kind')}
          value={kind}
          onChange={(value) => {
            update({ type: value });
          }}
          allLabel={t('invoicing.list.allKinds')}
          options={INVOICE_KINDS.map((k) => ({ value: k, label: t(`invoicing.kind.${k}`) }))}
        />
      </FilterBar>
      {error !== null && <Alert kind="error">{error}</Alert>}
      {data === undefined ? (
        error === null && <p aria-live="polite">{t('session.loading')}</p>
      ) : data.items.length === 0 ? (
        <p data-testid="invoices-empty" role="status">
          {filtered ? t('invoicing.list.noMatch') : supplier ? t('invoicing.list.emptySupplier') : t('invoicing.list.emptyBuyer')}
        </p>
      ) : (
        <>
          <DataTable
            tableTestId="invoices-table"
            caption={t('invoicing.list.caption', { page, pages, total: data.total })}
            columns={columns}
            rows={data.items}
            rowKey={(invoice) => invoice.id}
            rowTestId={(invoice) => `invoice-row-${invoice.number}`}
            sort={tableSort(sort)}
            onSort={(next) => {
              const value = `${next.key},${next.direction === 'ascending' ? 'asc' : 'desc'}`;
              update({ tri: value === DEFAULT_SORT ? null : value });
            }}
          />
          {pages > 1 && <Pager className="fr-mt-3w" page={page} pages={pages} label={t('invoicing.list.pagination')} href={href} />}
        </>
      )}
    </div>
  );
}
