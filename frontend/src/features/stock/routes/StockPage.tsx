import { useEffect, useMemo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert } from '../../../components/form';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { formatDate } from '../../../lib/format';
import { formatDecimalEuros } from '../../../lib/money';
import { fetchListings, LISTING_STATUSES, type ListingRow, type ListingView, type Page } from '../api/stock';
import { QuantityCell } from '../components/QuantityCell';
import { ListingStatusBadge } from '../components/StatusBadge';
import { flatCategories, useCategoryTree } from '../components/useStockReferences';

export const SUPPLIER_ROLES: readonly string[] = ['SUPPLIER_ADMIN', 'SUPPLIER_STAFF'];
const PAGE_SIZE = 20;
const DEFAULT_SORT = '-updated';

type SortKey = 'sku' | 'title' | 'price' | 'available' | 'status' | 'updated';

type State = { kind: 'loading' } | { kind: 'failed' } | { kind: 'done'; page: Page<ListingRow> };

/** "Mon stock": the supplier's listings; the whole view (search, filters, sort, page) lives in the URL. */
export function StockPage() {
  return (
    <RequireSession anyRole={SUPPLIER_ROLES}>
      <StockTable />
    </RequireSession>
  );
}

function StockTable() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('stock.title'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = params.get('status') ?? '';
  const category = params.get('category') ?? '';
  const sort = params.get('sort') ?? DEFAULT_SORT;
  const pageNumber = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const tree = useCategoryTree(i18n.language);
  const categories = useMemo(() => flatCategories(tree), [tree]);
  const labels = useMemo(() => new Map(categories.map((c) => [c.id, c.label])), [categories]);

  const apiQuery = useMemo(() => {
    const query = new URLSearchParams();
    if (q.trim() !== '') query.set('q', q.trim());
    if (status !== '') query.set('status', status);
    if (category !== '') query.set('categoryId', category);
    query.set('sort', sort);
    query.set('page', String(pageNumber - 1));
    query.set('size', String(PAGE_SIZE));
    return query.toString();
  }, [q, status, category, sort, pageNumber]);
  const [attempt, setAttempt] = useState(0);
  const requestKey = `${apiQuery}#${String(attempt)}`;
  const [outcome, setOutcome] = useState<{ key: string; state: State } | null>(null);
  const state: State = outcome?.key === requestKey ? outcome.state : { kind: 'loading' };

  useEffect(() => {
    const controller = new AbortController();
    const key = `${apiQuery}#${String(attempt)}`;
    fetchListings(new URLSearchParams(apiQuery), controller.signal)
      .then((page) => {
        if (!controller.signal.aborted) setOutcome({ key, state: { kind: 'done', page } });
      })
      .catch(() => {
        if (!controller.signal.aborted) setOutcome({ key, state: { kind: 'failed' } });
      });
    return () => {
      controller.abort();
    };
  }, [apiQuery, attempt]);

  /** Changes the view in the URL; any change but paging goes back to the first page. */
  function refine(change: (next: URLSearchParams) => void, keepPage = false) {
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      change(next);
      if (!keepPage) next.delete('page');
      return next;
    });
  }
  const setOrDelete = (name: string, value: string) => (next: URLSearchParams) => {
    if (value === '') next.delete(name);
    else next.set(name, value);
  };

  function onRowSaved(view: ListingView) {
    setOutcome((previous) => {
      if (previous?.state.kind !== 'done') return previous;
      const page = previous.state.page;
      const items = page.items.map((row) =>
        row.id === view.id
          ? { ...row, availableQuantity: view.availableQuantity, reservedQuantity: view.reservedQuantity, status: view.status, updatedAt: view.updatedAt, version: view.version }
          : row,
      );
      return { key: previous.key, state: { kind: 'done', page: { ...page, items } } };
    });
  }

  const sortBy = (next: string) => {
    refine(setOrDelete('sort', next === DEFAULT_SORT ? '' : next));
  };

  const filtered = q !== '' || status !== '' || category !== '';
  return (
    <div className="fr-container fr-py-6w">
      <div className="boucle-page-head">
        <h1>{t('stock.heading')}</h1>
        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
          <li>
            <Link className="fr-btn fr-icon-add-line" to="/stock/nouvelle">
              {t('stock.newListing')}
            </Link>
          </li>
          <li>
            <Link className="fr-btn fr-btn--secondary fr-icon-upload-line" to="/stock/import">
              {t('stock.importFile')}
            </Link>
          </li>
        </ul>
      </div>
      <Filters
        key={q}
        q={q}
        status={status}
        category={category}
        categories={categories}
        onSearch={(value) => {
          refine(setOrDelete('q', value.trim()));
        }}
        onStatus={(value) => {
          refine(setOrDelete('status', value));
        }}
        onCategory={(value) => {
          refine(setOrDelete('category', value));
        }}
      />
      {state.kind === 'loading' && <p aria-live="polite">{t('session.loading')}</p>}
      {state.kind === 'failed' && (
        <Alert kind="error">
          <p>{t('stock.loadFailed')}</p>
          <button
            type="button"
            className="fr-btn fr-btn--sm fr-btn--secondary fr-mt-1w"
            onClick={() => {
              setAttempt((n) => n + 1);
            }}
          >
            {t('stock.retry')}
          </button>
        </Alert>
      )}
      {state.kind === 'done' &&
        (state.page.total === 0 && !filtered ? (
          <EmptyStock />
        ) : state.page.items.length === 0 ? (
          <div className="fr-my-4w">
            <p>{t('stock.noMatch')}</p>
            <button
              type="button"
              className="fr-btn fr-btn--secondary"
              onClick={() => {
                setParams(new URLSearchParams());
              }}
            >
              {t('stock.clearFilters')}
            </button>
          </div>
        ) : (
          <>
            <div className="fr-table fr-table--no-caption-top boucle-stock-table" data-testid="stock-table">
              <div className="fr-table__wrapper">
                <div className="fr-table__container">
                  <div className="fr-table__content">
                    <table>
                      <caption>
                        {t('stock.caption', {
                          count: state.page.total,
                          page: pageNumber,
                          pages: Math.max(1, Math.ceil(state.page.total / PAGE_SIZE)),
                        })}
                      </caption>
                      <thead>
                        <tr>
                          <SortHeader column="sku" label={t('stock.colSku')} sort={sort} onSort={sortBy} />
                          <SortHeader column="title" label={t('stock.colTitle')} sort={sort} onSort={sortBy} />
                          <th scope="col">{t('stock.colCategory')}</th>
                          <th scope="col">{t('stock.colCondition')}</th>
                          <SortHeader column="price" label={t('stock.colPrice')} sort={sort} onSort={sortBy} />
                          <SortHeader column="available" label={t('stock.colAvailable')} sort={sort} onSort={sortBy} />
                          <SortHeader column="status" label={t('stock.colStatus')} sort={sort} onSort={sortBy} />
                          <SortHeader column="updated" label={t('stock.colUpdated')} sort={sort} onSort={sortBy} />
                        </tr>
                      </thead>
                      <tbody>
                        {state.page.items.map((row) => (
                          <tr key={row.id} data-testid={`stock-row-${row.sku}`}>
                            <td>
                              <code>{row.sku}</code>
                            </td>
                            <th scope="row">
                              <Link to={`/stock/${row.id}`}>{row.title}</Link>
                            </th>
                            <td>{labels.get(row.categoryId) ?? row.categoryId}</td>
                            <td>{t(`condition.${row.condition}`, { defaultValue: row.condition })}</td>
                            <td className="boucle-amount">{formatDecimalEuros(row.priceExclVat, i18n.language)}</td>
                            <td>
                              <QuantityCell row={row} onSaved={onRowSaved} />
                            </td>
                            <td>
                              <ListingStatusBadge status={row.status} />
                            </td>
                            <td>{formatDate(row.updatedAt, i18n.language)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </div>
              </div>
            </div>
            <Pagination
              page={pageNumber}
              pages={Math.max(1, Math.ceil(state.page.total / PAGE_SIZE))}
              params={params}
            />
          </>
        ))}
    </div>
  );
}

function Filters({
  q,
  status,
  category,
  categories,
  onSearch,
  onStatus,
  onCategory,
}: {
  q: string;
  status: string;
  category: string;
  categories: { id: string; label: string; depth: number }[];
  onSearch: (value: string) => void;
  onStatus: (value: string) => void;
  onCategory: (value: string) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(q);
  function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(text);
  }
  return (
    <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-3w">
      <div className="fr-col-12 fr-col-md-6">
        <form role="search" onSubmit={onSubmit}>
          <div className="fr-input-group fr-mb-0">
            <label className="fr-label" htmlFor="stock-q">
              {t('stock.searchLabel')}
              <span className="fr-hint-text">{t('stock.searchHint')}</span>
            </label>
            <div className="fr-search-bar" role="presentation">
              <input
                id="stock-q"
                name="q"
                type="search"
                className="fr-input"
                value={text}
                onChange={(e) => {
                  setText(e.target.value);
                }}
              />
              <button type="submit" className="fr-btn" title={t('stock.searchButton')}>
                {t('stock.searchButton')}
              </button>
            </div>
          </div>
        </form>
      </div>
      <div className="fr-col-12 fr-col-md-3">
        <div className="fr-select-group fr-mb-0">
          <label className="fr-label" htmlFor="stock-status">
            {t('stock.statusFilter')}
          </label>
          <select
            id="stock-status"
            className="fr-select"
            value={status}
            onChange={(e) => {
              onStatus(e.target.value);
            }}
          >
            <option value="">{t('stock.allStatuses')}</option>
            {LISTING_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`listingStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="fr-col-12 fr-col-md-3">
        <div className="fr-select-group fr-mb-0">
          <label className="fr-label" htmlFor="stock-category">
            {t('stock.categoryFilter')}
          </label>
          <select
            id="stock-category"
            className="fr-select"
            value={category}
            onChange={(e) => {
              onCategory(e.target.value);
            }}
          >
            <option value="">{t('stock.allCategories')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {'\u00a0\u00a0\u00a0'.repeat(c.depth) + c.label}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}

/** A sortable column header: the header says how the table is sorted, the button changes it. */
function SortHeader({ column, label, sort, onSort }: { column: SortKey; label: string; sort: string; onSort: (sort: string) => void }) {
  const { t } = useTranslation();
  const direction = sort === column ? 'ascending' : sort === `-${column}` ? 'descending' : undefined;
  const next = direction === 'ascending' ? `-${column}` : direction === 'descending' ? column : column === 'updated' ? '-updated' : column;
  return (
    <th scope="col" aria-sort={direction}>
      <button
        type="button"
        className="boucle-sort-button"
        title={t('stock.sortBy', { column: label })}
        onClick={() => {
          onSort(next);
        }}
      >
        {label}
        <span aria-hidden="true" className="boucle-sort-icon">
          {direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ' ↕'}
        </span>
      </button>
    </th>
  );
}

/** DSFR pagination with links, so each page of the table has its own address. */
function Pagination({ page, pages, params }: { page: number; pages: number; params: URLSearchParams }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  const href = (target: number) => {
    const next = new URLSearchParams(params);
    if (target <= 1) next.delete('page');
    else next.set('page', String(target));
    const qs = next.toString();
    return qs === '' ? '/stock' : `/stock?${qs}`;
  };
  const from = Math.max(1, Math.min(page - 2, pages - 4));
  const numbers = Array.from({ length: Math.min(5, pages) }, (_, i) => from + i);
  const edge = (target: number, disabled: boolean, modifier: string, label: string) => (
    <li>
      {disabled ? (
        <a className={`fr-pagination__link fr-pagination__link--${modifier}`} aria-disabled="true" role="link">
          {label}
        </a>
      ) : (
        <Link className={`fr-pagination__link fr-pagination__link--${modifier}`} to={href(target)}>
          {label}
        </Link>
      )}
    </li>
  );
  return (
    <nav role="navigation" className="fr-pagination fr-mt-3w" aria-label={t('stock.pagination')}>
      <ul className="fr-pagination__list">
        {edge(1, page <= 1, 'first', t('stock.first'))}
        {edge(page - 1, page <= 1, 'prev fr-pagination__link--lg-label', t('stock.previous'))}
        {numbers.map((n) => (
          <li key={n}>
            <Link
              className="fr-pagination__link"
              to={href(n)}
              aria-current={n === page ? 'page' : undefined}
              title={t('stock.pageN', { page: n })}
            >
              {n}
            </Link>
          </li>
        ))}
        {edge(page + 1, page >= pages, 'next fr-pagination__link--lg-label', t('stock.next'))}
        {edge(pages, page >= pages, 'last', t('stock.last'))}
      </ul>
    </nav>
  );
}

function EmptyStock() {
  const { t } = useTranslation();
  return (
    <div className="fr-callout fr-my-4w" data-testid="stock-empty">
      <h2 className="fr-callout__title">{t('stock.emptyTitle')}</h2>
      <p className="fr-callout__text">{t('stock.emptyText')}</p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
        <li>
          <Link className="fr-btn" to="/stock/nouvelle">
            {t('stock.emptyCreate')}
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--secondary" to="/stock/import">
            {t('stock.importFile')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
