package fr.boucle.photo.internal;

import fr.boucle.listing.ListingOwnership;
import fr.boucle.photo.PhotoSize;
import fr.boucle.photo.PhotoStorage;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

/**
 * Serves a size of a photo to whoever may see it: anyone for a published or sold-out listing, only
 * the owning supplier otherwise. The original as uploaded (which may carry EXIF data such as the
 * GPS position of the workshop) is only ever served to its supplier; others get derived sizes.
 */
@Singleton
public class ServePhoto {

  /** A photo's bytes as served: who may cache it, and its validator. */
  public record Served(String key, String contentType, String etag, boolean isPublic) {}

  private final Photos photos;
  private final ListingOwnership ownership;
  private final PhotoStorage storage;

  ServePhoto(Photos photos, ListingOwnership ownership, PhotoStorage storage) {
    this.photos = photos;
    this.ownership = ownership;
    this.storage = storage;
  }

  public Optional<Served> find(@Nullable CurrentUser user, UUID photoId, PhotoSize size) {
    UUID organisation = user == null ? null : user.organisationId();
    boolean derived = size != PhotoSize.ORIGINAL;
    return photos
        .findById(photoId)
        .flatMap(photo ->
            ownership
                .find(photo.listingId())
                .filter(l ->
                    (derived && l.isOnSale())
                        || (organisation != null && l.isOwnedBy(organisation)))
                .map(l ->
                    new Served(
                        photo.key(size),
                        photo.contentType(size),
                        photo.etag(size),
                        derived && l.isOnSale())));
  }

  /** Opens a stored object. */
  public Optional<InputStream> open(String key) {
    try {
      return storage.get(key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
