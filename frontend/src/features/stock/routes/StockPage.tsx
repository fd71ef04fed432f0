import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '../../../components/form';
import { DataTable, type Column, type TableSort } from '../../../components/list/DataTable';
import { FilterBar, FilterSearchBar, FilterSelect } from '../../../components/list/FilterBar';
import { Pager } from '../../../components/list/Pager';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { formatDate } from '../../../lib/format';
import { formatDecimalEuros } from '../../../lib/money';
import { pageCount } from '../../../lib/page';
import { useListParams } from '../../../lib/useListParams';
import { useListings, useListingSaved } from '../api/queries';
import { LISTING_STATUSES, type ListingRow } from '../api/stock';
import { EmptyStock } from '../components/EmptyStock';
import { QuantityCell } from '../components/QuantityCell';
import { ListingStatusBadge } from '../components/StatusBadge';
import { flatCategories, useCategoryTree } from '../components/useStockReferences';

export const SUPPLIER_ROLES: readonly string[] = ['SUPPLIER_ADMIN', 'SUPPLIER_STAFF'];
const PAGE_SIZE = 20;
const DEFAULT_SORT = '-updated';

/** "Mon stock": the supplier's listings; the whole view (search, filters, sort, page) lives in the URL. */
export function StockPage() {
  return (
    <RequireSession anyRole={SUPPLIER_ROLES}>
      <StockTable />
    </RequireSession>
  );
}

/** The API's sort ("price", "-updated") as the table shows it, and back. */
function tableSort(sort: string): TableSort {
  return sort.startsWith('-') ? { key: sort.slice(1), direction: 'descending' } : { key: sort, direction: 'ascending' };
}

function StockTable() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('stock.title'));
  const { params, page: pageNumber, update, clear } = useListParams();
  const q = params.get('q') ?? '';
  const status = params.get('status') ?? '';
  const category = params.get('category') ?? '';
  const sort = params.get('sort') ?? DEFAULT_SORT;
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
  const listings = useListings(apiQuery);
  const onRowSaved = useListingSaved();

  const columns: Column<ListingRow>[] = [
    { id: 'sku', header: t('stock.colSku'), sortKey: 'sku', cell: (row) => <code>{row.sku}</code> },
    { id: 'title', header: t('stock.colTitle'), sortKey: 'title', rowHeader: true, cell: (row) => <Link to={`/stock/${row.id}`}>{row.title}</Link> },
    { id: 'category', header: t('stock.colCategory'), cell: (row) => labels.get(row.categoryId) ?? row.categoryId },
    { id: 'condition', header: t('stock.colCondition'), cell: (row) => t(`condition.${row.condition}`, { defaultValue: row.condition }) },
    {
      id: 'price',
      header: t('stock.colPrice'),
      sortKey: 'price',
      className: 'boucle-amount',
      cell: (row) => formatDecimalEuros(row.priceExclVat, i18n.language),
    },
    { id: 'available', header: t('stock.colAvailable'), sortKey: 'available', cell: (row) => <QuantityCell row={row} onSaved={onRowSaved} /> },
    { id: 'status', header: t('stock.colStatus'), sortKey: 'status', cell: (row) => <ListingStatusBadge status={row.status} /> },
    {
      id: 'updated',
      header: t('stock.colUpdated'),
      sortKey: 'updated',
      firstDirection: 'descending',
      cell: (row) => formatDate(row.updatedAt, i18n.language),
    },
  ];

  const filtered = q !== '' || status !== '' || category !== '';
  const data = listings.data;
  const pages = data === undefined ? 1 : pageCount(data.total, PAGE_SIZE);
  const href = (target: number) => {
    const next = new URLSearchParams(params);
    if (target <= 1) next.delete('page');
    else next.set('page', String(target));
    const qs = next.toString();
    return qs === '' ? '/stock' : `/stock?${qs}`;
  };
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
      <StockFilters key={q} q={q} status={status} category={category} categories={categories} onChange={update} />
      {listings.isPending && <p aria-live="polite">{t('session.loading')}</p>}
      {listings.isError && (
        <Alert kind="error">
          <p>{t('stock.loadFailed')}</p>
          <button
            type="button"
            className="fr-btn fr-btn--sm fr-btn--secondary fr-mt-1w"
            onClick={() => {
              void listings.refetch();
            }}
          >
            {t('stock.retry')}
          </button>
        </Alert>
      )}
      {data !== undefined &&
        (data.total === 0 && !filtered ? (
          <EmptyStock />
        ) : data.items.length === 0 ? (
          <div className="fr-my-4w">
            <p>{t('stock.noMatch')}</p>
            <button type="button" className="fr-btn fr-btn--secondary" onClick={clear}>
              {t('stock.clearFilters')}
            </button>
          </div>
        ) : (
          <>
            <DataTable
              testId="stock-table"
              className="fr-table--no-caption-top boucle-stock-table"
              caption={t('stock.caption', { count: data.total, page: pageNumber, pages })}
              columns={columns}
              rows={data.items}
              rowKey={(row) => row.id}
              rowTestId={(row) => `stock-row-${row.sku}`}
              sort={tableSort(sort)}
              onSort={(next) => {
                const value = next.direction === 'descending' ? `-${next.key}` : next.key;
                update({ sort: value === DEFAULT_SORT ? null : value });
              }}
            />
            {pages > 1 && <Pager className="fr-mt-3w" page={pageNumber} pages={pages} label={t('stock.pagination')} href={href} />}
          </>
        ))}
    </div>
  );
}

/** Search (applied on submit), status and category (applied at once). */
function StockFilters({
  q,
  status,
  category,
  categories,
  onChange,
}: {
  q: string;
  status: string;
  category: string;
  categories: { id: string; label: string; depth: number }[];
  onChange: (changes: Record<string, string | null>) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(q);
  return (
    <FilterBar
      className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-3w"
      onSubmit={() => {
        onChange({ q: text.trim() });
      }}
    >
      <FilterSearchBar
        id="stock-q"
        label={t('stock.searchLabel')}
        hint={t('stock.searchHint')}
        buttonLabel={t('stock.searchButton')}
        value={text}
        onChange={setText}
      />
      <FilterSelect
        id="stock-status"
        className="fr-mb-0"
        label={t('stock.statusFilter')}
        value={status}
        onChange={(value) => {
          onChange({ status: value });
        }}
        allLabel={t('stock.allStatuses')}
        options={LISTING_STATUSES.map((s) => ({ value: s, label: t(`listingStatus.${s}`) }))}
      />
      <FilterSelect
        id="stock-category"
        className="fr-mb-0"
        label={t('stock.categoryFilter')}
        value={category}
        onChange={(value) => {
          onChange({ category: value });
        }}
        allLabel={t('stock.allCategories')}
        options={categories.map((c) => ({ value: c.id, label: '\u00a0\u00a0\u00a0'.repeat(c.depth) + c.label }))}
      />
    </FilterBar>
  );
}
