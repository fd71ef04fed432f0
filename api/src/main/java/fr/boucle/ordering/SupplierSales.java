package fr.boucle.ordering;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What other areas (reporting) may read of a supplier's sales: its orders counted as revenue and
 * the orders waiting for it to act.
 *
 * <p>Counting rule: an order counts once ACCEPTED or later (READY, DELIVERED, INVOICED, PAID; never
 * when refused, cancelled, rejected or expired), on the day it was submitted (Europe/Paris), for
 * its total excl. VAT: goods lines plus the delivery fee.
 */
public interface SupplierSales {

  /** A goods line of a sold order. */
  record Line(String categoryId, int quantity, long lineExclVatCents) {}

  /** An order counted as revenue. */
  record SoldOrder(
      UUID orderId,
      UUID buyerId,
      LocalDate orderedOn,
      long totalExclVatCents,
      long deliveryFeeExclVatCents,
      List<Line> lines) {}

  /** Orders waiting for the supplier: to accept (APPROVED), prepare (ACCEPTED), deliver (READY). */
  record Waiting(long toAccept, long toPrepare, long toDeliver) {}

  /** The supplier's orders counted as revenue, submitted from {@code from} to {@code to}. */
  List<SoldOrder> sold(UUID supplierId, LocalDate from, LocalDate to);

  Waiting waiting(UUID supplierId);
}
