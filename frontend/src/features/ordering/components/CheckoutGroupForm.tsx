import { useTranslation } from 'react-i18next';
import { InputField, type FieldErrors } from '../../../components/form';
import { formatEuros } from '../../../lib/money';
import { isoDate } from '../../../lib/format';
import { lotBudget } from '../api/checkout';
import type { CheckoutGroup, ServiceRef } from '../api/ordering';
import { LotBudgetView } from './LotBudgetView';
import { codedText } from '../../../lib/problems';

/** What the requester fills in for one supplier's order. */
export interface GroupForm {
  lotId: string;
  street: string;
  postcode: string;
  city: string;
  deliveryDate: string;
  note: string;
}

function inDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return isoDate(date);
}

/** The form of a group: what was typed before, else the preview's lot and the service's address, delivery in a week. */
export function formFor(group: CheckoutGroup, service: ServiceRef | null, previous: GroupForm | undefined): GroupForm {
  return {
    lotId: previous?.lotId ?? group.chosenLotId ?? '',
    street: previous?.street ?? service?.street ?? '',
    postcode: previous?.postcode ?? service?.postcode ?? '',
    city: previous?.city ?? service?.city ?? '',
    deliveryDate: previous?.deliveryDate ?? inDays(7),
    note: previous?.note ?? '',
  };
}

/** One supplier's order in the checkout: its lot, delivery address and date, and a note. */
export function CheckoutGroupForm({
  group,
  index,
  form,
  errors,
  onChange,
}: {
  group: CheckoutGroup;
  index: number;
  form: GroupForm;
  errors: FieldErrors;
  onChange: (patch: Partial<GroupForm>) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const prefix = `orders[${String(index)}]`;
  const id = `checkout-${String(index)}`;
  const lotError = errors[`${prefix}.lotId`];
  const lotOptions = group.options;
  return (
    <fieldset className="fr-fieldset fr-mb-4w boucle-checkout-group" aria-labelledby={`${id}-legend`} data-testid="checkout-group">
      <legend className="fr-fieldset__legend" id={`${id}-legend`}>
        {t('ordering.checkout.orderTo', { supplier: group.supplier.legalName })}
      </legend>
      <div className="fr-fieldset__element">
        {group.obstacles.length > 0 && (
          <div className="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w" data-testid="checkout-obstacles">
            <p>{(group.chosenLotId ?? null) === null && !lotOptions.some((o) => o.applicable) ? t('ordering.checkout.noLot') : t('ordering.checkout.severalLots')}</p>
            <ul>
              {group.obstacles.map((o) => (
                <li key={`${o.code}-${o.listingId ?? ''}`}>{codedText({ code: o.problemCode, params: o.params }, o.message)}</li>
              ))}
            </ul>
          </div>
        )}
        <div className={`fr-fieldset${lotError === undefined ? '' : ' fr-fieldset--error'}`} role="radiogroup" aria-labelledby={`${id}-lots`}>
          <p className="fr-fieldset__legend fr-fieldset__legend--regular" id={`${id}-lots`}>
            {t('ordering.checkout.lot')}
          </p>
          {lotOptions.map((option) => {
            const optionId = `${id}-lot-${option.lot.lotId}`;
            const budget = lotBudget(option.remainingBeforeCents, option.remainingAfterCents);
            return (
              <div className="fr-fieldset__element" key={option.lot.lotId}>
                <div className="fr-radio-group">
                  <input
                    type="radio"
                    id={optionId}
                    name={`${id}-lot`}
                    value={option.lot.lotId}
                    checked={form.lotId === option.lot.lotId}
                    disabled={!option.applicable}
                    aria-describedby={lotError === undefined ? undefined : `${id}-lot-error`}
                    onChange={() => {
                      onChange({ lotId: option.lot.lotId });
                    }}
                  />
                  <label className="fr-label" htmlFor={optionId}>
                    {t('ordering.lotLabel', {
                      reference: option.lot.agreementReference,
                      number: option.lot.lotNumber,
                      title: option.lot.lotTitle,
                    })}
                  </label>
                </div>
                <div className="fr-ml-4w">
                  {option.applicable && (
                    <p className="fr-mb-1v" data-testid="lot-totals">
                      {t('ordering.checkout.lotTotals', {
                        excl: formatEuros(option.totals.exclVatCents, lang),
                        vat: formatEuros(option.totals.vatCents, lang),
                        incl: formatEuros(option.totals.inclVatCents, lang),
                      })}
                      {option.deliveryFee.exclVatCents > 0 && (
                        <> · {t('ordering.checkout.deliveryFeeIncluded', { fee: formatEuros(option.deliveryFee.exclVatCents, lang) })}</>
                      )}
                      {option.requiresApproval === true && <> · {t('ordering.checkout.needsApproval')}</>}
                    </p>
                  )}
                  {budget !== null && <LotBudgetView budget={budget} />}
                  {option.obstacles.map((o) => (
                    <p key={`${o.code}-${o.listingId ?? ''}`} className="fr-error-text fr-mt-1v">
                      {codedText({ code: o.problemCode, params: o.params }, o.message)}
                    </p>
                  ))}
                </div>
              </div>
            );
          })}
          {lotOptions.length === 0 && <p className="fr-fieldset__element">{t('ordering.checkout.noOption')}</p>}
          {lotError !== undefined && (
            <p className="fr-error-text fr-fieldset__element" id={`${id}-lot-error`}>
              {lotError}
            </p>
          )}
        </div>
        <InputField
          id={`${id}-street`}
          label={t('ordering.checkout.street')}
          value={form.street}
          onChange={(v) => {
            onChange({ street: v });
          }}
          error={errors[`${prefix}.deliveryAddress.street`]}
          autoComplete="address-line1"
        />
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <InputField
              id={`${id}-postcode`}
              label={t('ordering.checkout.postcode')}
              value={form.postcode}
              onChange={(v) => {
                onChange({ postcode: v });
              }}
              error={errors[`${prefix}.deliveryAddress.postcode`]}
              inputMode="numeric"
              autoComplete="postal-code"
            />
          </div>
          <div className="fr-col-12 fr-col-md-8">
            <InputField
              id={`${id}-city`}
              label={t('ordering.checkout.city')}
              value={form.city}
              onChange={(v) => {
                onChange({ city: v });
              }}
              error={errors[`${prefix}.deliveryAddress.city`]}
              autoComplete="address-level2"
            />
          </div>
        </div>
        <InputField
          id={`${id}-date`}
          label={t('ordering.checkout.deliveryDate')}
          type="date"
          value={form.deliveryDate}
          onChange={(v) => {
            onChange({ deliveryDate: v });
          }}
          error={errors[`${prefix}.deliveryDate`]}
          required
        />
        <InputField
          id={`${id}-note`}
          label={t('ordering.checkout.note')}
          value={form.note}
          onChange={(v) => {
            onChange({ note: v });
          }}
          error={errors[`${prefix}.note`]}
          textarea
        />
        {(errors[`${prefix}.supplierId`] ?? errors[`${prefix}.serviceId`] ?? errors[prefix]) !== undefined && (
          <p className="fr-error-text">{errors[`${prefix}.supplierId`] ?? errors[`${prefix}.serviceId`] ?? errors[prefix]}</p>
        )}
      </div>
    </fieldset>
  );
}
