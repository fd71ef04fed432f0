import '../../../components/procurement.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { Alert, problemText } from '../../../components/form';
import { DataTable, type Column } from '../../../components/list/DataTable';
import { FilterBar, FilterSearch, FilterSelect } from '../../../components/list/FilterBar';
import { Pager } from '../../../components/list/Pager';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { formatDate, formatDateTime } from '../../../lib/format';
import { formatEuros } from '../../../lib/money';
import { pageCount } from '../../../lib/page';
import { useSession } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import { ORDER_STATUSES, type OrderStatus, type OrderSummary } from '../api/ordering';
import { useOrders } from '../api/queries';
import { OrderStatusBadge } from '../components/OrderStatusBadge';
import { UserText } from '../../../components/UserText';

const PAGE_SIZE = 20;
const SORTS = ['submittedAt,desc', 'submittedAt,asc', 'updatedAt,desc', 'number,desc', 'total,desc', 'total,asc', 'deliveryDate,asc'] as const;

/** Every order the person may see (buyer side: their services or organisation; supplier: its inbox). */
export function OrdersPage() {
  return (
    <RequireSession>
      <OrdersList inbox={false} />
    </RequireSession>
  );
}

/** The approver's inbox: orders of their services waiting for their approval. */
export function ApprovalsPage() {
  return (
    <RequireSession role="APPROVER">
      <OrdersList inbox />
    </RequireSession>
  );
}

function OrdersList({ inbox }: { inbox: boolean }) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const supplier = me?.organisationKind === 'SUPPLIER';
  const title = inbox ? t('ordering.list.approvalsTitle') : supplier ? t('ordering.list.supplierTitle') : t('ordering.list.title');
  useDocumentTitle(title);
  const { params, page, update } = useListParams();
  const status = params.getAll('statut').filter((s): s is OrderStatus => (ORDER_STATUSES as readonly string[]).includes(s));
  const q = params.get('q') ?? '';
  const sortParam = params.get('tri') ?? '';
  const sort = (SORTS as readonly string[]).includes(sortParam) ? sortParam : 'submittedAt,desc';
  const awaitingMe = inbox || params.get('aTraiter') === '1';
  const [search, setSearch] = useState(q);
  const placed = (location.state as { placed?: string[] } | null)?.placed;
  // The approver's inbox is what waits for their approval; the other statuses stay one filter away.
  const queried: OrderStatus[] = status.length === 0 && inbox ? ['SUBMITTED'] : status;
  const orders = useOrders({ status: queried, q, awaitingMe, page: page - 1, size: PAGE_SIZE, sort });
  const data = orders.data;
  const error = orders.isError ? problemText(orders.error, t('form.unexpected')) : null;

  const columns: Column<OrderSummary>[] = [
    {
      id: 'number',
      header: t('ordering.order.number'),
      cell: (order) => <Link to={`/commandes/${order.id}`}>{order.number ?? t('ordering.order.numberPending')}</Link>,
    },
    { id: 'status', header: t('ordering.order.status'), cell: (order) => <OrderStatusBadge status={order.status} /> },
    {
      id: 'party',
      header: supplier ? t('ordering.order.buyer') : t('ordering.order.supplier'),
      cell: (order) => <UserText>{supplier ? order.buyer.legalName : order.supplier.legalName}</UserText>,
    },
    { id: 'service', header: t('ordering.order.service'), cell: (order) => <UserText>{order.serviceName}</UserText> },
    {
      id: 'lot',
      header: t('ordering.order.lot'),
      cell: (order) => `${order.agreementReference} — ${t('ordering.lotNumber', { number: order.lotNumber })}`,
    },
    { id: 'total', header: t('ordering.order.totalIncl'), cell: (order) => formatEuros(order.totals.inclVatCents, i18n.language) },
    { id: 'delivery', header: t('ordering.order.deliveryDate'), cell: (order) => formatDate(order.deliveryDate, i18n.language) },
    { id: 'submitted', header: t('ordering.order.submittedAt'), cell: (order) => formatDateTime(order.submittedAt, i18n.language) },
  ];

  const pages = data === undefined ? 0 : pageCount(data.total, PAGE_SIZE);
  return (
    <div className="fr-container fr-py-6w">
      <h1>{title}</h1>
      {Array.isArray(placed) && placed.length > 0 && (
        <Alert kind="success" testId="orders-placed">
          {t('ordering.list.placed', { numbers: placed.join(', ') })}
        </Alert>
      )}
      <FilterBar
        submitLabel={t('ordering.list.apply')}
        onSubmit={() => {
          update({ q: search });
        }}
        after={
          !inbox && (
            <div className="fr-col-12">
              <div className="fr-checkbox-group">
                <input
                  type="checkbox"
                  id="orders-awaiting"
                  checked={awaitingMe}
                  onChange={(e) => {
                    update({ aTraiter: e.target.checked ? '1' : null });
                  }}
                />
                <label className="fr-label" htmlFor="orders-awaiting">
                  {t('ordering.list.awaitingMe')}
                </label>
              </div>
            </div>
          )
        }
      >
        <FilterSearch id="orders-q" label={t('ordering.list.search')} value={search} onChange={setSearch} />
        <FilterSelect
          id="orders-status"
          label={t('ordering.list.status')}
          value={status[0] ?? (inbox ? 'SUBMITTED' : '')}
          onChange={(value) => {
            update({ statut: value === '' ? [] : [value] });
          }}
          allLabel={t('ordering.list.allStatuses')}
          options={ORDER_STATUSES.map((s) => ({ value: s, label: t(`ordering.status.${s}`) }))}
        />
        <FilterSelect
          id="orders-sort"
          label={t('ordering.list.sort')}
          value={sort}
          onChange={(value) => {
            update({ tri: value });
          }}
          options={SORTS.map((s) => ({ value: s, label: t(`ordering.list.sorts.${s.replace(',', '_')}`) }))}
        />
      </FilterBar>
      {error !== null && <Alert kind="error">{error}</Alert>}
      {data === undefined ? (
        error === null && <p aria-live="polite">{t('session.loading')}</p>
      ) : data.items.length === 0 ? (
        <p data-testid="orders-empty">{inbox ? t('ordering.list.noApprovals') : t('ordering.list.empty')}</p>
      ) : (
        <>
          <DataTable
            tableTestId="orders-table"
            caption={t('ordering.list.caption', { page: data.page + 1, pages, total: data.total })}
            columns={columns}
            rows={data.items}
            rowKey={(order) => order.id}
          />
          <Pager
            page={data.page + 1}
            pages={pages}
            label={t('ordering.list.pagination')}
            onPage={(target) => {
              update({ page: String(target) });
            }}
          />
        </>
      )}
    </div>
  );
}
