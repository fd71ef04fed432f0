package fr.boucle.photo.internal;

import fr.boucle.listing.ListingOwnership;
import fr.boucle.listing.StockAccess;
import fr.boucle.photo.PhotoRef;
import fr.boucle.photo.PhotoSettings;
import fr.boucle.photo.PhotoStorage;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * A supplier adds a photo at the end of one of its listing's photos, with a relevant alternative
 * text ({@link AltText}, checked before any byte is read): the bytes are sniffed, decoded, bounded
 * and resized, stored first, and the row inserted last; if the insert fails the stored objects are
 * removed again.
 */
@Singleton
public class UploadPhoto {

  private final Photos photos;
  private final ListingOwnership ownership;
  private final PhotoStorage storage;
  private final ImageProcessing images;
  private final PhotoSettings settings;
  private final TransactionOperations<Connection> tx;

  UploadPhoto(
      Photos photos,
      ListingOwnership ownership,
      PhotoStorage storage,
      ImageProcessing images,
      PhotoSettings settings,
      TransactionOperations<Connection> tx) {
    this.photos = photos;
    this.ownership = ownership;
    this.storage = storage;
    this.images = images;
    this.settings = settings;
    this.tx = tx;
  }

  public PhotoRef upload(
      CurrentUser user,
      UUID listingId,
      InputStream content,
      long declaredSize,
      @Nullable String alt,
      @Nullable String fileName)
      throws IOException {
    StockAccess.requireObject(user, true, "Listing");
    if (!ownership.isOwnedBy(listingId, user.organisationId())) {
      throw new NotFound("Listing");
    }
    String altText = AltText.checked(alt, "alt", fileName);
    if (photos.countByListingId(listingId) >= settings.maxPerListing()) {
      throw new PhotoProblems.TooManyPhotos(settings.maxPerListing());
    }
    if (declaredSize > settings.maxBytes()) {
      throw new PhotoProblems.PhotoTooLarge(settings.maxBytes());
    }
    Path temp = Files.createTempFile("boucle-photo-", ".upload");
    try {
      Received received = receive(content, temp);
      ImageProcessing.Processed image;
      try {
        image = images.process(temp);
      } catch (ImageProcessing.NotAnImage e) {
        throw new ValidationFailed(new Problem.FieldError("file", e.problem()));
      }
      UUID photoId = UUID.randomUUID();
      String prefix = "listings/" + listingId + "/" + photoId + "/";
      Photo photo =
          new Photo(
              photoId,
              listingId,
              -1,
              altText,
              image.format().contentType,
              image.width(),
              image.height(),
              received.size(),
              received.sha256(),
              prefix + "original." + image.format().extension,
              prefix + "large.jpg",
              prefix + "thumb.jpg",
              user.personId(),
              user.apiTokenId());
      byte[] large = image.large();
      byte[] thumb = image.thumb();
      List<String> written = new ArrayList<>();
      try {
        try (InputStream in = Files.newInputStream(temp)) {
          storage.put(photo.originalKey(), in, received.size(), photo.contentType());
        }
        written.add(photo.originalKey());
        storage.put(photo.largeKey(), new ByteArrayInputStream(large), large.length, "image/jpeg");
        written.add(photo.largeKey());
        storage.put(photo.thumbKey(), new ByteArrayInputStream(thumb), thumb.length, "image/jpeg");
        written.add(photo.thumbKey());
        return tx.executeWrite(status -> insert(user, photo));
      } catch (RuntimeException | IOException e) {
        PhotoFiles.removeQuietly(storage, written);
        throw e;
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Inserts the photo last, under the listing's lock, so the cap and positions hold. */
  private PhotoRef insert(CurrentUser user, Photo photo) {
    if (!ownership.lockOwned(photo.listingId(), user.organisationId())) {
      throw new NotFound("Listing");
    }
    int position = (int) photos.countByListingId(photo.listingId());
    if (position >= settings.maxPerListing()) {
      throw new PhotoProblems.TooManyPhotos(settings.maxPerListing());
    }
    return photos.save(photo.at(position)).ref();
  }

  private record Received(long size, String sha256) {}

  /** Copies the upload to a temporary file, hashing it, and stops as soon as it is too large. */
  private Received receive(InputStream content, Path temp) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
      int n;
      while ((n = content.read(buffer)) > 0) {
        total += n;
        if (total > settings.maxBytes()) {
          throw new PhotoProblems.PhotoTooLarge(settings.maxBytes());
        }
        out.write(buffer, 0, n);
      }
    }
    if (total == 0) {
      throw new ValidationFailed(Problem.FieldError.of("file", ProblemCode.FILE_EMPTY));
    }
    return new Received(total, HexFormat.of().formatHex(sha.digest()));
  }
}
