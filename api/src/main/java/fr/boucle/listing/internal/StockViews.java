package fr.boucle.listing.internal;

import fr.boucle.listing.ListingViews;
import fr.boucle.organisation.SupplierDepots;
import fr.boucle.shared.web.NotFound;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The supplier's listings as its stock API shows them, with the names of their depots: the
 * supplier's depots are fetched once per answer and joined here.
 */
@Singleton
class StockViews {

  private final Listings listings;
  private final SupplierDepots depots;

  StockViews(Listings listings, SupplierDepots depots) {
    this.listings = listings;
    this.depots = depots;
  }

  /** One of the supplier's listings; another organisation's is a 404 like a missing one. */
  StoredListing stored(UUID supplierId, UUID id) {
    return listings.find(supplierId, id).orElseThrow(() -> new NotFound("Listing"));
  }

  /** Locks one of the supplier's listings until the transaction ends, then reads it. */
  StoredListing locked(UUID supplierId, UUID id) {
    if (!listings.lock(supplierId, id)) {
      throw new NotFound("Listing");
    }
    return stored(supplierId, id);
  }

  ListingViews.ListingView view(UUID supplierId, UUID id) {
    return view(stored(supplierId, id));
  }

  ListingViews.ListingView view(StoredListing listing) {
    return listing.view(depotNames(listing.supplierId(), List.of(listing)).get(listing.depotId()));
  }

  List<ListingViews.ListingRow> rows(UUID supplierId, List<StoredListing> page) {
    Map<UUID, String> names = depotNames(supplierId, page);
    return page.stream().map(l -> l.row(names.get(l.depotId()))).toList();
  }

  private Map<UUID, String> depotNames(UUID supplierId, List<StoredListing> listings) {
    Map<UUID, String> names = new HashMap<>();
    depots.ofSupplier(supplierId).forEach(d -> names.put(d.id(), d.name()));
    Set<UUID> elsewhere =
        listings.stream()
            .map(StoredListing::depotId)
            .filter(id -> !names.containsKey(id))
            .collect(Collectors.toSet());
    if (!elsewhere.isEmpty()) {
      depots.withIds(elsewhere).forEach(d -> names.put(d.id(), d.name()));
    }
    return names;
  }
}
