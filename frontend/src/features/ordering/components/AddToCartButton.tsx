import '../../../components/procurement.css';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { problemText } from '../../../components/form';
import { useSession } from '../../../lib/session';
import { setCartQuantity } from '../api/ordering';

export interface AddToCartButtonProps {
  listingId: string;
  minimumOrderQuantity?: number;
  availableQuantity?: number;
}

/**
 * A quantity input and an "Add to cart" button for requesters (renders nothing for anyone else).
 * The cart lives on the server: the line's quantity is set to the number entered.
 */
export function AddToCartButton({ listingId, minimumOrderQuantity, availableQuantity }: AddToCartButtonProps) {
  const { t } = useTranslation();
  const { me } = useSession();
  const id = useId();
  const minimum = Math.max(1, minimumOrderQuantity ?? 1);
  const [quantity, setQuantity] = useState(String(minimum));
  const [state, setState] = useState<'idle' | 'saving' | 'added'>('idle');
  const [error, setError] = useState<string | null>(null);
  if (me === null || !me.roles.includes('REQUESTER')) return null;
  const unavailable = availableQuantity !== undefined && availableQuantity < minimum;

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = Number.parseInt(quantity, 10);
    if (!/^\d+$/.test(quantity.trim()) || value < minimum) {
      setError(t('ordering.addToCart.minimum', { count: minimum }));
      return;
    }
    if (availableQuantity !== undefined && value > availableQuantity) {
      setError(t('ordering.addToCart.tooMany', { count: availableQuantity }));
      return;
    }
    setState('saving');
    setError(null);
    try {
      await setCartQuantity(listingId, value);
      setState('added');
    } catch (failure) {
      setState('idle');
      setError(problemText(failure, t('form.unexpected')));
    }
  }

  const inputId = `${id}-quantity`;
  const errorId = `${id}-error`;
  return (
    <form className="boucle-add-to-cart" onSubmit={(e) => void onSubmit(e)} data-testid="add-to-cart">
      <div className={`fr-input-group${error === null ? '' : ' fr-input-group--error'}`}>
        <label className="fr-label" htmlFor={inputId}>
          {t('ordering.addToCart.quantity')}
        </label>
        <input
          id={inputId}
          className={`fr-input${error === null ? '' : ' fr-input--error'}`}
          type="number"
          inputMode="numeric"
          min={minimum}
          max={availableQuantity}
          value={quantity}
          aria-invalid={error === null ? undefined : true}
          aria-describedby={error === null ? undefined : errorId}
          onChange={(e) => {
            setQuantity(e.target.value);
            setState('idle');
          }}
        />
        {error !== null && (
          <p className="fr-error-text" id={errorId}>
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="fr-btn fr-btn--sm" disabled={state === 'saving' || unavailable}>
        {t('ordering.addToCart.button')}
      </button>
      <p aria-live="polite" className="fr-mt-1w fr-mb-0">
        {state === 'added' && (
          <>
            {t('ordering.addToCart.added')} <Link to="/panier">{t('ordering.addToCart.seeCart')}</Link>
          </>
        )}
      </p>
    </form>
  );
}
