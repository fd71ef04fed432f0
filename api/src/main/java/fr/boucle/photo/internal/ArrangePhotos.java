package fr.boucle.photo.internal;

import fr.boucle.listing.ListingOwnership;
import fr.boucle.listing.StockAccess;
import fr.boucle.photo.ListingPhotos;
import fr.boucle.photo.PhotoRef;
import fr.boucle.photo.PhotoStorage;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A supplier lists, orders, describes and deletes the photos of one of its listings. Changes hold
 * the listing's row lock, so the photos of one listing change one request at a time; another
 * organisation's listing or photo is a {@link NotFound}, like a missing one.
 */
@Singleton
public class ArrangePhotos {

  private final Photos photos;
  private final ListingPhotos listingPhotos;
  private final ListingOwnership ownership;
  private final PhotoStorage storage;
  private final TransactionOperations<Connection> tx;

  ArrangePhotos(
      Photos photos,
      ListingPhotos listingPhotos,
      ListingOwnership ownership,
      PhotoStorage storage,
      TransactionOperations<Connection> tx) {
    this.photos = photos;
    this.listingPhotos = listingPhotos;
    this.ownership = ownership;
    this.storage = storage;
    this.tx = tx;
  }

  /** The photos of one of the caller's listings. */
  public List<PhotoRef> list(CurrentUser user, UUID listingId) {
    StockAccess.requireObject(user, false, "Listing");
    if (!ownership.isOwnedBy(listingId, user.organisationId())) {
      throw new NotFound("Listing");
    }
    return listingPhotos.of(listingId);
  }

  /** Changes a photo's alt text. */
  public PhotoRef editAlt(CurrentUser user, UUID listingId, UUID photoId, @Nullable String alt) {
    StockAccess.requireObject(user, true, "Listing");
    String altText = AltText.checked(alt, "alt");
    return tx.executeWrite(status -> {
      lockOwnListing(user, listingId);
      if (photos.changeAlt(photoId, listingId, altText) == 0) {
        throw new NotFound("Photo");
      }
      return photos.findByIdAndListingId(photoId, listingId).orElseThrow().ref();
    });
  }

  /** Puts the listing's photos in the given order; the list must name each photo exactly once. */
  public List<PhotoRef> reorder(CurrentUser user, UUID listingId, @Nullable List<UUID> photoIds) {
    StockAccess.requireObject(user, true, "Listing");
    return tx.executeWrite(status -> {
      lockOwnListing(user, listingId);
      Set<UUID> expected = new HashSet<>();
      photos.findByListingIdOrderByPosition(listingId).forEach(p -> expected.add(p.id()));
      if (photoIds == null
          || photoIds.size() != expected.size()
          || !expected.equals(new HashSet<>(photoIds))) {
        throw new ValidationFailed(Problem.FieldError.of("photoIds", ProblemCode.PHOTO_ORDER));
      }
      photos.reorder(listingId, photoIds);
      return listingPhotos.of(listingId);
    });
  }

  /** Deletes a photo; the photos after it move up. Its stored files go once the row is gone. */
  public void delete(CurrentUser user, UUID listingId, UUID photoId) {
    StockAccess.requireObject(user, true, "Listing");
    Photo deleted =
        tx.executeWrite(status -> {
          lockOwnListing(user, listingId);
          Photo photo =
              photos
                  .findByIdAndListingId(photoId, listingId)
                  .orElseThrow(() -> new NotFound("Photo"));
          photos.deleteById(photoId);
          photos.closeGap(listingId, photo.position());
          return photo;
        });
    PhotoFiles.removeQuietly(
        storage, List.of(deleted.originalKey(), deleted.largeKey(), deleted.thumbKey()));
  }

  private void lockOwnListing(CurrentUser user, UUID listingId) {
    if (!ownership.lockOwned(listingId, user.organisationId())) {
      throw new NotFound("Listing");
    }
  }
}
