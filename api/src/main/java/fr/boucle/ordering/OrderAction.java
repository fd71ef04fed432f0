package fr.boucle.ordering;

import java.util.EnumSet;
import java.util.Set;

/**
 * The transitions of a purchase order: from which statuses each is allowed, where it leads, and
 * which side performs it. Anything else is an illegal transition.
 */
public enum OrderAction {
  /** An approver of the order's service approves an order above the threshold. */
  APPROVE(Side.APPROVER, OrderStatus.APPROVED, OrderStatus.SUBMITTED),
  /** An approver of the order's service rejects it: stock and cap are released. */
  REJECT(Side.APPROVER, OrderStatus.REJECTED, OrderStatus.SUBMITTED),
  /** The buyer side cancels before the supplier accepted: stock and cap are released. */
  CANCEL(Side.SERVICE, OrderStatus.CANCELLED, OrderStatus.SUBMITTED, OrderStatus.APPROVED),
  ACCEPT(Side.SUPPLIER, OrderStatus.ACCEPTED, OrderStatus.APPROVED),
  /** The supplier refuses: stock and cap are released. */
  REFUSE(Side.SUPPLIER, OrderStatus.REFUSED, OrderStatus.APPROVED),
  /** The supplier has prepared the goods (optional step). */
  MARK_READY(Side.SUPPLIER, OrderStatus.READY, OrderStatus.ACCEPTED),
  /** The ordering service confirms it received the goods: the reservation becomes a sale. */
  CONFIRM_DELIVERY(Side.SERVICE, OrderStatus.DELIVERED, OrderStatus.ACCEPTED, OrderStatus.READY),
  /** The supplier invoices: the amount moves from committed to invoiced. */
  INVOICE(Side.SUPPLIER, OrderStatus.INVOICED, OrderStatus.DELIVERED),
  /** The buyer admin records the payment. */
  MARK_PAID(Side.BUYER_ADMIN, OrderStatus.PAID, OrderStatus.INVOICED);

  /** Who performs an action. */
  public enum Side {
    /** APPROVER of the order's service (never on their own order). */
    APPROVER,
    /** The requester or approver of the order's service, or the buyer admin. */
    SERVICE,
    /** SUPPLIER_ADMIN or SUPPLIER_STAFF of the order's supplier. */
    SUPPLIER,
    BUYER_ADMIN
  }

  private final Side side;
  private final OrderStatus to;
  private final Set<OrderStatus> from;

  OrderAction(Side side, OrderStatus to, OrderStatus first, OrderStatus... others) {
    this.side = side;
    this.to = to;
    this.from = EnumSet.of(first, others);
  }

  public Side side() {
    return side;
  }

  public OrderStatus target() {
    return to;
  }

  public boolean allowedFrom(OrderStatus status) {
    return from.contains(status);
  }

  /** Whether this action gives the order's stock and committed amount back. */
  public boolean releases() {
    return this == REJECT || this == CANCEL || this == REFUSE;
  }
}
