package fr.boucle.listing;

import java.util.Optional;
import java.util.UUID;

/**
 * Whose a listing is and whether buyers see it, for the areas that hang things on listings (photos)
 * without reading the listing table.
 */
public interface ListingOwnership {

  /** A listing's owner and status. */
  record Owned(UUID listingId, UUID supplierId, ListingStatus status) {

    public boolean isOwnedBy(UUID organisationId) {
      return supplierId.equals(organisationId);
    }

    /** Buyers and anonymous visitors see it. */
    public boolean isOnSale() {
      return status.isOnSale();
    }
  }

  Optional<Owned> find(UUID listingId);

  /** Whether the listing exists and belongs to this supplier. */
  boolean isOwnedBy(UUID listingId, UUID supplierId);

  /**
   * Locks the supplier's listing until the caller's transaction ends, so that changes hung on one
   * listing serialise; answers false (locking nothing) when the supplier has no such listing.
   */
  boolean lockOwned(UUID listingId, UUID supplierId);
}
