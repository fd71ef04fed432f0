import { useMemo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, problemText, type FieldErrors } from '../../../../components/form';
import { ApiError } from '../../../../lib/api';
import { createListing, fetchListing, updateListing, type ListingView } from '../../api/stock';
import {
  bodyOf,
  draftKey,
  draftOf,
  EMPTY_DRAFT,
  forgetDraft,
  loadStoredDraft,
  sameDraft,
  storeDraft,
  type FormDraft,
  type StoredDraft,
} from '../listingDraft';

export type ListingFormMode = 'create' | 'edit';

/** The label and input id of every field, for the error summary and the conflict list. */
export function useListingFieldLabels(mode: ListingFormMode) {
  const { t } = useTranslation();
  return useMemo(() => {
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
}

/**
 * The state of the listing form: the input (kept in this browser as it is typed and offered back
 * after a reload), the version it started from, and what saving it answered.
 */
export function useListingForm({
  listing,
  onCreated,
  onSaved,
}: {
  listing: ListingView | null;
  onCreated: (view: ListingView) => void;
  onSaved: (view: ListingView) => void;
}) {
  const { t } = useTranslation();
  const mode: ListingFormMode = listing === null ? 'create' : 'edit';
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

  /** Takes back the input offered after a reload. */
  function restoreOffer() {
    if (offer === null) return;
    setDraft(offer.draft);
    if (offer.version !== null) setBaseVersion(offer.version);
    setOffer(null);
  }

  function discardOffer() {
    forgetDraft(key);
    setOffer(null);
  }

  /** Replaces the input with the version saved meanwhile by someone else. */
  function takeLatest(latestDraft: FormDraft) {
    setDraft(latestDraft);
    forgetDraft(key);
    setConflict(false);
    setLatest(null);
  }

  return {
    mode,
    draft,
    update,
    set,
    offer,
    errors,
    failure,
    saved,
    conflict,
    latest,
    busy,
    onSubmit,
    loadLatest,
    restoreOffer,
    discardOffer,
    takeLatest,
  };
}
