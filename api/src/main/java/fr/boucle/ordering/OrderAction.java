package fr.boucle.ordering;

import io.micronaut.core.annotation.Nullable;
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
  /**
   * The supplier cancels an order it accepted, with a reason (or agrees to the buyer's request):
   * stock and cap are released.
   */
  SUPPLIER_CANCEL(Side.SUPPLIER, OrderStatus.CANCELLED, OrderStatus.ACCEPTED, OrderStatus.READY),
  /**
   * The buyer side asks the supplier to cancel an accepted order, with a reason; the status stays
   * until the supplier cancels or declines.
   */
  REQUEST_CANCELLATION(Side.SERVICE, null, OrderStatus.ACCEPTED, OrderStatus.READY),
  /** The supplier declines the buyer's cancellation request, with a reason: the order goes on. */
  DECLINE_CANCELLATION(Side.SUPPLIER, null, OrderStatus.ACCEPTED, OrderStatus.READY),
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
  private final @Nullable OrderStatus to;
  private final Set<OrderStatus> from;

  OrderAction(Side side, @Nullable OrderStatus to, OrderStatus first, OrderStatus... others) {
    this.side = side;
    this.to = to;
    this.from = EnumSet.of(first, others);
  }

  public Side side() {
    return side;
  }

  /** The status after the action; {@code null} when the action leaves the status as it is. */
  public @Nullable OrderStatus target() {
    return to;
  }

  /** Whether the action needs a comment saying why (the other side reads it). */
  public boolean needsReason() {
    return this == SUPPLIER_CANCEL || this == REQUEST_CANCELLATION || this == DECLINE_CANCELLATION;
  }

  public boolean allowedFrom(OrderStatus status) {
    return from.contains(status);
  }

  /** Whether this action gives the order's stock and committed amount back. */
  public boolean releases() {
    return this == REJECT || this == CANCEL || this == REFUSE || this == SUPPLIER_CANCEL;
  }
}
