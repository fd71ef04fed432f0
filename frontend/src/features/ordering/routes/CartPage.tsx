import '../../../components/procurement.css';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert, ErrorSummary, SelectField } from '../../../components/form';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { formatEuros } from '../../../lib/money';
import { lineTotalCents } from '../api/checkout';
import { CartLinesTable } from '../components/CartLinesTable';
import { CheckoutGroupForm, formFor } from '../components/CheckoutGroupForm';
import { useCartCheckout } from '../components/useCartCheckout';
import type { Cart, CheckoutPreview } from '../api/ordering';
import { USER_CONTENT_LANGUAGE, UserText } from '../../../components/UserText';

/** The requester's cart (kept on the server) and its checkout, one order per supplier. */
export function CartPage() {
  return (
    <RequireSession role="REQUESTER">
      <CartContent />
    </RequireSession>
  );
}

function CartContent() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('ordering.cart.title'));
  const {
    cart,
    preview,
    serviceId,
    forms,
    errors,
    message,
    submitting,
    quantities,
    setQuantities,
    changeQuantity,
    remove,
    update,
    changeService,
    onCheckout,
  } = useCartCheckout();

  const lang = i18n.language;
  const grandTotal =
    cart?.groups.reduce(
      (sum, group) => sum + group.lines.reduce((s, l) => s + lineTotalCents(l.catalogueUnitPriceCents, l.quantity), 0),
      0,
    ) ?? 0;

  return (
    <div className="fr-container fr-py-6w">
      <h1>{t('ordering.cart.title')}</h1>
      {message !== null && (
        <Alert kind={message.kind} key={message.key} testId="cart-message">
          {message.text}
        </Alert>
      )}
      <ErrorSummary errors={errors} fields={checkoutFields(cart, preview, t)} testId="checkout-errors" />
      {cart === null ? (
        <p aria-live="polite">{t('session.loading')}</p>
      ) : cart.lineCount === 0 ? (
        <p data-testid="cart-empty">
          {t('ordering.cart.empty')} <Link to="/catalogue">{t('ordering.cart.browse')}</Link>
        </p>
      ) : (
        <>
          {cart.groups.map((group) => (
            <section key={group.supplier.id} className="fr-mb-4w" aria-labelledby={`group-${group.supplier.id}`}>
              <h2 id={`group-${group.supplier.id}`} className="fr-h4">
                <UserText>{group.supplier.legalName}</UserText>
              </h2>
              <CartLinesTable
                group={group}
                quantities={quantities}
                errors={errors}
                onQuantityInput={(listingId, value) => {
                  setQuantities({ ...quantities, [listingId]: value });
                }}
                onQuantityCommit={(listingId) => void changeQuantity(listingId)}
                onRemove={(listingId) => void remove(listingId)}
              />
            </section>
          ))}
          <p className="fr-text--lg" data-testid="cart-total">
            {t('ordering.cart.total', { amount: formatEuros(grandTotal, lang) })}
          </p>
          <p className="fr-hint-text">{t('ordering.cart.priceHint')}</p>

          {preview !== null && (
            <form onSubmit={(e) => void onCheckout(e)} noValidate aria-labelledby="checkout-title" data-testid="checkout">
              <h2 id="checkout-title">{t('ordering.checkout.title')}</h2>
              <SelectField
                id="checkout-service"
                label={t('ordering.checkout.service')}
                value={serviceId}
                onChange={changeService}
                options={preview.myServices.map((s) => ({ value: s.id, label: s.name, lang: USER_CONTENT_LANGUAGE }))}
                placeholder={t('ordering.checkout.chooseService')}
                error={errors.serviceId ?? errors['orders[0].serviceId']}
                required
              />
              {preview.groups.map((group, index) => (
                <CheckoutGroupForm
                  key={group.supplier.id}
                  group={group}
                  index={index}
                  form={forms[group.supplier.id] ?? formFor(group, preview.service ?? null, undefined)}
                  errors={errors}
                  onChange={(patch) => {
                    update(group.supplier.id, patch);
                  }}
                />
              ))}
              <button type="submit" className="fr-btn" disabled={submitting}>
                {submitting ? t('ordering.checkout.submitting') : t('ordering.checkout.submit')}
              </button>
            </form>
          )}
        </>
      )}
    </div>
  );
}

/** Each checkout field the error summary links to: its input's id and its label. */
function checkoutFields(
  cart: Cart | null,
  preview: CheckoutPreview | null,
  t: TFunction,
): Record<string, { id: string; label: string }> {
  const fields: Record<string, { id: string; label: string }> = {
    serviceId: { id: 'checkout-service', label: t('ordering.checkout.service') },
  };
  cart?.groups.forEach((group) => {
    group.lines.forEach((line) => {
      fields[`cart[${line.listingId}].quantity`] = {
        id: `qty-${line.listingId}`,
        label: t('ordering.cart.quantityOf', { title: line.title }),
      };
    });
  });
  preview?.groups.forEach((group, index) => {
    const id = `checkout-${String(index)}`;
    const prefix = `orders[${String(index)}]`;
    const supplier = ` (${group.supplier.legalName})`;
    const firstLot = group.options[0];
    if (firstLot !== undefined) {
      fields[`${prefix}.lotId`] = { id: `${id}-lot-${firstLot.lot.lotId}`, label: t('ordering.checkout.lot') + supplier };
    }
    fields[`${prefix}.deliveryDate`] = { id: `${id}-date`, label: t('ordering.checkout.deliveryDate') + supplier };
    fields[`${prefix}.deliveryAddress.street`] = { id: `${id}-street`, label: t('ordering.checkout.street') + supplier };
    fields[`${prefix}.deliveryAddress.postcode`] = { id: `${id}-postcode`, label: t('ordering.checkout.postcode') + supplier };
    fields[`${prefix}.deliveryAddress.city`] = { id: `${id}-city`, label: t('ordering.checkout.city') + supplier };
  });
  return fields;
}
