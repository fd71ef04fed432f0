package fr.boucle.ordering;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What other areas (reporting) may read of a buyer's consumed spend, per order: the sum of the
 * order's spend ledger rows (committed + invoiced, excl. VAT; released amounts given back), with
 * the supplier, lot and service it went to. An order counts on the day it was submitted
 * (Europe/Paris).
 */
public interface ConsumedSpend {

  /** One order with a consumed amount other than zero. */
  record ConsumedOrder(
      UUID orderId,
      UUID supplierId,
      UUID agreementId,
      UUID lotId,
      UUID serviceId,
      LocalDate orderedOn,
      long consumedCents) {}

  /**
   * The buyer's orders submitted between {@code from} and {@code to} (both included), of these
   * services when {@code serviceIds} is not null, by submission.
   */
  List<ConsumedOrder> consumed(
      UUID buyerId, LocalDate from, LocalDate to, @Nullable Set<UUID> serviceIds);
}
