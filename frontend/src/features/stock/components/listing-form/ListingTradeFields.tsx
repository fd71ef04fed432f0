import { useTranslation } from 'react-i18next';
import { InputField, RadioGroup, SelectField } from '../../../../components/form';
import { VAT_RATES } from '../../../../lib/money';
import type { Depot, ListingView } from '../../api/stock';
import type { FormDraft } from '../listingDraft';
import { priceInclVatText, rateLabel } from './price';
import { fieldId as id, type SectionProps } from './sectionProps';

/** How the item is offered: its price, where it leaves from and how many there are. */
export function ListingTradeFields({
  draft,
  errors,
  set,
  label,
  update,
  depots,
  listing,
}: SectionProps & { update: (patch: Partial<FormDraft>) => void; depots: Depot[] | null; listing: ListingView | null }) {
  const { t, i18n } = useTranslation();
  const inclVat = priceInclVatText(draft.priceExclVat, draft.vatRate, i18n.language);
  const depotValue = draft.depotId === '' && depots !== null && depots.length === 1 ? (depots[0]?.id ?? '') : draft.depotId;
  return (
    <>
      <fieldset className="fr-fieldset" aria-labelledby="listing-price">
        <legend className="fr-fieldset__legend" id="listing-price">
          <h2 className="fr-h4 fr-mb-0">{t('stockListing.price')}</h2>
        </legend>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <InputField
            id={id('priceExclVat')}
            label={label('priceExclVat')}
            hint={t('stockListing.priceHint')}
            required
            inputMode="decimal"
            value={draft.priceExclVat}
            onChange={set('priceExclVat')}
            error={errors.priceExclVat}
          />
        </div>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <SelectField
            id={id('vatRate')}
            label={label('vatRate')}
            options={VAT_RATES.map((r) => ({
              value: r.value,
              label: rateLabel(r.value, i18n.language, (rate) => t('stockListing.vatRateOption', { rate })),
            }))}
            value={draft.vatRate}
            onChange={set('vatRate')}
            error={errors.vatRate}
          />
        </div>
        <div className="fr-fieldset__element">
          <p aria-live="polite" className="fr-text--bold" data-testid="listing-price-incl">
            {inclVat === null ? t('stockListing.priceInclVatUnknown') : t('stockListing.priceInclVat', { amount: inclVat })}
          </p>
        </div>
        <div className="fr-fieldset__element">
          <InputField
            id={id('minimumOrderQuantity')}
            label={label('minimumOrderQuantity')}
            inputMode="numeric"
            value={draft.minimumOrderQuantity}
            onChange={set('minimumOrderQuantity')}
            error={errors.minimumOrderQuantity}
          />
        </div>
      </fieldset>

      <fieldset className="fr-fieldset" aria-labelledby="listing-logistics">
        <legend className="fr-fieldset__legend" id="listing-logistics">
          <h2 className="fr-h4 fr-mb-0">{t('stockListing.logistics')}</h2>
        </legend>
        <div className="fr-fieldset__element">
          <SelectField
            id={id('depotId')}
            label={label('depotId')}
            placeholder={t('form.choose')}
            {...(depots !== null && depots.length === 0 ? { hint: t('stockListing.noDepot') } : {})}
            options={(depots ?? []).map((d) => ({ value: d.id, label: d.city === null || d.city === undefined ? d.name : `${d.name} (${d.city})` }))}
            value={depotValue}
            onChange={set('depotId')}
            error={errors.depotId}
          />
        </div>
        <div className="fr-fieldset__element">
          <div className="fr-checkbox-group">
            <input
              type="checkbox"
              id={id('pickupAvailable')}
              name={id('pickupAvailable')}
              checked={draft.pickupAvailable}
              onChange={(e) => {
                update({ pickupAvailable: e.target.checked });
              }}
            />
            <label className="fr-label" htmlFor={id('pickupAvailable')}>
              {label('pickupAvailable')}
            </label>
          </div>
        </div>
        <div className="fr-fieldset__element">
          <InputField
            id={id('deliveryDepartments')}
            label={label('deliveryDepartments')}
            hint={t('stockListing.deliveryDepartmentsHint')}
            value={draft.deliveryDepartments}
            onChange={set('deliveryDepartments')}
            error={errors.deliveryDepartments}
          />
        </div>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <InputField
            id={id('deliveryFee')}
            label={label('deliveryFee')}
            inputMode="decimal"
            value={draft.deliveryFee}
            onChange={set('deliveryFee')}
            error={errors.deliveryFee}
          />
        </div>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <InputField
            id={id('deliveryLeadDays')}
            label={label('deliveryLeadDays')}
            inputMode="numeric"
            value={draft.deliveryLeadDays}
            onChange={set('deliveryLeadDays')}
            error={errors.deliveryLeadDays}
          />
        </div>
      </fieldset>

      <fieldset className="fr-fieldset" aria-labelledby="listing-stock">
        <legend className="fr-fieldset__legend" id="listing-stock">
          <h2 className="fr-h4 fr-mb-0">{t('stockListing.stock')}</h2>
        </legend>
        <div className="fr-fieldset__element">
          <InputField
            id={id('quantity')}
            label={label('quantity')}
            {...(listing === null ? {} : { hint: t('stockListing.quantityWantedHint', { count: listing.availableQuantity + listing.reservedQuantity, reserved: listing.reservedQuantity }) })}
            inputMode="numeric"
            value={draft.quantity}
            onChange={set('quantity')}
            error={errors.quantity}
          />
        </div>
        {listing === null && (
          <div className="fr-fieldset__element">
            <RadioGroup
              id={id('status')}
              legend={label('status')}
              inline
              options={[
                { value: 'DRAFT', label: t('stockListing.keepDraft') },
                { value: 'PUBLISHED', label: t('stockListing.publishNow') },
              ]}
              value={draft.status}
              onChange={set('status')}
              error={errors.status}
            />
          </div>
        )}
      </fieldset>
    </>
  );
}
