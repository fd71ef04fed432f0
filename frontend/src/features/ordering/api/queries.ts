import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  fetchCart,
  fetchCheckoutPreview,
  fetchOrder,
  fetchOrders,
  removeCartLine,
  setCartQuantity,
  transitionOrder,
  type Cart,
  type OrderAction,
  type OrderQuery,
} from './ordering';

/** Query keys of the ordering feature; invalidating a prefix refreshes everything under it. */
export const orderingKeys = {
  cart: ['cart'] as const,
  checkout: (serviceId: string | null) => ['cart', 'checkout', serviceId ?? ''] as const,
  orders: ['orders'] as const,
  orderList: (query: OrderQuery) => ['orders', 'list', query] as const,
  order: (id: string) => ['orders', 'detail', id] as const,
};

/** One page of the orders the person may see; the previous page stays on screen while the next loads. */
export function useOrders(query: OrderQuery) {
  return useQuery({ queryKey: orderingKeys.orderList(query), queryFn: () => fetchOrders(query), placeholderData: keepPreviousData });
}

export function useOrder(id: string) {
  return useQuery({ queryKey: orderingKeys.order(id), queryFn: () => fetchOrder(id) });
}

export function useCart(enabled = true) {
  return useQuery({ queryKey: orderingKeys.cart, queryFn: fetchCart, enabled });
}

/** The checkout preview for a service (null: the person's only service). */
export function useCheckoutPreview(serviceId: string | null, enabled: boolean) {
  return useQuery({ queryKey: orderingKeys.checkout(serviceId), queryFn: () => fetchCheckoutPreview(serviceId), enabled });
}

/** Changes a cart line (quantity 0 removes it); the cart answer replaces the cached one and the preview reloads. */
export function useCartLineChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ listingId, quantity }: { listingId: string; quantity: number }) =>
      quantity === 0 ? removeCartLine(listingId) : setCartQuantity(listingId, quantity),
    onSuccess: (cart: Cart) => {
      client.setQueryData(orderingKeys.cart, cart);
      void client.invalidateQueries({ queryKey: ['cart', 'checkout'] });
    },
  });
}

/** Moves an order along its lifecycle; the order and every order list reload. */
export function useOrderTransition(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: OrderAction; body: { comment?: string; invoiceReference?: string } }) =>
      transitionOrder(id, action, body),
    onSuccess: (order) => {
      client.setQueryData(orderingKeys.order(id), order);
      void client.invalidateQueries({ queryKey: orderingKeys.orders });
    },
  });
}
