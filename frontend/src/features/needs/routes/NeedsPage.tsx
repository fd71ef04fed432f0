import '../components/needs.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert, problemText } from '../../../components/form';
import { Pager } from '../../../components/list/Pager';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useCategories, type CategoryNode } from '../../../lib/categories';
import { formatDate } from '../../../lib/format';
import { formatEuros } from '../../../lib/money';
import { pageCount } from '../../../lib/page';
import { useSession } from '../../../lib/session';
import { useListParams } from '../../../lib/useListParams';
import { NEED_KINDS, type NeedKind, type NeedSummary } from '../api/needs';
import { useNeeds } from '../api/queries';
import { NeedStatusBadge } from '../components/NeedBadges';
import { SaveSearchForm } from '../components/SaveSearchForm';
import { UserText } from '../../../components/UserText';

const PAGE_SIZE = 20;
const SORTS = ['closingDate', 'createdAt,desc'] as const;

/** The needs board (/besoins): a buyer's own needs, or what a supplier may answer. */
export function NeedsPage() {
  return (
    <RequireSession anyRole={['BUYER_ADMIN', 'REQUESTER', 'APPROVER', 'SUPPLIER_ADMIN', 'SUPPLIER_STAFF']}>
      <NeedsBoard />
    </RequireSession>
  );
}

function flatten(nodes: readonly CategoryNode[], depth = 0): { id: string; label: string }[] {
  return nodes.flatMap((n) => [{ id: n.id, label: `${'\u00a0\u00a0'.repeat(depth)}${n.label}` }, ...flatten(n.children, depth + 1)]);
}

