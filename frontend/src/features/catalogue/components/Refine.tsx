import { useTranslation } from 'react-i18next';
import type { FacetValue } from '../api/search';

type Refine = (change: (next: URLSearchParams) => void, keepPage?: boolean) => void;

const SORTS = ['relevance', 'price_asc', 'price_desc', 'newest'] as const;
const FACETS = ['condition', 'insertion'] as const;

/** Filters with the number of results each would give, and the sort order; all kept in the URL. */
export function FacetPanel({
  params,
  facets,
  onRefine,
}: {
  params: URLSearchParams;
  facets: Record<string, FacetValue[]>;
  onRefine: Refine;
}) {
  const { t } = useTranslation();
  const sort = params.get('sort') ?? 'relevance';
  return (
    <div data-testid="facet-panel">
      <div className="fr-select-group">
        <label className="fr-label" htmlFor="catalogue-sort">
          {t('catalogue.sortLabel')}
        </label>
        <select
          className="fr-select"
          id="catalogue-sort"
          value={sort}
          onChange={(e) => {
            const value = e.target.value;
            onRefine((next) => {
              if (value === 'relevance') next.delete('sort');
              else next.set('sort', value);
            });
          }}
        >
          {SORTS.map((value) => (
            <option key={value} value={value}>
              {t(`catalogue.sort.${value}`)}
            </option>
          ))}
        </select>
      </div>
      {FACETS.map((facet) => {
        const selected = params.getAll(facet);
        const values = facets[facet] ?? [];
        if (values.length === 0 && selected.length === 0) return null;
        return (
          <fieldset className="fr-fieldset" key={facet} id={`facet-${facet}`}>
            <legend className="fr-fieldset__legend fr-text--md">{t(`catalogue.facet.${facet}`)}</legend>
            {values.map((v) => {
              const id = `facet-${facet}-${v.value}`;
              const label = t(`catalogue.facetValue.${facet}.${v.value}`, { defaultValue: v.label ?? v.value });
              return (
                <div className="fr-fieldset__element" key={v.value}>
                  <div className="fr-checkbox-group fr-checkbox-group--sm">
                    <input
                      type="checkbox"
                      id={id}
                      checked={selected.includes(v.value)}
                      onChange={(e) => {
                        const checked = e.target.checked;
                        onRefine((next) => {
                          const rest = next.getAll(facet).filter((x) => x !== v.value);
                          next.delete(facet);
                          for (const x of checked ? [...rest, v.value] : rest) next.append(facet, x);
                        });
                      }}
                    />
                    <label className="fr-label" htmlFor={id}>
                      {label} ({v.count})
                    </label>
                  </div>
                </div>
              );
            })}
          </fieldset>
        );
      })}
    </div>
  );
}

/** Previous / next pages of results. */
export function Pager({ page, size, total, onRefine }: { page: number; size: number; total: number; onRefine: Refine }) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(Math.min(total, 5000) / size));
  if (pages <= 1) return null;
  const go = (target: number) => {
    onRefine((next) => {
      if (target === 0) next.delete('page');
      else next.set('page', String(target));
    }, true);
    // Bring keyboard and screen-reader users back to the top of the new page of results.
    document.getElementById('content')?.focus();
  };
  return (
    <nav role="navigation" className="fr-pagination fr-mt-4w" aria-label={t('catalogue.pagination')}>
      <ul className="fr-pagination__list">
        <li>
          <button
            type="button"
            className="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label"
            disabled={page === 0}
            onClick={() => {
              go(page - 1);
            }}
          >
            {t('catalogue.previous')}
          </button>
        </li>
        <li>
          <span className="fr-pagination__link" aria-current="page" data-testid="catalogue-page">
            {t('catalogue.pageOf', { page: page + 1, pages })}
          </span>
        </li>
        <li>
          <button
            type="button"
            className="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label"
            disabled={page + 1 >= pages}
            onClick={() => {
              go(page + 1);
            }}
          >
            {t('catalogue.next')}
          </button>
        </li>
      </ul>
    </nav>
  );
}
