import { useTranslation } from 'react-i18next';
import type { CategoryNode } from '../../../lib/categories';
import type { FacetValue } from '../api/search';
import { Pager as SharedPager } from '../../../components/list/Pager';
import { CategoryFacet } from './refine/CategoryFacet';
import type { Change, Refine } from './refine/types';
import { PriceFacet, WarrantyFacet } from './refine/ValueFacets';
import { UserText } from '../../../components/UserText';

const SORTS = ['relevance', 'price_asc', 'price_desc', 'newest'] as const;
const RADII = ['10', '25', '50', '100', '200'] as const;
/** Multi-valued facets shown as check boxes, in panel order. */
const CHECKBOX_FACETS = ['condition', 'origin', 'insertion', 'energyClass', 'department', 'supplier'] as const;
/** Values whose labels the interface translates (the others show the API's label or value). */
const TRANSLATED = new Set(['condition', 'origin', 'insertion']);

/**
 * Filters with the number of results each would give, and the sort order; all kept in the URL.
 * `hrefFor` turns a change into the catalogue URL it leads to, so category links can be opened in
 * a new tab.
 */
export function FacetPanel({
  params,
  facets,
  categories,
  hasOrigin,
  onRefine,
  hrefFor,
}: {
  params: URLSearchParams;
  facets: Record<string, FacetValue[]>;
  categories: CategoryNode[];
  hasOrigin: boolean;
  onRefine: Refine;
  hrefFor: (change: Change) => string;
}) {
  const { t } = useTranslation();
  const sort = params.get('sort') ?? 'relevance';
  const sorts: readonly string[] = hasOrigin ? [...SORTS, 'distance'] : SORTS;
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
          {sorts.map((value) => (
            <option key={value} value={value}>
              {t(`catalogue.sort.${value}`)}
            </option>
          ))}
        </select>
      </div>

      {hasOrigin && (
        <div className="fr-select-group">
          <label className="fr-label" htmlFor="catalogue-radius">
            {t('catalogue.radiusLabel')}
          </label>
          <select
            className="fr-select"
            id="catalogue-radius"
            value={params.get('radiusKm') ?? ''}
            onChange={(e) => {
              const value = e.target.value;
              onRefine((next) => {
                if (value === '') next.delete('radiusKm');
                else next.set('radiusKm', value);
              });
            }}
          >
            <option value="">{t('catalogue.radiusAny')}</option>
            {RADII.map((km) => (
              <option key={km} value={km}>
                {t('catalogue.radiusKm', { km })}
              </option>
            ))}
          </select>
        </div>
      )}

      <CategoryFacet params={params} values={facets.category ?? []} tree={categories} hrefFor={hrefFor} />

      <div className="fr-fieldset__element fr-mb-3w">
        <div className="fr-checkbox-group fr-checkbox-group--sm">
          <input
            type="checkbox"
            id="facet-inStock"
            checked={params.get('inStock') !== 'false'}
            onChange={(e) => {
              const checked = e.target.checked;
              onRefine((next) => {
                if (checked) next.delete('inStock');
                else next.set('inStock', 'false');
              });
            }}
          />
          <label className="fr-label" htmlFor="facet-inStock">
            {t('catalogue.inStockOnly')}
          </label>
        </div>
      </div>

      <PriceFacet params={params} onRefine={onRefine} />
      <WarrantyFacet params={params} values={facets.warranty ?? []} onRefine={onRefine} />

      {CHECKBOX_FACETS.map((facet) => {
        const selected = params.getAll(facet);
        const values = facets[facet] ?? [];
        if (values.length === 0 && selected.length === 0) return null;
        return (
          <fieldset className="fr-fieldset" key={facet} id={`facet-${facet}`}>
            <legend className="fr-fieldset__legend fr-text--md">{t(`catalogue.facet.${facet}`)}</legend>
            {values.map((v) => {
              const id = `facet-${facet}-${v.value}`;
              const fallback = v.label ?? (facet === 'energyClass' ? t('catalogue.energyClassValue', { value: v.value }) : v.value);
              const label = TRANSLATED.has(facet) ? t(`catalogue.facetValue.${facet}.${v.value}`, { defaultValue: fallback }) : fallback;
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
                      {facet === 'supplier' ? <UserText>{label}</UserText> : label} ({v.count})
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
    <SharedPager
      className="fr-mt-4w"
      page={page + 1}
      pages={pages}
      label={t('catalogue.pagination')}
      currentTestId="catalogue-page"
      onPage={(target) => {
        go(target - 1);
      }}
    />
  );
}
