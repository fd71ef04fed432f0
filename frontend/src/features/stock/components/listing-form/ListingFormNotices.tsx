import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../components/form';
import { formatDateTime } from '../../../../lib/format';
import type { ListingView } from '../../api/stock';
import { differingFields, draftOf, type FormDraft, type StoredDraft } from '../listingDraft';

/** Offers back the input kept in this browser from an earlier visit. */
export function RestoreOffer({ offer, onRestore, onDiscard }: { offer: StoredDraft; onRestore: () => void; onDiscard: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Alert kind="info" title={t('stockListing.restoreTitle')} testId="listing-restore">
      <p>{t('stockListing.restoreText', { date: formatDateTime(offer.savedAt, i18n.language) })}</p>
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-mt-2w">
        <li>
          <button type="button" className="fr-btn fr-btn--sm" onClick={onRestore}>
            {t('stockListing.restore')}
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary" onClick={onDiscard}>
            {t('stockListing.discard')}
          </button>
        </li>
      </ul>
    </Alert>
  );
}

/** Says the listing changed meanwhile, and shows how the saved version differs from the input. */
export function ConflictNotice({
  draft,
  latest,
  label,
  onLoadLatest,
  onTakeLatest,
}: {
  draft: FormDraft;
  latest: ListingView | null;
  label: (field: keyof FormDraft) => string;
  onLoadLatest: () => void;
  onTakeLatest: (latestDraft: FormDraft) => void;
}) {
  const { t } = useTranslation();
  const latestDraft = latest === null ? null : draftOf(latest);
  const differences = latestDraft === null ? [] : differingFields(latestDraft, draft);
  return (
    <Alert kind="warning" title={t('stockListing.conflictTitle')} testId="listing-conflict">
      <p>{t('stockListing.conflictText')}</p>
      {latestDraft === null ? (
        <button type="button" className="fr-btn fr-btn--sm fr-mt-2w" onClick={onLoadLatest}>
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
              onTakeLatest(latestDraft);
            }}
          >
            {t('stockListing.takeLatest')}
          </button>
        </div>
      )}
    </Alert>
  );
}
