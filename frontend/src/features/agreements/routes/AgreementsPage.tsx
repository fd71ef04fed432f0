import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert, problemText } from '../../../components/form';
import { DataTable, type Column } from '../../../components/list/DataTable';
import { FilterBar, FilterSearch, FilterSelect } from '../../../components/list/FilterBar';
import { Pager } from '../../../components/list/Pager';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { formatDate } from '../../../lib/format';
import { pageCount } from '../../../lib/page';
import { useSession } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import type { AgreementSummary } from '../api/agreements';
import { useAgreements } from '../api/queries';
import { AgreementStatusBadge } from '../components/AgreementStatusBadge';
import { UserText } from '../../../components/UserText';

const PAGE_SIZE = 20;
const SORTS = ['reference', 'startDate,desc', 'endDate', 'title'] as const;

/** Framework agreements: the buyer's (drafts for its admin), or those where a supplier holds a lot. */
export function AgreementsPage() {
  return (
    <RequireSession>
      <AgreementsList />
    </RequireSession>
  );
}

function AgreementsList() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  useDocumentTitle(t('agreements.list.title'));
  const { params, page, update } = useListParams();
  const status = params.get('statut') ?? '';
  const q = params.get('q') ?? '';
  const sortParam = params.get('tri') ?? '';
  const sort = (SORTS as readonly string[]).includes(sortParam) ? sortParam : 'reference';
  const [search, setSearch] = useState(q);
  const agreements = useAgreements({ status, q, page: page - 1, size: PAGE_SIZE, sort });
  const data = agreements.data;
  const error = agreements.isError ? problemText(agreements.error, t('form.unexpected')) : null;
  const admin = me?.roles.includes('BUYER_ADMIN') ?? false;
  const supplier = me?.organisationKind === 'SUPPLIER';

  const columns: (Column<AgreementSummary> | false)[] = [
    { id: 'reference', header: t('agreements.field.reference'), cell: (a) => <Link to={`/accords-cadres/${a.id}`}>{a.reference}</Link> },
    { id: 'title', header: t('agreements.field.title'), cell: (a) => <UserText>{a.title}</UserText> },
    {
      id: 'status',
      header: t('agreements.list.statusColumn'),
      cell: (a) => <AgreementStatusBadge status={a.status} inForce={a.inForceToday} />,
    },
    supplier && { id: 'buyer', header: t('agreements.list.buyer'), cell: (a) => <UserText>{a.buyer.legalName}</UserText> },
    {
      id: 'period',
      header: t('agreements.list.period'),
      cell: (a) => `${formatDate(a.startDate, i18n.language)} → ${formatDate(a.endDate, i18n.language)}`,
    },
    { id: 'lots', header: t('agreements.list.lots'), cell: (a) => a.lotCount },
  ];

  const pages = data === undefined ? 0 : pageCount(data.total, PAGE_SIZE);
  return (
    <div className="fr-container fr-py-6w">
      <h1>{t('agreements.list.title')}</h1>
      {supplier && <p>{t('agreements.list.supplierIntro')}</p>}
      {admin && (
        <p>
          <Link className="fr-btn" to="/accords-cadres/nouveau">
            {t('agreements.list.create')}
          </Link>
        </p>
      )}
      <FilterBar
        submitLabel={t('ordering.list.apply')}
        onSubmit={() => {
          update({ q: search });
        }}
      >
        <FilterSearch id="agreements-q" label={t('agreements.list.search')} value={search} onChange={setSearch} />
        <FilterSelect
          id="agreements-status"
          label={t('agreements.list.status')}
          value={status}
          onChange={(value) => {
            update({ statut: value });
          }}
          allLabel={t('agreements.list.allStatuses')}
          options={(['DRAFT', 'ACTIVE', 'TERMINATED'] as const).map((s) => ({ value: s, label: t(`agreements.status.${s}`) }))}
        />
        <FilterSelect
          id="agreements-sort"
          label={t('agreements.list.sort')}
          value={sort}
          onChange={(value) => {
            update({ tri: value });
          }}
          options={SORTS.map((s) => ({ value: s, label: t(`agreements.list.sorts.${s.replace(',', '_')}`) }))}
        />
      </FilterBar>
      {error !== null && <Alert kind="error">{error}</Alert>}
      {data === undefined ? (
        error === null && <p aria-live="polite">{t('session.loading')}</p>
      ) : data.items.length === 0 ? (
        <p>{t('agreements.list.empty')}</p>
      ) : (
        <>
          <DataTable
            tableTestId="agreements-table"
            caption={t('ordering.list.caption', { page: data.page + 1, pages, total: data.total })}
            columns={columns}
            rows={data.items}
            rowKey={(a) => a.id}
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
