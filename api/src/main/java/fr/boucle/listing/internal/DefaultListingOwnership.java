package fr.boucle.listing.internal;

import fr.boucle.listing.ListingOwnership;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

@Singleton
class DefaultListingOwnership implements ListingOwnership {

  private final Listings listings;

  DefaultListingOwnership(Listings listings) {
    this.listings = listings;
  }

  @Override
  public Optional<Owned> find(UUID listingId) {
    return listings.findById(listingId).map(l -> new Owned(l.id(), l.supplierId(), l.status()));
  }

  @Override
  public boolean isOwnedBy(UUID listingId, UUID supplierId) {
    return listings.existsByIdAndSupplierId(listingId, supplierId);
  }

  @Override
  public boolean lockOwned(UUID listingId, UUID supplierId) {
    return listings.lock(supplierId, listingId);
  }
}
