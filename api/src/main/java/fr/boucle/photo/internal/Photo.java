package fr.boucle.photo.internal;

import fr.boucle.photo.PhotoRef;
import fr.boucle.photo.PhotoSize;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.util.UUID;

/**
 * A stored photo: its place among the listing's photos, its alt text, and the storage keys of its
 * sizes. {@code createdBy} is the person who uploaded it, or {@code createdByToken} the API token.
 */
@MappedEntity("listing_photo")
record Photo(
    @Id UUID id,
    UUID listingId,
    int position,
    @MappedProperty("alt_text") String alt,
    String contentType,
    int width,
    int height,
    long byteSize,
    String sha256,
    String originalKey,
    String largeKey,
    String thumbKey,
    @Nullable UUID createdBy,
    @Nullable UUID createdByToken) {

  PhotoRef ref() {
    return new PhotoRef(
        id,
        listingId,
        position,
        alt,
        contentType,
        width,
        height,
        byteSize,
        PhotoRef.url(id, PhotoSize.THUMB),
        PhotoRef.url(id, PhotoSize.LARGE),
        PhotoRef.url(id, PhotoSize.ORIGINAL));
  }

  String key(PhotoSize size) {
    return switch (size) {
      case THUMB -> thumbKey;
      case LARGE -> largeKey;
      case ORIGINAL -> originalKey;
    };
  }

  /** The content type a size is served with: the derived sizes are always JPEG. */
  String contentType(PhotoSize size) {
    return size == PhotoSize.ORIGINAL ? contentType : "image/jpeg";
  }

  /** A validator that changes with the bytes and names the size. */
  String etag(PhotoSize size) {
    return "\"" + sha256.substring(0, 32) + "-" + size.path() + "\"";
  }

  Photo at(int newPosition) {
    return new Photo(
        id,
        listingId,
        newPosition,
        alt,
        contentType,
        width,
        height,
        byteSize,
        sha256,
        originalKey,
        largeKey,
        thumbKey,
        createdBy,
        createdByToken);
  }
}
