package fr.boucle.photo;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Read access to listings' photos for other areas (the catalogue puts the first photo's thumbnail
 * in its documents). It does not check who asks: callers show these only where the listing itself
 * is visible.
 */
public interface ListingPhotos {

  /** The listing's photos in display order. */
  List<PhotoRef> of(UUID listingId);

  /** The first photo of each listing that has one. */
  Map<UUID, PhotoRef> firstOf(Collection<UUID> listingIds);
}
