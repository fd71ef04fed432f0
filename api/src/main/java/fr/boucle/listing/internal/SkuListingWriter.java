package fr.boucle.listing.internal;

import fr.boucle.listing.ListingFields;
import fr.boucle.listing.ListingStatus;
import fr.boucle.listing.ListingWriter;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.TradingStanding;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/** Writes listings by the supplier's SKU for the form, the API and the import. */
@Singleton
class SkuListingWriter implements ListingWriter {

  static final String PUBLISH = "publish listings to the catalogue";

  private final Listings listings;
  private final StockMovements movements;
  private final TradingStanding standing;

  SkuListingWriter(Listings listings, StockMovements movements, TradingStanding standing) {
    this.listings = listings;
    this.movements = movements;
    this.standing = standing;
  }

  @Override
  @Transactional
  public List<Result> upsert(
      CurrentUser actor, UUID supplierId, List<ListingFields> fields, String why) {
    if (fields.isEmpty()) {
      return List.of();
    }
    if (fields.stream()
        .anyMatch(l -> l.status() != null && ListingStatus.valueOf(l.status()).isOnSale())) {
      standing.requireTrading(supplierId, PUBLISH);
    }
    String who = Actors.of(actor);
    listings.tagActor(who);
    List<String> skus = skus(fields);
    // Lock first, then read: the reserved units are counted after any order holding them.
    listings.lockAll(supplierId, skus);
    UpsertPlan plan =
        UpsertPlan.of(listings.withSkus(supplierId, skus), fields, who, why, UUID::randomUUID);
    ValidationFailed.Collector refused = new ValidationFailed.Collector();
    for (Result r : plan.results()) {
      if (r.refusal() != null) {
        refused.add(
            "quantity",
            fields.size() == 1
                ? r.refusal()
                : Message.of(
                    ProblemCode.SKU_REFUSED, "sku", r.sku(), "reason", r.refusal().english()));
      }
    }
    refused.throwIfAny();
    listings.insertAll(supplierId, plan.inserts());
    listings.updateAll(plan.updates());
    movements.addAll(plan.movements());
    return plan.results();
  }

  @Override
  public boolean tryLockAll(UUID supplierId, List<String> skus) {
    return listings.tryLockAll(supplierId, skus);
  }

  @Override
  public List<Result> preview(UUID supplierId, List<ListingFields> fields) {
    if (fields.isEmpty()) {
      return List.of();
    }
    return UpsertPlan.of(
            listings.withSkus(supplierId, skus(fields)), fields, "", "", UUID::randomUUID)
        .results();
  }

  private static List<String> skus(List<ListingFields> fields) {
    return fields.stream().map(ListingFields::sku).distinct().toList();
  }
}
