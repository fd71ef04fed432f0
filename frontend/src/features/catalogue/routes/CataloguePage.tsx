import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { SearchBar } from '../../../components/SearchBar';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { ApiError } from '../../../lib/api';
import { searchCatalogue, type SearchResult } from '../api/search';
import { useCategoryLabel } from '../api/useCategoryLabel';
import { FacetPanel, Pager } from '../components/Refine';
import { ResultCard } from '../components/ResultCard';

type State =
  | { kind: 'loading' }
  | { kind: 'coming' }
  | { kind: 'unavailable' }
  | { kind: 'invalid'; detail: string }
  | { kind: 'done'; result: SearchResult };

/**
 * The catalogue. The whole search lives in the URL (/catalogue?q=frigo&category=…), so a search can
 * be bookmarked and shared. Filters, pages and item pages come later; this page says so plainly.
 */
export function CataloguePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const category = params.get('category');
  const categoryLabel = useCategoryLabel(category, i18n.language);
  const paramsKey = params.toString();
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<{ key: string; state: State } | null>(null);
  const requestKey = `${paramsKey}#${String(attempt)}`;
  const state: State = outcome?.key === requestKey ? outcome.state : { kind: 'loading' };

  useDocumentTitle(q === '' ? t('catalogue.title') : t('catalogue.titleFor', { q }));

  useEffect(() => {
    const controller = new AbortController();
    const key = `${paramsKey}#${String(attempt)}`;
    const settle = (next: State) => {
      if (!controller.signal.aborted) setOutcome({ key, state: next });
    };
    searchCatalogue(new URLSearchParams(paramsKey), controller.signal)
      .then((result) => {
        settle(result === null ? { kind: 'coming' } : { kind: 'done', result });
      })
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 400) {
          settle({ kind: 'invalid', detail: error.message });
        } else {
          settle({ kind: 'unavailable' });
        }
      });
    return () => {
      controller.abort();
    };
  }, [paramsKey, attempt]);

  function search(query: string) {
    const next = new URLSearchParams();
    if (query !== '') next.set('q', query);
    if (category !== null) next.set('category', category);
    const search = next.toString();
    void navigate(search === '' ? '/catalogue' : `/catalogue?${search}`);
  }

  /** Applies a change of filters, sort or page; any change but paging goes back to page one. */
  function refine(change: (next: URLSearchParams) => void, keepPage = false) {
    const next = new URLSearchParams(paramsKey);
    if (!keepPage) next.delete('page');
    change(next);
    void navigate(`/catalogue?${next.toString()}`);
  }

  const withoutCategory = q === '' ? '/catalogue' : `/catalogue?q=${encodeURIComponent(q)}`;

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
        />
      </div>
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
        {state.kind === 'done' && state.result.total === 0 && (
          <div className="fr-alert fr-alert--info" data-testid="catalogue-empty">
            <h2 className="fr-alert__title">{t('catalogue.emptyTitle')}</h2>
            <p>{t('catalogue.emptyText')}</p>
          </div>
        )}
        {state.kind === 'done' && state.result.total > 0 && (
          <p data-testid="catalogue-count">
            {t('catalogue.results', { count: state.result.total })}

          </p>
        )}
      </div>

      {state.kind === 'done' && (state.result.items.length > 0 || params.has('condition') || params.has('insertion')) && (
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-3">
            <FacetPanel params={params} facets={state.result.facets ?? {}} onRefine={refine} />
          </div>
          <div className="fr-col-12 fr-col-md-9">
            <ul className="fr-grid-row fr-grid-row--gutters boucle-plain-list" data-testid="catalogue-results">
              {state.result.items.map((item) => (
                <li className="fr-col-12 fr-col-lg-6" key={item.id}>
                  <ResultCard item={item} />
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
