import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, problemText } from '../../../components/form';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { formatDate } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { fetchAgreements, type AgreementSummary, type Page } from '../api/agreements';
import { AgreementStatusBadge } from '../components/AgreementStatusBadge';

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
  const [params, setParams] = useSearchParams();
  const status = params.get('statut') ?? '';
  const q = params.get('q') ?? '';
  const sortParam = params.get('tri') ?? '';
  const sort = (SORTS as readonly string[]).includes(sortParam) ? sortParam : 'reference';
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '1', 10) - 1 || 0);
  const [search, setSearch] = useState(q);
  const [data, setData] = useState<Page<AgreementSummary> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const admin = me?.roles.includes('BUYER_ADMIN') ?? false;
  const supplier = me?.organisationKind === 'SUPPLIER';

  useEffect(() => {
    let active = true;
    fetchAgreements({ status, q, page, size: PAGE_SIZE, sort })
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
  }, [status, q, page, sort, t]);

  function setParam(changes: Record<string, string | null>) {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  }

  const pages = data === null ? 0 : Math.max(1, Math.ceil(data.total / PAGE_SIZE));
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
            <label className="fr-label" htmlFor="agreements-q">
              {t('agreements.list.search')}
            </label>
            <input id="agreements-q" className="fr-input" type="search" value={search} onChange={(e) => { setSearch(e.target.value); }} />
          </div>
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <div className="fr-select-group">
            <label className="fr-label" htmlFor="agreements-status">
              {t('agreements.list.status')}
            </label>
            <select id="agreements-status" className="fr-select" value={status} onChange={(e) => { setParam({ statut: e.target.value }); }}>
              <option value="">{t('agreements.list.allStatuses')}</option>
              {(['DRAFT', 'ACTIVE', 'TERMINATED'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`agreements.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <div className="fr-select-group">
            <label className="fr-label" htmlFor="agreements-sort">
              {t('agreements.list.sort')}
            </label>
            <select id="agreements-sort" className="fr-select" value={sort} onChange={(e) => { setParam({ tri: e.target.value }); }}>
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`agreements.list.sorts.${s.replace(',', '_')}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="fr-col-12 fr-col-md-2">
          <button type="submit" className="fr-btn fr-mt-4w">
            {t('ordering.list.apply')}
          </button>
        </div>
      </form>
      {error !== null && <Alert kind="error">{error}</Alert>}
      {data === null ? (
        error === null && <p aria-live="polite">{t('session.loading')}</p>
      ) : data.items.length === 0 ? (
        <p>{t('agreements.list.empty')}</p>
      ) : (
        <>
          <div className="fr-table">
            <table data-testid="agreements-table">
              <caption>{t('ordering.list.caption', { page: data.page + 1, pages, total: data.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('agreements.field.reference')}</th>
                  <th scope="col">{t('agreements.field.title')}</th>
                  <th scope="col">{t('agreements.list.statusColumn')}</th>
                  {supplier && <th scope="col">{t('agreements.list.buyer')}</th>}
                  <th scope="col">{t('agreements.list.period')}</th>
                  <th scope="col">{t('agreements.list.lots')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link to={`/accords-cadres/${a.id}`}>{a.reference}</Link>
                    </td>
                    <td>{a.title}</td>
                    <td>
                      <AgreementStatusBadge status={a.status} inForce={a.inForceToday} />
                    </td>
                    {supplier && <td>{a.buyer.legalName}</td>}
                    <td>
                      {formatDate(a.startDate, i18n.language)} → {formatDate(a.endDate, i18n.language)}
                    </td>
                    <td>{a.lotCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav role="navigation" className="fr-pagination" aria-label={t('ordering.list.pagination')}>
            <ul className="fr-pagination__list">
              <li>
                <button type="button" className="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label" disabled={data.page <= 0} onClick={() => { setParam({ page: String(data.page) }); }}>
                  {t('audit.previous')}
                </button>
              </li>
              <li>
                <span className="fr-pagination__link" aria-current="page">
                  {t('audit.pageOf', { page: data.page + 1, pages })}
                </span>
              </li>
              <li>
                <button type="button" className="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label" disabled={data.page + 1 >= pages} onClick={() => { setParam({ page: String(data.page + 2) }); }}>
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
