import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { AddToCartButton } from '../components/AddToCartButton';

/**
 * /panier/ajout/:listingId — adds one listing to the cart from a link (e.g. shared by a colleague,
 * or from an e-mail); the catalogue pages host the same {@link AddToCartButton}.
 */
export function AddToCartPage() {
  return (
    <RequireSession role="REQUESTER">
      <AddToCartContent />
    </RequireSession>
  );
}

function AddToCartContent() {
  const { t } = useTranslation();
  useDocumentTitle(t('ordering.addToCart.title'));
  const { listingId = '' } = useParams();
  const [params] = useSearchParams();
  const minimum = Number.parseInt(params.get('min') ?? '', 10);
  return (
    <div className="fr-container fr-py-6w">
      <h1>{t('ordering.addToCart.title')}</h1>
      <AddToCartButton listingId={listingId} {...(Number.isSafeInteger(minimum) && minimum > 0 ? { minimumOrderQuantity: minimum } : {})} />
      <p className="fr-mt-3w">
        <Link to="/panier">{t('ordering.addToCart.seeCart')}</Link>
      </p>
    </div>
  );
}
