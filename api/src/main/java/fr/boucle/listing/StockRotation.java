package fr.boucle.listing;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What other areas (reporting) may read of a supplier's stock turnover, from the stock ledger: the
 * SOLD movements (an order delivered, or a sale the supplier recorded by hand) with the day the
 * listing was published, and the units on hand.
 */
public interface StockRotation {

  /** Units of a listing sold at once. */
  record Sale(
      UUID listingId,
      String categoryId,
      int units,
      @Nullable Instant publishedAt,
      Instant soldAt) {}

  /** The supplier's SOLD movements from {@code from} (included) to {@code to} (excluded). */
  List<Sale> sales(UUID supplierId, Instant from, Instant to);

  /** Units available on the supplier's listings on sale (published or sold out), per category. */
  Map<String, Long> unitsInStock(UUID supplierId);
}
