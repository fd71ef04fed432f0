import { useCallback, useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { fieldErrorsOf, problemText, type FieldErrors } from '../../../components/form';
import { ApiError } from '../../../lib/api';
import { forgetIdempotencyKey, idempotencyKeyFor } from '../api/checkout';
import {
  fetchCart,
  fetchCheckoutPreview,
  removeCartLine,
  setCartQuantity,
  submitCheckout,
  type Cart,
  type CheckoutOrder,
  type CheckoutPreview,
} from '../api/ordering';
import { nextMessageKey } from '../api/sequence';
import { formFor, type GroupForm } from './CheckoutGroupForm';
import { codedText } from '../../../lib/problems';

export type CartMessage = { kind: 'error' | 'success' | 'warning'; text: string; key: number } | null;

/**
 * The cart page's state: the cart and the quantities typed into it, the checkout preview for the
 * chosen service and one form per supplier, and the checkout itself (one order per supplier, all or
 * none, sent with an idempotency key so a retry after a network error places nothing twice).
 */
export function useCartCheckout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [cart, setCart] = useState<Cart | null>(null);
  const [preview, setPreview] = useState<CheckoutPreview | null>(null);
  const [serviceId, setServiceId] = useState<string>('');
  const [forms, setForms] = useState<Record<string, GroupForm>>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ kind: 'error' | 'success' | 'warning'; text: string; key: number } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [quantities, setQuantities] = useState<Record<string, string>>({});

  const loadPreview = useCallback(async (service: string | null) => {
    const answer = await fetchCheckoutPreview(service);
    setPreview(answer);
    const chosen = answer.service ?? null;
    if (chosen !== null) setServiceId(chosen.id);
    setForms((previous) => {
      const next: Record<string, GroupForm> = {};
      for (const group of answer.groups) {
        const old = previous[group.supplier.id];
        const form = formFor(group, chosen, old);
        // A lot that no longer applies is not kept.
        if (!group.options.some((o) => o.lot.lotId === form.lotId && o.applicable)) form.lotId = group.chosenLotId ?? '';
        next[group.supplier.id] = form;
      }
      return next;
    });
  }, []);

  const reload = useCallback(
    async (service: string | null) => {
      const answer = await fetchCart();
      setCart(answer);
      setQuantities(
        Object.fromEntries(answer.groups.flatMap((g) => g.lines.map((l) => [l.listingId, String(l.quantity)]))),
      );
      if (answer.lineCount > 0) await loadPreview(service);
      else setPreview(null);
    },
    [loadPreview],
  );

  useEffect(() => {
    // The first load; later ones follow the person's changes.
    const failed = (failure: unknown) => {
      setMessage({ kind: 'error', text: problemText(failure, t('form.unexpected')), key: nextMessageKey() });
    };
    fetchCart()
      .then(async (answer) => {
        setCart(answer);
        setQuantities(Object.fromEntries(answer.groups.flatMap((g) => g.lines.map((l) => [l.listingId, String(l.quantity)]))));
        if (answer.lineCount > 0) await loadPreview(null);
      })
      .catch(failed);
  }, [loadPreview, t]);

  async function changeQuantity(listingId: string) {
    const text = quantities[listingId] ?? '';
    const quantity = Number.parseInt(text, 10);
    const field = `cart[${listingId}].quantity`;
    if (!/^\d+$/.test(text.trim()) || quantity < 1) {
      setErrors({ ...errors, [field]: t('ordering.cart.quantityInvalid') });
      return;
    }
    try {
      setCart(await setCartQuantity(listingId, quantity));
      setErrors(Object.fromEntries(Object.entries(errors).filter(([key]) => key !== field)));
      await loadPreview(serviceId || null);
    } catch (failure) {
      const fieldErrors = failure instanceof ApiError ? failure.problem.errors ?? [] : [];
      setErrors({ ...errors, [field]: fieldErrors[0] !== undefined ? codedText(fieldErrors[0], fieldErrors[0].message) : problemText(failure, t('form.unexpected')) });
    }
  }

  async function remove(listingId: string) {
    try {
      const answer = await removeCartLine(listingId);
      setCart(answer);
      if (answer.lineCount > 0) await loadPreview(serviceId || null);
      else setPreview(null);
    } catch (failure) {
      setMessage({ kind: 'error', text: problemText(failure, t('form.unexpected')), key: nextMessageKey() });
    }
  }

  function update(supplierId: string, patch: Partial<GroupForm>) {
    setForms((previous) => {
      const current = previous[supplierId];
      return current === undefined ? previous : { ...previous, [supplierId]: { ...current, ...patch } };
    });
  }

  function changeService(id: string) {
    setServiceId(id);
    const service = preview?.myServices.find((s) => s.id === id) ?? null;
    // A new service brings its own delivery address.
    setForms((previous) =>
      Object.fromEntries(
        Object.entries(previous).map(([supplier, form]) => [
          supplier,
          { ...form, street: service?.street ?? '', postcode: service?.postcode ?? '', city: service?.city ?? '' },
        ]),
      ),
    );
    loadPreview(id).catch((failure: unknown) => {
      setMessage({ kind: 'error', text: problemText(failure, t('form.unexpected')), key: nextMessageKey() });
    });
  }

  async function onCheckout(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (preview === null) return;
    const local: FieldErrors = {};
    if (serviceId === '') local.serviceId = t('form.required');
    const orders: CheckoutOrder[] = preview.groups.map((group, index) => {
      const form = forms[group.supplier.id] ?? formFor(group, preview.service ?? null, undefined);
      if (form.lotId === '') local[`orders[${String(index)}].lotId`] = t('ordering.checkout.chooseLot');
      if (form.deliveryDate === '') local[`orders[${String(index)}].deliveryDate`] = t('form.required');
      return {
        supplierId: group.supplier.id,
        serviceId,
        lotId: form.lotId === '' ? null : form.lotId,
        deliveryDate: form.deliveryDate,
        deliveryAddress: { street: form.street, postcode: form.postcode, city: form.city },
        note: form.note.trim() === '' ? null : form.note.trim(),
        lines: group.lines.map((line) => ({ listingId: line.listingId, quantity: line.quantity })),
      };
    });
    setErrors(local);
    if (Object.keys(local).length > 0) {
      // The error summary at the top lists them and takes the focus.
      setMessage(null);
      return;
    }
    const key = idempotencyKeyFor(JSON.stringify(orders));
    setSubmitting(true);
    setMessage(null);
    try {
      const submitted = await submitCheckout(orders, key);
      forgetIdempotencyKey();
      const first = submitted.orders[0];
      if (submitted.orders.length === 1 && first !== undefined) {
        void navigate(`/commandes/${first.id}`, { state: { placed: true } });
      } else {
        void navigate('/commandes', { state: { placed: submitted.orders.map((o) => o.number ?? t('ordering.order.numberPending')) } });
      }
    } catch (failure) {
      // A 4xx answer means nothing was placed (all or none): the next try is a new attempt. After a
      // network error or a 5xx the outcome is unknown, so the key is kept for the retry.
      if (failure instanceof ApiError && failure.status >= 400 && failure.status < 500) forgetIdempotencyKey();
      if (failure instanceof ApiError && failure.status === 0) {
        setMessage({ kind: 'warning', text: t('ordering.checkout.networkError'), key: nextMessageKey() });
      } else if (failure instanceof ApiError && failure.status === 409) {
        setMessage({
          kind: 'warning',
          text: `${t('ordering.checkout.conflict')} ${problemText(failure, '')}`.trim(),
          key: nextMessageKey(),
        });
        setErrors(fieldErrorsOf(failure));
        await reload(serviceId || null).catch(() => undefined);
      } else {
        setErrors(fieldErrorsOf(failure));
        setMessage({ kind: 'error', text: problemText(failure, t('form.unexpected')), key: nextMessageKey() });
      }
    } finally {
      setSubmitting(false);
    }
  }


  return {
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
  };
}
