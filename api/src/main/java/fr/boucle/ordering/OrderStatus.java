package fr.boucle.ordering;

/**
 * Where a purchase order stands. The cart is the draft; an order starts SUBMITTED (or APPROVED at
 * once when its total excl. VAT does not exceed the service's approval threshold).
 */
public enum OrderStatus {
  SUBMITTED,
  APPROVED,
  REJECTED,
  ACCEPTED,
  REFUSED,
  READY,
  DELIVERED,
  INVOICED,
  PAID,
  CANCELLED,
  /** Not approved within the configured delay ({@code boucle.orders.approval-expiry}). */
  EXPIRED;

  /** Whether the order still holds stock and a committed amount it would give back if it ended. */
  public boolean releasable() {
    return this == SUBMITTED || this == APPROVED;
  }
}
