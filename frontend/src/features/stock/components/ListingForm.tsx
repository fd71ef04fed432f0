import { useTranslation } from 'react-i18next';
import { Alert, ErrorSummary } from '../../../components/form';
import type { Depot, ListingView } from '../api/stock';
import type { FormDraft } from './listingDraft';
import { ListingDescriptionFields } from './listing-form/ListingDescriptionFields';
import { ConflictNotice, RestoreOffer } from './listing-form/ListingFormNotices';
import { ListingTradeFields } from './listing-form/ListingTradeFields';
import { useListingFieldLabels, useListingForm } from './listing-form/useListingForm';
import type { LeafGroup } from './useStockReferences';

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
  const { t } = useTranslation();
  const form = useListingForm({ listing, onCreated, onSaved });
  const { mode, draft, errors, set } = form;
  const fields = useListingFieldLabels(mode);
  const label = (field: keyof FormDraft) => fields[field]?.label ?? field;

  return (
    <form onSubmit={(e) => void form.onSubmit(e)} noValidate aria-labelledby="listing-form-title" data-testid="listing-form">
      <h2 id="listing-form-title" className="fr-sr-only">
        {mode === 'create' ? t('stockListing.newTitle') : t('common.edit')}
      </h2>
      {form.offer !== null && <RestoreOffer offer={form.offer} onRestore={form.restoreOffer} onDiscard={form.discardOffer} />}
      {form.conflict && (
        <ConflictNotice
          draft={draft}
          latest={form.latest}
          label={label}
          onLoadLatest={() => void form.loadLatest()}
          onTakeLatest={form.takeLatest}
        />
      )}
      {form.saved > 0 && (
        <Alert kind="success" key={form.saved} testId="listing-saved">
          {t('stockListing.saved')}
        </Alert>
      )}
      {form.failure !== null && <Alert kind="error">{form.failure}</Alert>}
      <ErrorSummary errors={errors} fields={fields} testId="listing-errors" />
      <p className="fr-hint-text">{t('stockListing.autosaved')}</p>

      <ListingDescriptionFields draft={draft} errors={errors} set={set} label={label} categories={categories} />
      <ListingTradeFields draft={draft} errors={errors} set={set} label={label} update={form.update} depots={depots} listing={listing} />

      <button type="submit" className="fr-btn" disabled={form.busy}>
        {form.busy ? t('stockListing.saving') : mode === 'create' ? t('stockListing.create') : t('stockListing.save')}
      </button>
    </form>
  );
}
