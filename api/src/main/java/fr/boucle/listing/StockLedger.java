package fr.boucle.listing;

import io.micronaut.core.annotation.Nullable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the ordering area needs from listings: the facts an order is planned on, and the stock
 * movements of an order that ends or is delivered. Stock only ever moves by ledger rows; orders
 * reserve theirs in the database function {@code place_orders}, in the same statement as the rest
 * of the order.
 */
public interface StockLedger {

  /** A listing as an order is planned on it, with its available stock (the sum of its ledger). */
  record Listing(
      UUID id,
      UUID supplierId,
      UUID depotId,
      String sku,
      String title,
      String categoryId,
      String kind,
      ListingStatus status,
      long priceCents,
      int vatRateBasisPoints,
      int minimumOrderQuantity,
      long available,
      @Nullable Long deliveryFeeCents) {}

  /** Units of one listing that move together. */
  record Units(UUID listingId, int quantity) {}

  /** The listings with these ids (those that exist), by id. */
  Map<UUID, Listing> listings(Collection<UUID> ids);

  /** Gives reserved units back to the stock (an order ended), one RELEASED row per listing. */
  void release(List<Units> units, String actor, String reason);

  /** Turns reserved units into a sale (an order delivered): available stock is unchanged. */
  void sell(List<Units> units, String actor, String reason);
}
