package fr.boucle.photo;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/**
 * A listing's photo as other areas and the API show it: its place, its alt text and the URLs of its
 * sizes (thumbnail 320 px wide, large 1024 px wide, original as uploaded).
 */
@Serdeable
public record PhotoRef(
    UUID id,
    UUID listingId,
    int position,
    String alt,
    String contentType,
    int width,
    int height,
    long byteSize,
    String thumbUrl,
    String largeUrl,
    String originalUrl) {

  /** The URL a size of a photo is served at. */
  public static String url(UUID photoId, PhotoSize size) {
    return "/api/photos/" + photoId + "/" + size.path();
  }
}
