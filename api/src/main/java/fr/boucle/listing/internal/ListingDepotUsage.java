package fr.boucle.listing.internal;

import fr.boucle.organisation.DepotUsage;
import jakarta.inject.Singleton;
import java.util.UUID;

/** Listings are kept in depots: a depot holding any cannot be removed. */
@Singleton
class ListingDepotUsage implements DepotUsage {

  private final Listings listings;

  ListingDepotUsage(Listings listings) {
    this.listings = listings;
  }

  @Override
  public long uses(UUID depotId) {
    return listings.countByDepotId(depotId);
  }
}
