import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { centsToInput, parseEuros } from '../../../../lib/money';
import type { FacetValue } from '../../api/search';
import type { Refine } from './types';

/** Minimum and maximum price excluding VAT, in euros, typed then applied together. */
export function PriceFacet({ params, onRefine }: { params: URLSearchParams; onRefine: Refine }) {
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
export function WarrantyFacet({ params, values, onRefine }: { params: URLSearchParams; values: FacetValue[]; onRefine: Refine }) {
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
