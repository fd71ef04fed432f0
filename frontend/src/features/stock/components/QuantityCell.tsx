import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, problemText } from '../../../components/form';
import { moveStock, type ListingRow, type ListingView } from '../api/stock';

/** The ledger reason of a quick edit from the stock table. */
export const QUICK_EDIT_REASON = 'Saisie rapide';

/**
 * The quantity on hand (reserved units included, as a stock count finds them) with a small form to
 * set it: the change is a ledger row ({onHand, reason}) and the server subtracts the reserved
 * units; the row shows what the server answered, never a guess.
 */
export function QuantityCell({ row, onSaved }: { row: ListingRow; onSaved: (view: ListingView) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(String(row.availableQuantity + row.reservedQuantity));
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
      const view = await moveStock(row.id, { onHand: Number.parseInt(trimmed, 10), reason: QUICK_EDIT_REASON });
      setError(null);
      setSaved(true);
      setValue(String(view.availableQuantity + view.reservedQuantity));
      onSaved(view);
    } catch (failure) {
      const errors = fieldErrorsOf(failure);
      setError(errors.onHand ?? errors.available ?? errors.quantity ?? Object.values(errors)[0] ?? problemText(failure, t('form.unexpected')));
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
        {row.reservedQuantity > 0 && (
          <p className="fr-hint-text fr-mb-0">{t('stock.reservedPart', { available: row.availableQuantity, reserved: row.reservedQuantity })}</p>
        )}
        <p id={messageId} aria-live="polite" className={error !== null ? 'fr-error-text' : saved ? 'fr-valid-text' : 'fr-sr-only'}>
          {error ?? (saved ? t('stock.quantitySaved', { title: row.title, quantity: row.availableQuantity + row.reservedQuantity }) : '')}
        </p>
      </div>
    </form>
  );
}
