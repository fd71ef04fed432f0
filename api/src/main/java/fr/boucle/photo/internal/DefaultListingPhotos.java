package fr.boucle.photo.internal;

import fr.boucle.photo.ListingPhotos;
import fr.boucle.photo.PhotoRef;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Singleton
class DefaultListingPhotos implements ListingPhotos {

  private final Photos photos;

  DefaultListingPhotos(Photos photos) {
    this.photos = photos;
  }

  @Override
  public List<PhotoRef> of(UUID listingId) {
    return photos.findByListingIdOrderByPosition(listingId).stream().map(Photo::ref).toList();
  }

  @Override
  public Map<UUID, PhotoRef> firstOf(Collection<UUID> listingIds) {
    Map<UUID, PhotoRef> first = new LinkedHashMap<>();
    if (listingIds.isEmpty()) {
      return first;
    }
    photos
        .findByListingIdInAndPosition(new HashSet<>(listingIds), 0)
        .forEach(p -> first.put(p.listingId(), p.ref()));
    return first;
  }
}
