package fr.boucle.ordering;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the invoicing area needs of a delivered order: what to bill, and the order's moves when it
 * is invoiced, when its invoice is cancelled by a credit note, and when it is paid. Each move runs
 * in the caller's transaction, on the order's row locked by {@link #lockForBilling}.
 */
public interface OrderBilling {

  /** A line of the order, priced as ordered. */
  record Line(
      int lineNo,
      @Nullable String sku,
      String title,
      int quantity,
      long unitPriceExclVatCents,
      int vatRateBasisPoints,
      long lineExclVatCents) {}

  /** An address of the order (its service's, or where it was delivered). */
  record Address(String street, String postcode, String city) {}

  /**
   * The billable view of an order. {@code deliveryFeeExclVatCents} is billed as its own line;
   * {@code deliveredOn} is the day the service confirmed delivery (the planned day before that).
   */
  record Billable(
      UUID orderId,
      @Nullable String number,
      OrderStatus status,
      UUID buyerId,
      UUID supplierId,
      UUID serviceId,
      String serviceName,
      @Nullable String chorusServiceCode,
      Address serviceAddress,
      String agreementReference,
      int lotNumber,
      String lotTitle,
      LocalDate deliveredOn,
      Address deliveryAddress,
      List<Line> lines,
      long deliveryFeeExclVatCents,
      int deliveryFeeVatRateBasisPoints,
      long totalExclVatCents,
      long totalVatCents) {}

  /** Who moves the order (a person, or a machine such as a payment provider). */
  record Actor(@Nullable UUID personId, String label) {}

  /**
   * Locks an order's row, whoever's: taken before its invoice's row by every path that moves both,
   * as the order actions lock the order first, so that they never wait on each other in a cycle.
   */
  void lockOrder(UUID orderId);

  /** The agreement lot an order was placed under (its platform commission applies to it). */
  Optional<UUID> lotOf(UUID orderId);

  /**
   * Locks the supplier's order (once approved) for billing; empty when it is not the supplier's.
   */
  Optional<Billable> lockForBilling(UUID supplierId, UUID orderId);

  /**
   * DELIVERED → INVOICED: the lot's and the spend ledger's amount moves from committed to invoiced;
   * the order keeps the invoice number as its reference.
   */
  void invoiced(UUID orderId, String invoiceNumber, Actor actor, @Nullable String comment);

  /**
   * INVOICED → DELIVERED when a credit note cancels its invoice: the invoiced amount goes back to
   * committed, and a new invoice may be issued.
   */
  void credited(UUID orderId, String creditNoteNumber, String invoiceNumber, Actor actor);

  /** INVOICED → PAID once its invoice is paid in full: the spend ledger records the paid amount. */
  void paid(UUID orderId, Actor actor);
}
