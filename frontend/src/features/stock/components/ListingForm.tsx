import { useMemo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorSummary, fieldErrorsOf, InputField, problemText, RadioGroup, SelectField, type FieldErrors } from '../../../components/form';
import { ApiError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { formatEuros, inclVatCents, parseEuros, VAT_RATES, vatBasisPoints } from '../../../lib/money';
import {
  CONDITIONS,
  createListing,
  fetchListing,
  KINDS,
  ORIGINS,
  updateListing,
  type Depot,
  type ListingView,
} from '../api/stock';
import {
  bodyOf,
  differingFields,
  draftKey,
  draftOf,
  EMPTY_DRAFT,
  forgetDraft,
  loadStoredDraft,
  sameDraft,
  storeDraft,
  type FormDraft,
  type StoredDraft,
} from './listingDraft';
import type { LeafGroup } from './useStockReferences';

const ENERGY_CLASSES = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;

/** The VAT rate as people write it: "5,5 %" in French, "5.5%" in English. */
export function rateLabel(rate: string, language: string, template: (rate: string) => string): string {
  return template(language.startsWith('en') ? rate : rate.replace('.', ','));
}

/** Live price including VAT, from the typed price and rate, in integer cents. */
export function priceInclVatText(priceText: string, rate: string, language: string): string | null {
  const cents = parseEuros(priceText);
  const bp = vatBasisPoints(rate);
  if (cents === null || bp === null) return null;
  return formatEuros(inclVatCents(cents, bp), language);
}

/**
 * The listing form, for a new listing (listing null) or an existing one. Input is kept in this
 * browser as it is typed and offered back after a reload; an update carries the version it started
 * from, so a change made meanwhile by someone else is reported instead of overwritten.
 */
export function ListingForm({
  listing,
  categories,
  depots,
  onCreated,
  onSaved,
}: {
  listing: ListingView | null;
  categories: LeafGroup[];
  depots: Depot[] | null;
  onCreated: (view: ListingView) => void;
  onSaved: (view: ListingView) => void;
}) {
  const { t, i18n } = useTranslation();
  const mode = listing === null ? 'create' : 'edit';
  const key = draftKey(listing?.id ?? null);
  const initial = listing === null ? EMPTY_DRAFT : draftOf(listing);
  const [draft, setDraft] = useState<FormDraft>(initial);
  const [offer, setOffer] = useState<StoredDraft | null>(() => {
    const stored = loadStoredDraft(key);
    return stored !== null && !sameDraft(stored.draft, initial) ? stored : null;
  });
  const [baseVersion, setBaseVersion] = useState<number | null>(listing?.version ?? null);
  const [seenVersion, setSeenVersion] = useState<number | null>(listing?.version ?? null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(0);
  const [conflict, setConflict] = useState(false);
  const [latest, setLatest] = useState<ListingView | null>(null);
  const [busy, setBusy] = useState(false);

  // The page's own actions (publish, a stock movement) move the version on: follow them, unless
  // the input started from an older version (a restored draft), which must still be checked.
  const currentVersion = listing?.version ?? null;
  if (currentVersion !== seenVersion) {
    setSeenVersion(currentVersion);
    if (baseVersion === seenVersion) setBaseVersion(currentVersion);
  }

  const update = (patch: Partial<FormDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    // While an older input is offered back, do not overwrite it before the person chooses.
    if (offer === null) storeDraft(key, next, baseVersion);
  };
  const set = (field: keyof FormDraft) => (value: string) => {
    update({ [field]: value });
  };

  const fields = useMemo(() => {
    const labels: Record<string, string> = {
      sku: t('stockListing.sku'),
      kind: t('stockListing.kind'),
      title: t('stockListing.title'),
      description: t('stockListing.description'),
      categoryId: t('stockListing.category'),
      brand: t('stockListing.brand'),
      model: t('stockListing.model'),
      serialNumber: t('stockListing.serialNumber'),
      condition: t('stockListing.condition'),
      origin: t('stockListing.origin'),
      warrantyMonths: t('stockListing.warrantyMonths'),
      energyClass: t('stockListing.energyClass'),
      weightKg: t('stockListing.weightKg'),
      lengthCm: t('stockListing.lengthCm'),
      widthCm: t('stockListing.widthCm'),
      heightCm: t('stockListing.heightCm'),
      priceExclVat: t('stockListing.priceExclVat'),
      vatRate: t('stockListing.vatRate'),
      minimumOrderQuantity: t('stockListing.minimumOrderQuantity'),
      depotId: t('stockListing.depot'),
      pickupAvailable: t('stockListing.pickupAvailable'),
      deliveryDepartments: t('stockListing.deliveryDepartments'),
      deliveryFee: t('stockListing.deliveryFee'),
      deliveryLeadDays: t('stockListing.deliveryLeadDays'),
      quantity: t(mode === 'create' ? 'stockListing.quantityInitial' : 'stockListing.quantityWanted'),
      status: t('stockListing.publication'),
    };
    return Object.fromEntries(Object.entries(labels).map(([field, label]) => [field, { id: `listing-${field}`, label }]));
  }, [t, mode]);
  const id = (field: keyof FormDraft) => `listing-${field}`;
  const label = (field: keyof FormDraft) => fields[field]?.label ?? field;

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setSaved(0);
    const { body, errors: found } = bodyOf(draft, mode, {
      amount: t('stockListing.invalidAmount'),
      integer: t('stockListing.invalidInteger'),
      weight: t('stockListing.invalidWeight'),
    });
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    setBusy(true);
    try {
      if (listing === null) {
        const view = await createListing(body);
        forgetDraft(key);
        setErrors({});
        onCreated(view);
      } else {
        const view = await updateListing(listing.id, baseVersion ?? listing.version, body);
        forgetDraft(key);
        setErrors({});
        setConflict(false);
        setLatest(null);
        setDraft(draftOf(view));
        setBaseVersion(view.version);
        setSaved((n) => n + 1);
        onSaved(view);
      }
    } catch (error) {
      if (error instanceof ApiError && (error.status === 409 || error.status === 412)) {
        setConflict(true);
        setLatest(null);
        return;
      }
      const serverErrors = fieldErrorsOf(error);
      // The API words its messages in English; the commonest one is said in the interface's language.
      for (const [field, message] of Object.entries(serverErrors)) {
        if (message === 'is required') serverErrors[field] = t('form.required');
      }
      if (Object.keys(serverErrors).length > 0) setErrors(serverErrors);
      else setFailure(problemText(error, t('form.unexpected')));
    } finally {
      setBusy(false);
    }
  }

  async function loadLatest() {
    if (listing === null) return;
    try {
      const view = await fetchListing(listing.id);
      setLatest(view);
      setBaseVersion(view.version);
      // Keep the input kept in this browser in step with the version it now overrides.
      storeDraft(key, draft, view.version);
      onSaved(view);
    } catch (error) {
      setFailure(problemText(error, t('form.unexpected')));
    }
  }

  const inclVat = priceInclVatText(draft.priceExclVat, draft.vatRate, i18n.language);
  const latestDraft = latest === null ? null : draftOf(latest);
  const differences = latestDraft === null ? [] : differingFields(latestDraft, draft);
  const depotValue = draft.depotId === '' && depots !== null && depots.length === 1 ? (depots[0]?.id ?? '') : draft.depotId;

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="listing-form-title" data-testid="listing-form">
      <h2 id="listing-form-title" className="fr-sr-only">
        {mode === 'create' ? t('stockListing.newTitle') : t('common.edit')}
      </h2>
      {offer !== null && (
        <Alert kind="info" title={t('stockListing.restoreTitle')} testId="listing-restore">
          <p>{t('stockListing.restoreText', { date: formatDateTime(offer.savedAt, i18n.language) })}</p>
          <ul className="fr-btns-group fr-btns-group--inline-sm fr-mt-2w">
            <li>
              <button
                type="button"
                className="fr-btn fr-btn--sm"
                onClick={() => {
                  setDraft(offer.draft);
                  if (offer.version !== null) setBaseVersion(offer.version);
                  setOffer(null);
                }}
              >
                {t('stockListing.restore')}
              </button>
            </li>
            <li>
              <button
                type="button"
                className="fr-btn fr-btn--sm fr-btn--secondary"
                onClick={() => {
                  forgetDraft(key);
                  setOffer(null);
                }}
              >
                {t('stockListing.discard')}
              </button>
            </li>
          </ul>
        </Alert>
      )}
      {conflict && (
        <Alert kind="warning" title={t('stockListing.conflictTitle')} testId="listing-conflict">
          <p>{t('stockListing.conflictText')}</p>
          {latestDraft === null ? (
            <button type="button" className="fr-btn fr-btn--sm fr-mt-2w" onClick={() => void loadLatest()}>
              {t('stockListing.reloadLatest')}
            </button>
          ) : differences.length === 0 ? (
            <p className="fr-mt-2w">{t('stockListing.noDifference')}</p>
          ) : (
            <div className="fr-mt-2w" data-testid="listing-latest">
              <h3 className="fr-h6">{t('stockListing.latestTitle')}</h3>
              <p>{t('stockListing.latestText')}</p>
              <ul>
                {differences.map((field) => (
                  <li key={field}>
                    {label(field)}
                    {t('form.colon')}
                    {String(latestDraft[field]) || '—'}
                  </li>
                ))}
              </ul>
              <button
                type="button"
                className="fr-btn fr-btn--sm fr-btn--secondary"
                onClick={() => {
                  setDraft(latestDraft);
                  forgetDraft(key);
                  setConflict(false);
                  setLatest(null);
                }}
              >
                {t('stockListing.takeLatest')}
              </button>
            </div>
          )}
        </Alert>
      )}
      {saved > 0 && (
        <Alert kind="success" key={saved} testId="listing-saved">
          {t('stockListing.saved')}
        </Alert>
      )}
      {failure !== null && <Alert kind="error">{failure}</Alert>}
      <ErrorSummary errors={errors} fields={fields} testId="listing-errors" />
      <p className="fr-hint-text">{t('stockListing.autosaved')}</p>

      <fieldset className="fr-fieldset" aria-labelledby="listing-identification">
        <legend className="fr-fieldset__legend" id="listing-identification">
          <h2 className="fr-h4 fr-mb-0">{t('stockListing.identification')}</h2>
        </legend>
        <div className="fr-fieldset__element">
          <InputField id={id('sku')} label={label('sku')} hint={t('stockListing.skuHint')} required value={draft.sku} onChange={set('sku')} error={errors.sku} />
        </div>
        <div className="fr-fieldset__element">
          <RadioGroup
            id={id('kind')}
            legend={label('kind')}
            inline
            options={KINDS.map((k) => ({ value: k, label: t(`listingKind.${k}`) }))}
            value={draft.kind}
            onChange={set('kind')}
            error={errors.kind}
          />
        </div>
        <div className="fr-fieldset__element">
          <InputField id={id('title')} label={label('title')} required value={draft.title} onChange={set('title')} error={errors.title} />
        </div>
        <div className="fr-fieldset__element">
          <InputField
            id={id('description')}
            label={label('description')}
            textarea
            value={draft.description}
            onChange={set('description')}
            error={errors.description}
          />
        </div>
        <div className="fr-fieldset__element">
          <CategorySelect
            id={id('categoryId')}
            label={label('categoryId')}
            groups={categories}
            value={draft.categoryId}
            onChange={set('categoryId')}
            error={errors.categoryId}
          />
        </div>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <InputField id={id('brand')} label={label('brand')} value={draft.brand} onChange={set('brand')} error={errors.brand} />
        </div>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <InputField id={id('model')} label={label('model')} value={draft.model} onChange={set('model')} error={errors.model} />
        </div>
        {draft.kind === 'UNIQUE_ITEM' && (
          <div className="fr-fieldset__element fr-fieldset__element--inline">
            <InputField
              id={id('serialNumber')}
              label={label('serialNumber')}
              value={draft.serialNumber}
              onChange={set('serialNumber')}
              error={errors.serialNumber}
            />
          </div>
        )}
      </fieldset>

      <fieldset className="fr-fieldset" aria-labelledby="listing-state">
        <legend className="fr-fieldset__legend" id="listing-state">
          <h2 className="fr-h4 fr-mb-0">{t('stockListing.state')}</h2>
        </legend>
        <div className="fr-fieldset__element">
          <RadioGroup
            id={id('condition')}
            legend={label('condition')}
            inline
            options={CONDITIONS.map((c) => ({ value: c, label: t(`condition.${c}`) }))}
            value={draft.condition}
            onChange={set('condition')}
            error={errors.condition}
          />
        </div>
        <div className="fr-fieldset__element">
          <RadioGroup
            id={id('origin')}
            legend={label('origin')}
            inline
            options={ORIGINS.map((o) => ({ value: o, label: t(`origin.${o}`) }))}
            value={draft.origin}
            onChange={set('origin')}
            error={errors.origin}
          />
        </div>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <InputField
            id={id('warrantyMonths')}
            label={label('warrantyMonths')}
            inputMode="numeric"
            value={draft.warrantyMonths}
            onChange={set('warrantyMonths')}
            error={errors.warrantyMonths}
          />
        </div>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <SelectField
            id={id('energyClass')}
            label={label('energyClass')}
            hint={t('form.optional')}
            options={[{ value: '', label: t('stockListing.energyClassNone') }, ...ENERGY_CLASSES.map((c) => ({ value: c, label: c }))]}
            value={draft.energyClass}
            onChange={set('energyClass')}
            error={errors.energyClass}
          />
        </div>
      </fieldset>

      <fieldset className="fr-fieldset" aria-labelledby="listing-dimensions">
        <legend className="fr-fieldset__legend" id="listing-dimensions">
          <h2 className="fr-h4 fr-mb-0">{t('stockListing.dimensions')}</h2>
        </legend>
        {(['lengthCm', 'widthCm', 'heightCm'] as const).map((field) => (
          <div className="fr-fieldset__element fr-fieldset__element--inline" key={field}>
            <InputField id={id(field)} label={label(field)} inputMode="numeric" value={draft[field]} onChange={set(field)} error={errors[field]} />
          </div>
        ))}
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <InputField
            id={id('weightKg')}
            label={label('weightKg')}
            hint={t('stockListing.weightHint')}
            inputMode="decimal"
            value={draft.weightKg}
            onChange={set('weightKg')}
            error={errors.weightKg}
          />
        </div>
      </fieldset>

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
        {mode === 'create' && (
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

      <button type="submit" className="fr-btn" disabled={busy}>
        {busy ? t('stockListing.saving') : mode === 'create' ? t('stockListing.create') : t('stockListing.save')}
      </button>
    </form>
  );
}

/** A select of leaf categories grouped under their parent, in the DSFR select markup. */
function CategorySelect({
  id,
  label,
  groups,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  groups: LeafGroup[];
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const errorId = `${id}-error`;
  const known = groups.some((g) => g.leaves.some((leaf) => leaf.id === value));
  return (
    <div className={`fr-select-group${error === undefined ? '' : ' fr-select-group--error'}`}>
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        name={id}
        className={`fr-select${error === undefined ? '' : ' fr-select--error'}`}
        value={value}
        aria-required
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={error === undefined ? undefined : errorId}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      >
        <option value="">{t('form.choose')}</option>
        {value !== '' && !known && <option value={value}>{value}</option>}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.leaves.map((leaf) => (
              <option key={leaf.id} value={leaf.id}>
                {leaf.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {error !== undefined && (
        <p className="fr-error-text" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
