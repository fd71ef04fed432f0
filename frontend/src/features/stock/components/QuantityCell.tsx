import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, problemText } from '../../../components/form';
import { moveStock, type ListingRow, type ListingView } from '../api/stock';

/** The ledger reason of a quick edit from the stock table. */
export const QUICK_EDIT_REASON = 'Saisie rapide';

/**
 * The available quantity with a small form to set it: the change is a ledger row
 * ({available, reason}), and the row shows what the server answered, never a guess.
 */
export function QuantityCell({ row, onSaved }: { row: ListingRow; onSaved: (view: ListingView) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(String(row.availableQuantity));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const inputId = `qty-${row.id}`;
  const messageId = `qty-${row.id}-message`;

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const trimmed = value.trim();
    if (!/^\d{1,9}$/.test(trimmed)) {
      setError(t('stock.quantityInvalid'));
      return;
    }
    setBusy(true);
    try {
      const view = await moveStock(row.id, { available: Number.parseInt(trimmed, 10), reason: QUICK_EDIT_REASON });
      setError(null);
      setSaved(true);
      setValue(String(view.availableQuantity));
      onSaved(view);
    } catch (failure) {
      const errors = fieldErrorsOf(failure);
      setError(errors.available ?? errors.quantity ?? Object.values(errors)[0] ?? problemText(failure, t('form.unexpected')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="boucle-quantity-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <div className={`fr-input-group fr-mb-0${error === null ? '' : ' fr-input-group--error'}`}>
        <label className="fr-label fr-sr-only" htmlFor={inputId}>
          {t('stock.quantityOf', { title: row.title })}
        </label>
        <div className="fr-input-wrap boucle-quantity-row">
          <input
            id={inputId}
            className={`fr-input boucle-quantity-input${error === null ? '' : ' fr-input--error'}`}
            inputMode="numeric"
            value={value}
            aria-invalid={error === null ? undefined : true}
            aria-describedby={messageId}
            onChange={(e) => {
              setValue(e.target.value);
              setSaved(false);
            }}
          />
          <button
            type="submit"
            className="fr-btn fr-btn--sm fr-btn--secondary fr-icon-check-line fr-btn--icon-left"
            disabled={busy}
            title={t('stock.saveQuantityOf', { title: row.title })}
            aria-label={t('stock.saveQuantityOf', { title: row.title })}
          >
            {t('common.save')}
          </button>
        </div>
        <p id={messageId} aria-live="polite" className={error !== null ? 'fr-error-text' : saved ? 'fr-valid-text' : 'fr-sr-only'}>
          {error ?? (saved ? t('stock.quantitySaved', { title: row.title, quantity: row.availableQuantity }) : '')}
        </p>
      </div>
    </form>
  );
}
