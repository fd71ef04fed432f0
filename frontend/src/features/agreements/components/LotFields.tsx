import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InputField, SelectField } from '../../../components/form';
import { fetchEligibleSuppliers, RESERVATIONS, type Party, type PriceTerms, type Reservation } from '../api/agreements';
import type { LotDraft } from './agreementDraft';
import { UserText } from '../../../components/UserText';

/** One lot of the agreement: number, title, categories, reserved market, suppliers and price terms. */
export function LotFields({
  index,
  lot,
  categories,
  onChange,
  onRemove,
  error,
}: {
  index: number;
  lot: LotDraft;
  categories: { value: string; label: string; depth: number }[];
  onChange: (patch: Partial<LotDraft>) => void;
  onRemove: (() => void) | undefined;
  error: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const id = `lot-${String(index)}`;
  const [query, setQuery] = useState('');
  const [eligible, setEligible] = useState<Party[]>([]);
  useEffect(() => {
    let active = true;
    const timer = setTimeout(() => {
      fetchEligibleSuppliers(lot.reservation, query)
        .then((page) => {
          if (active) setEligible(page.items);
        })
        .catch(() => undefined);
    }, 250);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [lot.reservation, query]);
  const shown = [...lot.suppliers, ...eligible.filter((p) => !lot.suppliers.some((s) => s.id === p.id))];
  const categoryError = error('categoryIds');
  const supplierError = error('supplierIds');
  return (
    <fieldset className="fr-fieldset fr-mb-4w boucle-lot" aria-labelledby={`${id}-legend`} data-testid="lot-form">
      <legend className="fr-fieldset__legend fr-h5" id={`${id}-legend`}>
        {t('agreements.form.lotN', { n: index + 1 })}
      </legend>
      <div className="fr-fieldset__element">
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-2">
            <InputField id={`${id}-number`} inputMode="numeric" label={t('agreements.field.number')} value={lot.number} onChange={(v) => { onChange({ number: v }); }} error={error('number')} required />
          </div>
          <div className="fr-col-12 fr-col-md-10">
            <InputField id={`${id}-title`} label={t('agreements.field.lotTitle')} value={lot.title} onChange={(v) => { onChange({ title: v }); }} error={error('title')} required />
          </div>
        </div>
        <SelectField
          id={`${id}-reservation`}
          label={t('agreements.field.reservation')}
          value={lot.reservation}
          onChange={(v) => { onChange({ reservation: v as Reservation }); }}
          options={RESERVATIONS.map((r) => ({ value: r, label: t(`agreements.reservation.${r}`) }))}
          error={error('reservation')}
          required
        />
        <fieldset className={`fr-fieldset${categoryError === undefined ? '' : ' fr-fieldset--error'}`} id={`${id}-categories`} aria-labelledby={`${id}-categories-legend`}>
          <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id={`${id}-categories-legend`}>
            {t('agreements.field.categories')}
            <span className="fr-hint-text">{t('agreements.form.categoriesHint')}</span>
          </legend>
          <div className="fr-fieldset__element boucle-scroll-list">
            {categories.map((c) => {
              const optionId = `${id}-cat-${c.value}`;
              return (
                <div className="fr-checkbox-group fr-checkbox-group--sm" key={c.value} style={{ marginLeft: `${String(c.depth * 1.5)}rem` }}>
                  <input
                    type="checkbox"
                    id={optionId}
                    checked={lot.categoryIds.includes(c.value)}
                    onChange={(e) => {
                      onChange({ categoryIds: e.target.checked ? [...lot.categoryIds, c.value] : lot.categoryIds.filter((v) => v !== c.value) });
                    }}
                  />
                  <label className="fr-label" htmlFor={optionId}>
                    {c.label}
                  </label>
                </div>
              );
            })}
          </div>
          {categoryError !== undefined && <p className="fr-error-text fr-fieldset__element">{categoryError}</p>}
        </fieldset>
        <fieldset className={`fr-fieldset${supplierError === undefined ? '' : ' fr-fieldset--error'}`} id={`${id}-suppliers`} aria-labelledby={`${id}-suppliers-legend`}>
          <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id={`${id}-suppliers-legend`}>
            {t('agreements.field.suppliers')}
            <span className="fr-hint-text">{t('agreements.form.suppliersHint')}</span>
          </legend>
          <div className="fr-fieldset__element">
            <InputField id={`${id}-supplier-search`} label={t('agreements.form.supplierSearch')} value={query} onChange={setQuery} />
          </div>
          <div className="fr-fieldset__element boucle-scroll-list">
            {shown.length === 0 && <p>{t('agreements.form.noEligible')}</p>}
            {shown.map((s) => {
              const optionId = `${id}-supplier-${s.id}`;
              return (
                <div className="fr-checkbox-group fr-checkbox-group--sm" key={s.id}>
                  <input
                    type="checkbox"
                    id={optionId}
                    checked={lot.suppliers.some((x) => x.id === s.id)}
                    onChange={(e) => {
                      onChange({ suppliers: e.target.checked ? [...lot.suppliers, s] : lot.suppliers.filter((x) => x.id !== s.id) });
                    }}
                  />
                  <label className="fr-label" htmlFor={optionId}>
                    <UserText>{s.legalName}</UserText> — {s.siret}
                    {(s.insertionStatus ?? '') !== '' ? ` (${s.insertionStatus ?? ''})` : ''}
                  </label>
                </div>
              );
            })}
          </div>
          {supplierError !== undefined && <p className="fr-error-text fr-fieldset__element">{supplierError}</p>}
        </fieldset>
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            <InputField id={`${id}-minimum`} inputMode="decimal" label={t('agreements.field.minimum')} hint={t('agreements.form.amountHint')} value={lot.minimum} onChange={(v) => { onChange({ minimum: v }); }} error={error('minimumExclVatCents')} required />
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <InputField id={`${id}-maximum`} inputMode="decimal" label={t('agreements.field.maximum')} hint={t('agreements.form.amountHint')} value={lot.maximum} onChange={(v) => { onChange({ maximum: v }); }} error={error('maximumExclVatCents')} required />
          </div>
        </div>
        <SelectField
          id={`${id}-price-terms`}
          label={t('agreements.field.priceTerms')}
          value={lot.priceTerms}
          onChange={(v) => { onChange({ priceTerms: v as PriceTerms }); }}
          options={(['CATALOGUE_DISCOUNT', 'UNIT_PRICE_SCHEDULE'] as const).map((p) => ({ value: p, label: t(`agreements.priceTerms.${p}`) }))}
          error={error('priceTerms')}
          required
        />
        {lot.priceTerms === 'CATALOGUE_DISCOUNT' ? (
          <InputField id={`${id}-discount`} inputMode="decimal" label={t('agreements.field.discount')} hint={t('agreements.form.discountHint')} value={lot.discount} onChange={(v) => { onChange({ discount: v }); }} error={error('discountBasisPoints')} />
        ) : (
          <div id={`${id}-unit-prices`} className="fr-mb-3w">
            <p className="fr-mb-1w">{t('agreements.field.unitPrices')}</p>
            {lot.unitPrices.map((p, k) => (
              <div className="fr-grid-row fr-grid-row--gutters" key={k}>
                <div className="fr-col-12 fr-col-md-6">
                  <SelectField
                    id={`${id}-unit-${String(k)}-category`}
                    label={t('agreements.form.unitCategory', { n: k + 1 })}
                    value={p.categoryId}
                    placeholder={t('agreements.form.chooseCategory')}
                    onChange={(v) => { onChange({ unitPrices: lot.unitPrices.map((x, j) => (j === k ? { ...x, categoryId: v } : x)) }); }}
                    options={categories.map((c) => ({ value: c.value, label: `${'· '.repeat(c.depth)}${c.label}` }))}
                    error={error(`unitPrices[${String(k)}].categoryId`)}
                  />
                </div>
                <div className="fr-col-12 fr-col-md-4">
                  <InputField
                    id={`${id}-unit-${String(k)}-price`}
                    inputMode="decimal"
                    label={t('agreements.form.unitPrice', { n: k + 1 })}
                    value={p.price}
                    onChange={(v) => { onChange({ unitPrices: lot.unitPrices.map((x, j) => (j === k ? { ...x, price: v } : x)) }); }}
                    error={error(`unitPrices[${String(k)}].unitPriceExclVatCents`)}
                  />
                </div>
                <div className="fr-col-12 fr-col-md-2">
                  <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm fr-mt-4w" onClick={() => { onChange({ unitPrices: lot.unitPrices.filter((_, j) => j !== k) }); }}>
                    {t('agreements.form.removeUnitPrice', { n: k + 1 })}
                  </button>
                </div>
              </div>
            ))}
            {error('unitPrices') !== undefined && <p className="fr-error-text">{error('unitPrices')}</p>}
            <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm" onClick={() => { onChange({ unitPrices: [...lot.unitPrices, { categoryId: '', price: '' }] }); }}>
              {t('agreements.form.addUnitPrice')}
            </button>
          </div>
        )}
        <InputField
          id={`${id}-commission`}
          inputMode="decimal"
          label={t('agreements.field.platformCommission')}
          hint={t('agreements.form.commissionHint')}
          value={lot.commission}
          onChange={(v) => { onChange({ commission: v }); }}
          error={error('platformCommissionBp')}
        />
        <InputField id={`${id}-insertion`} inputMode="numeric" label={t('agreements.field.insertionHoursTarget')} value={lot.insertionHoursTarget} onChange={(v) => { onChange({ insertionHoursTarget: v }); }} error={error('insertionHoursTarget')} />
        <InputField id={`${id}-environment`} label={t('agreements.field.environmentalClause')} hint={t('agreements.form.environmentHint')} value={lot.environmentalClause} onChange={(v) => { onChange({ environmentalClause: v }); }} error={error('environmentalClause')} textarea />
        {onRemove !== undefined && (
          <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm" onClick={onRemove}>
            {t('agreements.form.removeLot', { n: index + 1 })}
          </button>
        )}
      </div>
    </fieldset>
  );
}
