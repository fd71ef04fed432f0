import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { SearchBar } from '../../../components/SearchBar';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useCategoriesOrFallback, type CategoryNode } from '../../../lib/categories';
import { useSession } from '../../../lib/session';
import { useBuyerServices, useCatalogueSearch } from '../api/queries';
import { fetchSuggestions, SEARCH_PARAMS } from '../api/search';
import { useCategoryLabel } from '../api/useCategoryLabel';
import { BuyerOptions } from '../components/BuyerOptions';
import { FacetPanel, Pager } from '../components/Refine';
import { ResultCard } from '../components/ResultCard';

/** The taxonomy for the category drill-down; the top level only while the API cannot be reached. */
function useCategoryTree(language: string): CategoryNode[] {
  return useCategoriesOrFallback(language) ?? NO_CATEGORIES;
}

const NO_CATEGORIES: CategoryNode[] = [];

/**
 * The catalogue. The whole search lives in the URL (/catalogue?q=frigo&category=…&service=…), so a
 * search can be bookmarked, shared and walked back with the browser's back button.
 */
export function CataloguePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { me, loading: sessionLoading } = useSession();
  const buyer = me !== null && me.organisationKind === 'BUYER';
  const services = useBuyerServices(buyer, me?.serviceIds ?? []);
  const categories = useCategoryTree(i18n.language);
  const firstService = services?.[0]?.id ?? null;
  const serviceChosen = params.has('service');
  const q = (params.get('q') ?? '').trim();
  const category = params.get('category');
  const categoryLabel = useCategoryLabel(category, i18n.language);
  const paramsKey = params.toString();
  const [attempt, setAttempt] = useState(0);

  useDocumentTitle(q === '' ? t('catalogue.title') : t('catalogue.titleFor', { q }));

  // A buyer measures distances from their (first) service until they choose another or none.
  useEffect(() => {
    if (firstService === null || serviceChosen) return;
    const next = new URLSearchParams(paramsKey);
    next.set('service', firstService);
    void navigate(`/catalogue?${next.toString()}`, { replace: true });
  }, [firstService, serviceChosen, paramsKey, navigate]);
  // Search once we know who is asking: a buyer's first search already has its origin.
  const waitingForService = sessionLoading || (buyer && !serviceChosen && (services === null || firstService !== null));

  const state = useCatalogueSearch(paramsKey, attempt, !waitingForService);

  /** A new text search keeps the category and the buyer's choices, and drops the other filters. */
  function search(query: string) {
    const next = new URLSearchParams();
    if (query !== '') next.set('q', query);
    if (category !== null) next.set('category', category);
    for (const kept of ['service', 'orderable']) {
      const value = params.get(kept);
      if (value !== null) next.set(kept, value);
    }
    const search = next.toString();
    void navigate(search === '' ? '/catalogue' : `/catalogue?${search}`);
  }

  function hrefFor(change: (next: URLSearchParams) => void): string {
    const next = new URLSearchParams(paramsKey);
    next.delete('page');
    change(next);
    return `/catalogue?${next.toString()}`;
  }

  /** Applies a change of filters, sort or page; any change but paging goes back to page one. */
  function refine(change: (next: URLSearchParams) => void, keepPage = false) {
    const next = new URLSearchParams(paramsKey);
    if (!keepPage) next.delete('page');
    change(next);
    void navigate(`/catalogue?${next.toString()}`);
  }

  const withoutCategory = hrefFor((next) => {
    next.delete('category');
  });
  const service = params.get('service');
  const hasOrigin = (service !== null && service !== '') || (params.has('lat') && params.has('lon'));
  const linkSearch = service !== null && service !== '' ? `?service=${encodeURIComponent(service)}` : '';
  const filtered = SEARCH_PARAMS.some((name) => !['q', 'sort', 'page', 'service', 'orderable'].includes(name) && params.has(name));

  return (
    <div className="fr-container fr-py-6w">
      <h1>{q === '' ? t('catalogue.heading') : t('catalogue.resultsFor', { q })}</h1>
      <div className="fr-mb-4w">
        <SearchBar
          key={q}
          id="catalogue-search-input"
          testId="catalogue-search"
          label={t('catalogue.searchLabel')}
          placeholder={t('home.searchPlaceholder')}
          buttonLabel={t('home.searchButton')}
          initialValue={q}
          onSearch={search}
          suggest={fetchSuggestions}
          suggestionsLabel={t('catalogue.suggestions')}
        />
      </div>
      {buyer && <BuyerOptions params={params} services={services ?? []} onRefine={refine} />}
      {category !== null && (
        <p data-testid="catalogue-category">
          <span className="fr-tag fr-mr-2w">{t('catalogue.category', { category: categoryLabel })}</span>
          <Link className="fr-link fr-link--sm" to={withoutCategory}>
            {t('catalogue.removeCategory')}
          </Link>
        </p>
      )}

      <div aria-live="polite" aria-busy={state.kind === 'loading'}>
        {state.kind === 'loading' && <p>{t('catalogue.loading')}</p>}
        {state.kind === 'coming' && (
          <div className="fr-alert fr-alert--info" data-testid="catalogue-coming">
            <h2 className="fr-alert__title">{t('catalogue.comingTitle')}</h2>
            <p>{q === '' ? t('catalogue.comingTextNoQuery') : t('catalogue.comingText', { q })}</p>
          </div>
        )}
        {state.kind === 'unavailable' && (
          <div className="fr-alert fr-alert--warning" data-testid="catalogue-unavailable">
            <h2 className="fr-alert__title">{t('catalogue.unavailableTitle')}</h2>
            <p>{t('catalogue.unavailableText')}</p>
            <button
              type="button"
              className="fr-btn fr-btn--secondary fr-btn--sm fr-mt-2w"
              onClick={() => {
                setAttempt((n) => n + 1);
              }}
            >
              {t('catalogue.retry')}
            </button>
          </div>
        )}
        {state.kind === 'invalid' && (
          <div className="fr-alert fr-alert--error" data-testid="catalogue-invalid">
            <h2 className="fr-alert__title">{t('catalogue.invalidTitle')}</h2>
            <p>{state.detail}</p>
          </div>
        )}
        {state.kind === 'done' && state.result.total === 0 && state.result.orderable === true && (
          <div className="fr-alert fr-alert--info" data-testid="catalogue-empty-orderable">
            <h2 className="fr-alert__title">{t('catalogue.emptyOrderableTitle')}</h2>
            <p>{t('catalogue.emptyOrderableText')}</p>
            <button
              type="button"
              className="fr-btn fr-btn--secondary fr-btn--sm fr-mt-2w"
              onClick={() => {
                refine((next) => {
                  next.set('orderable', 'false');
                });
              }}
            >
              {t('catalogue.wholeMarket')}
            </button>
          </div>
        )}
        {state.kind === 'done' && state.result.total === 0 && state.result.orderable !== true && (
          <div className="fr-alert fr-alert--info" data-testid="catalogue-empty">
            <h2 className="fr-alert__title">{t('catalogue.emptyTitle')}</h2>
            <p>{t('catalogue.emptyText')}</p>
          </div>
        )}
        {state.kind === 'done' && state.result.total > 0 && (
          <p data-testid="catalogue-count">
            {t('catalogue.results', { count: state.result.total })}
            {state.result.orderable === true && ` ${t('catalogue.orderableCount')}`}
          </p>
        )}
      </div>

      {state.kind === 'done' && (state.result.items.length > 0 || filtered) && (
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-3">
            <FacetPanel
              params={params}
              facets={state.result.facets ?? {}}
              categories={categories}
              hasOrigin={hasOrigin}
              onRefine={refine}
              hrefFor={hrefFor}
            />
          </div>
          <div className="fr-col-12 fr-col-md-9">
            <ul className="fr-grid-row fr-grid-row--gutters boucle-plain-list" data-testid="catalogue-results">
              {state.result.items.map((item) => (
                <li className="fr-col-12 fr-col-lg-6" key={item.id}>
                  <ResultCard item={item} linkSearch={linkSearch} />
                </li>
              ))}
            </ul>
            <Pager page={state.result.page} size={state.result.size} total={state.result.total} onRefine={refine} />
          </div>
        </div>
      )}

      <p className="fr-mt-4w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to="/">
          {t('catalogue.backHome')}
        </Link>
      </p>
    </div>
  );
}
