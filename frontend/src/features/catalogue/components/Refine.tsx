import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CategoryNode } from '../../../lib/categories';
import { centsToInput, parseEuros } from '../../../lib/money';
import type { FacetValue } from '../api/search';
import { Pager as SharedPager } from '../../../components/list/Pager';

type Change = (next: URLSearchParams) => void;
type Refine = (change: Change, keepPage?: boolean) => void;

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

/** Drill-down through the taxonomy: the path to the chosen category, then its children with counts. */
function CategoryFacet({
  params,
  values,
  tree,
  hrefFor,
}: {
  params: URLSearchParams;
  values: FacetValue[];
  tree: CategoryNode[];
  hrefFor: (change: Change) => string;
}) {
  const { t } = useTranslation();
  const counts = new Map(values.map((v) => [v.value, v.count]));
  const selected = params.get('category');
  const path = selected === null ? [] : pathTo(tree, selected);
  const current = path[path.length - 1];
  const children = (current === undefined ? tree : current.children).filter((c) => (counts.get(c.id) ?? 0) > 0);
  const go = (id: string | null) =>
    hrefFor((next) => {
      if (id === null) next.delete('category');
      else next.set('category', id);
    });
  if (children.length === 0 && path.length === 0) return null;
  return (
    <nav className="fr-mb-3w" aria-labelledby="facet-category-title" id="facet-category">
      <p className="fr-text--md fr-text--bold fr-mb-1w" id="facet-category-title">
        {t('catalogue.facet.category')}
      </p>
      <ul className="boucle-plain-list fr-mb-0">
        {path.length > 0 && (
          <li>
            <Link className="fr-link fr-link--sm fr-icon-arrow-left-line fr-link--icon-left" to={go(null)}>
              {t('catalogue.allCategories')}
            </Link>
          </li>
        )}
        {path.map((node, index) => (
          <li key={node.id} style={{ paddingLeft: `${String(index + 1)}rem` }}>
            {index === path.length - 1 ? (
              <strong aria-current="true">
                {node.label} ({counts.get(node.id) ?? 0})
              </strong>
            ) : (
              <Link className="fr-link fr-link--sm" to={go(node.id)}>
                {node.label}
              </Link>
            )}
          </li>
        ))}
        {children.map((node) => (
          <li key={node.id} style={{ paddingLeft: `${String(path.length + (path.length > 0 ? 1 : 0))}rem` }}>
            <Link className="fr-link fr-link--sm" to={go(node.id)} data-testid={`category-${node.id}`}>
              {node.label} ({counts.get(node.id) ?? 0})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function pathTo(tree: readonly CategoryNode[], id: string): CategoryNode[] {
  for (const node of tree) {
    if (node.id === id) return [node];
    const below = pathTo(node.children, id);
    if (below.length > 0) return [node, ...below];
  }
  return [];
}

/** Minimum and maximum price excluding VAT, in euros, typed then applied together. */
function PriceFacet({ params, onRefine }: { params: URLSearchParams; onRefine: Refine }) {
  const { t } = useTranslation();
  const shown = (name: string) => {
    const value = params.get(name);
    const cents = value === null ? null : parseEuros(value);
    return cents === null ? (value ?? '') : centsToInput(cents);
  };
  const key = `${params.get('priceMin') ?? ''}|${params.get('priceMax') ?? ''}`;
  return <PriceForm key={key} initialMin={shown('priceMin')} initialMax={shown('priceMax')} onRefine={onRefine} label={t('catalogue.facet.price')} />;
}

function PriceForm({ initialMin, initialMax, onRefine, label }: { initialMin: string; initialMax: string; onRefine: Refine; label: string }) {
  const { t } = useTranslation();
  const [min, setMin] = useState(initialMin);
  const [max, setMax] = useState(initialMax);
  const [error, setError] = useState<string | null>(null);

  function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const minCents = min.trim() === '' ? null : parseEuros(min);
    const maxCents = max.trim() === '' ? null : parseEuros(max);
    if ((min.trim() !== '' && minCents === null) || (max.trim() !== '' && maxCents === null)) {
      setError(t('catalogue.priceInvalid'));
      return;
    }
    if (minCents !== null && maxCents !== null && minCents > maxCents) {
      setError(t('catalogue.priceOrder'));
      return;
    }
    setError(null);
    // The API takes euros with a decimal point; cents keep the conversion exact.
    const euros = (cents: number) => `${String(Math.trunc(cents / 100))}.${String(cents % 100).padStart(2, '0')}`;
    onRefine((next) => {
      if (minCents === null) next.delete('priceMin');
      else next.set('priceMin', euros(minCents));
      if (maxCents === null) next.delete('priceMax');
      else next.set('priceMax', euros(maxCents));
    });
  }

  return (
    <form onSubmit={submit} className="fr-mb-3w" data-testid="facet-price" noValidate>
      <fieldset className="fr-fieldset fr-mb-0" aria-describedby={error === null ? undefined : 'facet-price-error'}>
        <legend className="fr-fieldset__legend fr-text--md">{label}</legend>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <div className={error === null ? 'fr-input-group' : 'fr-input-group fr-input-group--error'}>
            <label className="fr-label" htmlFor="facet-price-min">
              {t('catalogue.priceMin')}
            </label>
            <input
              className="fr-input"
              id="facet-price-min"
              inputMode="decimal"
              value={min}
              onChange={(e) => {
                setMin(e.target.value);
              }}
            />
          </div>
        </div>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <div className={error === null ? 'fr-input-group' : 'fr-input-group fr-input-group--error'}>
            <label className="fr-label" htmlFor="facet-price-max">
              {t('catalogue.priceMax')}
            </label>
            <input
              className="fr-input"
              id="facet-price-max"
              inputMode="decimal"
              value={max}
              onChange={(e) => {
                setMax(e.target.value);
              }}
            />
          </div>
        </div>
        {error !== null && (
          <p className="fr-error-text fr-mx-1w" id="facet-price-error" role="alert">
            {error}
          </p>
        )}
        <div className="fr-fieldset__element">
          <button type="submit" className="fr-btn fr-btn--secondary fr-btn--sm">
            {t('catalogue.priceApply')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

/** Minimum warranty: one choice among the thresholds the API counts. */
function WarrantyFacet({ params, values, onRefine }: { params: URLSearchParams; values: FacetValue[]; onRefine: Refine }) {
  const { t } = useTranslation();
  const selected = params.get('warrantyMin') ?? '';
  if (values.length === 0 && selected === '') return null;
  const choose = (value: string) => {
    onRefine((next) => {
      if (value === '') next.delete('warrantyMin');
      else next.set('warrantyMin', value);
    });
  };
  return (
    <fieldset className="fr-fieldset" id="facet-warranty">
      <legend className="fr-fieldset__legend fr-text--md">{t('catalogue.facet.warranty')}</legend>
      <div className="fr-fieldset__element">
        <div className="fr-radio-group fr-radio-group--sm">
          <input
            type="radio"
            id="facet-warranty-any"
            name="facet-warranty"
            checked={selected === ''}
            onChange={() => {
              choose('');
            }}
          />
          <label className="fr-label" htmlFor="facet-warranty-any">
            {t('catalogue.warrantyAny')}
          </label>
        </div>
      </div>
      {values.map((v) => (
        <div className="fr-fieldset__element" key={v.value}>
          <div className="fr-radio-group fr-radio-group--sm">
            <input
              type="radio"
              id={`facet-warranty-${v.value}`}
              name="facet-warranty"
              checked={selected === v.value}
              onChange={() => {
                choose(v.value);
              }}
            />
            <label className="fr-label" htmlFor={`facet-warranty-${v.value}`}>
              {t('catalogue.warrantyAtLeast', { count: Number(v.value) })} ({v.count})
            </label>
          </div>
        </div>
      ))}
    </fieldset>
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
