import '../../../components/procurement.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { Alert, problemText } from '../../../components/form';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { formatDate, formatDateTime } from '../../../lib/format';
import { formatEuros } from '../../../lib/money';
import { useSession } from '../../../lib/session';
import { fetchOrders, ORDER_STATUSES, type OrderStatus, type OrderSummary, type Page } from '../api/ordering';
import { OrderStatusBadge } from '../components/OrderStatusBadge';

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
  const [params, setParams] = useSearchParams();
  const status = params.getAll('statut').filter((s): s is OrderStatus => (ORDER_STATUSES as readonly string[]).includes(s));
  const q = params.get('q') ?? '';
  const sortParam = params.get('tri') ?? '';
  const sort = (SORTS as readonly string[]).includes(sortParam) ? sortParam : 'submittedAt,desc';
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '1', 10) - 1 || 0);
  const awaitingMe = inbox || params.get('aTraiter') === '1';
  const [data, setData] = useState<Page<OrderSummary> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [search, setSearch] = useState(q);
  const placed = (location.state as { placed?: string[] } | null)?.placed;
  // The approver's inbox is what waits for their approval; the other statuses stay one filter away.
  const statusKey = status.length === 0 && inbox ? 'SUBMITTED' : status.join(',');

  useEffect(() => {
    let active = true;
    fetchOrders({ status: statusKey === '' ? [] : (statusKey.split(',') as OrderStatus[]), q, awaitingMe, page, size: PAGE_SIZE, sort })
      .then((answer) => {
        if (active) {
          setData(answer);
          setError(null);
        }
      })
      .catch((failure: unknown) => {
        if (active) setError(problemText(failure, t('form.unexpected')));
      });
    return () => {
      active = false;
    };
  }, [statusKey, q, awaitingMe, page, sort, t]);

  function setParam(changes: Record<string, string | string[] | null>) {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      next.delete(key);
      if (Array.isArray(value)) for (const v of value) next.append(key, v);
      else if (value !== null && value !== '') next.set(key, value);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  }

  const pages = data === null ? 0 : Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  return (
    <div className="fr-container fr-py-6w">
      <h1>{title}</h1>
      {Array.isArray(placed) && placed.length > 0 && (
        <Alert kind="success" testId="orders-placed">
          {t('ordering.list.placed', { numbers: placed.join(', ') })}
        </Alert>
      )}
      <form
        className="fr-grid-row fr-grid-row--gutters fr-mb-3w"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setParam({ q: search });
        }}
      >
        <div className="fr-col-12 fr-col-md-4">
          <div className="fr-input-group">
            <label className="fr-label" htmlFor="orders-q">
              {t('ordering.list.search')}
            </label>
            <input
              id="orders-q"
              className="fr-input"
              type="search"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
              }}
            />
          </div>
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <div className="fr-select-group">
            <label className="fr-label" htmlFor="orders-status">
              {t('ordering.list.status')}
            </label>
            <select
              id="orders-status"
              className="fr-select"
              value={status[0] ?? (inbox ? 'SUBMITTED' : '')}
              onChange={(e) => {
                setParam({ statut: e.target.value === '' ? [] : [e.target.value] });
              }}
            >
              <option value="">{t('ordering.list.allStatuses')}</option>
              {ORDER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`ordering.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <div className="fr-select-group">
            <label className="fr-label" htmlFor="orders-sort">
              {t('ordering.list.sort')}
            </label>
            <select
              id="orders-sort"
              className="fr-select"
              value={sort}
              onChange={(e) => {
                setParam({ tri: e.target.value });
              }}
            >
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`ordering.list.sorts.${s.replace(',', '_')}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="fr-col-12 fr-col-md-2 boucle-align-end">
          <button type="submit" className="fr-btn fr-mt-4w">
            {t('ordering.list.apply')}
          </button>
        </div>
        {!inbox && (
          <div className="fr-col-12">
            <div className="fr-checkbox-group">
              <input
                type="checkbox"
                id="orders-awaiting"
                checked={awaitingMe}
                onChange={(e) => {
                  setParam({ aTraiter: e.target.checked ? '1' : null });
                }}
              />
              <label className="fr-label" htmlFor="orders-awaiting">
                {t('ordering.list.awaitingMe')}
              </label>
            </div>
          </div>
        )}
      </form>
      {error !== null && <Alert kind="error">{error}</Alert>}
      {data === null ? (
        error === null && <p aria-live="polite">{t('session.loading')}</p>
      ) : data.items.length === 0 ? (
        <p data-testid="orders-empty">{inbox ? t('ordering.list.noApprovals') : t('ordering.list.empty')}</p>
      ) : (
        <>
          <div className="fr-table">
            <table data-testid="orders-table">
              <caption>{t('ordering.list.caption', { page: data.page + 1, pages, total: data.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ordering.order.number')}</th>
                  <th scope="col">{t('ordering.order.status')}</th>
                  <th scope="col">{supplier ? t('ordering.order.buyer') : t('ordering.order.supplier')}</th>
                  <th scope="col">{t('ordering.order.service')}</th>
                  <th scope="col">{t('ordering.order.lot')}</th>
                  <th scope="col">{t('ordering.order.totalIncl')}</th>
                  <th scope="col">{t('ordering.order.deliveryDate')}</th>
                  <th scope="col">{t('ordering.order.submittedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((order) => (
                  <tr key={order.id}>
                    <td>
                      <Link to={`/commandes/${order.id}`}>{order.number ?? t('ordering.order.numberPending')}</Link>
                    </td>
                    <td>
                      <OrderStatusBadge status={order.status} />
                    </td>
                    <td>{supplier ? order.buyer.legalName : order.supplier.legalName}</td>
                    <td>{order.serviceName}</td>
                    <td>
                      {order.agreementReference} — {t('ordering.lotNumber', { number: order.lotNumber })}
                    </td>
                    <td>{formatEuros(order.totals.inclVatCents, i18n.language)}</td>
                    <td>{formatDate(order.deliveryDate, i18n.language)}</td>
                    <td>{formatDateTime(order.submittedAt, i18n.language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav role="navigation" className="fr-pagination" aria-label={t('ordering.list.pagination')}>
            <ul className="fr-pagination__list">
              <li>
                <button
                  type="button"
                  className="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label"
                  disabled={data.page <= 0}
                  onClick={() => {
                    setParam({ page: String(data.page) });
                  }}
                >
                  {t('audit.previous')}
                </button>
              </li>
              <li>
                <span className="fr-pagination__link" aria-current="page">
                  {t('audit.pageOf', { page: data.page + 1, pages })}
                </span>
              </li>
              <li>
                <button
                  type="button"
                  className="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label"
                  disabled={data.page + 1 >= pages}
                  onClick={() => {
                    setParam({ page: String(data.page + 2) });
                  }}
                >
                  {t('audit.next')}
                </button>
              </li>
            </ul>
          </nav>
        </>
      )}
    </div>
  );
}