function NeedsBoard() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'fr';
  const { me } = useSession();
  const buyer = me?.organisationKind === 'BUYER';
  const publisher = buyer && (me.roles.includes('BUYER_ADMIN') || me.roles.includes('REQUESTER'));
  useDocumentTitle(t('needs.board.title'));
  const { params, page, update } = useListParams();
  const categories = flatten(useCategories(lang).data ?? []);
  const kindParam = params.get('nature') ?? '';
  const kind: NeedKind | '' = (NEED_KINDS as readonly string[]).includes(kindParam) ? (kindParam as NeedKind) : '';
  const sortParam = params.get('tri') ?? '';
  const sort = (SORTS as readonly string[]).includes(sortParam) ? sortParam : 'closingDate';
  const soon = params.get('bientot') === '1';
  const query = {
    q: params.get('q') ?? '',
    category: params.get('categorie') ?? '',
    department: params.get('departement') ?? '',
    kind,
    status: buyer ? ('' as const) : ('OPEN' as const),
    closingWithinDays: soon ? 7 : null,
    page: page - 1,
    size: PAGE_SIZE,
    sort,
  };
  const needs = useNeeds(query, lang);
  const data = needs.data;
  const pages = data === undefined ? 1 : pageCount(data.total, PAGE_SIZE);
  const href = (target: number) => {
    const next = new URLSearchParams(params);
    if (target <= 1) next.delete('page');
    else next.set('page', String(target));
    const qs = next.toString();
    return qs === '' ? '/besoins' : `/besoins?${qs}`;
  };
  return (
    <div className="fr-container fr-py-6w">
      <div className="boucle-page-head">
        <h1>{t('needs.board.title')}</h1>
        <div className="boucle-needs__actions">
          {buyer && me.roles.includes('BUYER_ADMIN') && (
            <Link className="fr-btn fr-btn--secondary fr-icon-bar-chart-box-line fr-btn--icon-left" to="/besoins/statistiques">
              {t('needs.statistics.link')}
            </Link>
          )}
          {!buyer && (
            <Link className="fr-btn fr-btn--secondary fr-icon-notification-badge-line fr-btn--icon-left" to="/besoins/recherches">
              {t('savedSearches.list.link')}
            </Link>
          )}
          {publisher && (
            <Link className="fr-btn fr-icon-add-line fr-btn--icon-left" to="/besoins/nouveau">
              {t('needs.board.publish')}
            </Link>
          )}
        </div>
      </div>
      <p className="fr-text--lead">{buyer ? t('needs.board.intro') : t('needs.board.supplierIntro')}</p>
      <form
        className="fr-grid-row fr-grid-row--gutters fr-mb-3w"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          const q = new FormData(event.currentTarget).get('q');
          update({ q: typeof q === 'string' ? q.trim() : '' });
        }}
      >
        <div className="fr-col-12 fr-col-md-4">
          <div className="fr-input-group">
            <label className="fr-label" htmlFor="needs-q">
              {t('needs.board.search')}
            </label>
            <div className="fr-search-bar">
              <input className="fr-input" id="needs-q" name="q" type="search" defaultValue={query.q} key={query.q} />
              <button type="submit" className="fr-btn" title={t('needs.board.search')}>
                {t('needs.board.search')}
              </button>
            </div>
          </div>
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <div className="fr-select-group">
            <label className="fr-label" htmlFor="needs-category">
              {t('needs.fields.categories')}
            </label>
            <select className="fr-select" id="needs-category" value={query.category} onChange={(e) => { update({ categorie: e.target.value }); }}>
              <option value="">{t('reporting.filters.all')}</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="fr-col-6 fr-col-md-2">
          <div className="fr-input-group">
            <label className="fr-label" htmlFor="needs-department">
              {t('needs.fields.department')}
            </label>
            <input
              className="fr-input"
              id="needs-department"
              defaultValue={query.department}
              key={query.department}
              maxLength={3}
              onBlur={(e) => {
                if (e.target.value.trim() !== query.department) update({ departement: e.target.value.trim().toUpperCase() });
              }}
            />
          </div>
        </div>
        <div className="fr-col-6 fr-col-md-3">
          <div className="fr-select-group">
            <label className="fr-label" htmlFor="needs-kind">
              {t('needs.fields.kind')}
            </label>
            <select className="fr-select" id="needs-kind" value={kind} onChange={(e) => { update({ nature: e.target.value }); }}>
              <option value="">{t('reporting.filters.all')}</option>
              {NEED_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`needs.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <div className="fr-checkbox-group">
            <input type="checkbox" id="needs-soon" checked={soon} onChange={(e) => { update({ bientot: e.target.checked ? '1' : null }); }} />
            <label className="fr-label" htmlFor="needs-soon">
              {t('needs.board.closingSoon')}
            </label>
          </div>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <div className="fr-select-group">
            <label className="fr-label" htmlFor="needs-sort">
              {t('needs.board.sort')}
            </label>
            <select className="fr-select" id="needs-sort" value={sort} onChange={(e) => { update({ tri: e.target.value }); }}>
              <option value="closingDate">{t('needs.fields.closingDate')}</option>
              <option value="createdAt,desc">{t('needs.board.newest')}</option>
            </select>
          </div>
        </div>
      </form>
      {!buyer && <SaveSearchForm filters={{ q: query.q, category: query.category, department: query.department, kind }} lang={lang} />}
      {needs.isError && <Alert kind="error">{problemText(needs.error, t('form.unexpected'))}</Alert>}
      {data !== undefined && (
        <>
          <p role="status" className="fr-text--sm">
            {t('needs.board.count', { count: data.total })}
          </p>
          {data.items.length === 0 ? (
            <p>{t('needs.board.empty')}</p>
          ) : (
            <ul className="boucle-needs__list" data-testid="needs-list">
              {data.items.map((need) => (
                <NeedItem key={need.id} need={need} lang={lang} />
              ))}
            </ul>
          )}
          {pages > 1 && <Pager page={page} pages={pages} label={t('needs.board.pages')} href={href} />}
        </>
      )}
    </div>
  );
}

function NeedItem({ need, lang }: { need: NeedSummary; lang: string }) {
  const { t } = useTranslation();
  const budget =
    need.budgetMaxCents === null || need.budgetMaxCents === undefined
      ? null
      : need.budgetMinCents === null || need.budgetMinCents === undefined
        ? formatEuros(need.budgetMaxCents, lang)
        : `${formatEuros(need.budgetMinCents, lang)} – ${formatEuros(need.budgetMaxCents, lang)}`;
  return (
    <li className="boucle-needs__item">
      <h2 className="fr-h5">
        <Link to={`/besoins/${need.id}`}>
          <UserText>{need.title}</UserText>
        </Link>
      </h2>
      <NeedStatusBadge need={need} />
      <ul className="boucle-needs__meta fr-text--sm">
        <li>
          <UserText>{need.buyerName}</UserText> · <UserText>{need.serviceName}</UserText> ({need.department})
        </li>
        <li>{need.categories.map((c) => c.label).join(', ')}</li>
        <li>
          {t('needs.fields.quantity')} : {need.quantity}
        </li>
        <li>{t(`needs.kind.${need.kind}`)}</li>
        <li>{t('needs.need.closes', { date: formatDate(need.closingDate, lang) })}</li>
        {budget !== null && <li>{t('needs.need.budget', { range: budget })}</li>}
        <li>
          {t('needs.fields.answers')} : {need.answerCount}
        </li>
        {need.myAnswer !== null && need.myAnswer !== undefined && (
          <li>
            <strong>{need.myAnswer === 'PROPOSAL' ? t('needs.answer.yours') : t('needs.need.notForUs')}</strong>
          </li>
        )}
      </ul>
    </li>
  );
}
