package fr.boucle.photo;

import java.util.Optional;

/** The sizes a photo is served in. Derived sizes are JPEG re-encodings without metadata. */
public enum PhotoSize {
  THUMB("thumb", 320),
  LARGE("large", 1024),
  ORIGINAL("original", 0);

  private final String path;
  private final int width;

  PhotoSize(String path, int width) {
    this.path = path;
    this.width = width;
  }

  /** The name in URLs and storage keys. */
  public String path() {
    return path;
  }

  /** The largest width of this size in pixels (0 for the original). */
  public int width() {
    return width;
  }

  public static Optional<PhotoSize> fromPath(String path) {
    for (PhotoSize s : values()) {
      if (s.path.equals(path)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
