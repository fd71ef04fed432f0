package fr.boucle.photo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where photo bytes live: local disk by default, an S3-compatible store in production. Keys are
 * relative, slash-separated names such as {@code listings/<id>/<photo>/thumb.jpg}; {@link
 * #checkKey} refuses anything else, so no key can escape the store (no {@code ..}, no leading
 * slash, no backslash).
 */
public interface PhotoStorage {

  /** Stores {@code length} bytes read from {@code content} under {@code key}, replacing any. */
  void put(String key, InputStream content, long length, String contentType) throws IOException;

  /** The stored object, or empty when there is none. The caller closes the stream. */
  Optional<InputStream> get(String key) throws IOException;

  /** Removes the object; a missing object is not an error. */
  void delete(String key) throws IOException;

  /** Segments of lowercase letters, digits, dot, dash and underscore; none is "." or "..". */
  Pattern KEY = Pattern.compile("[a-z0-9_-][a-z0-9._-]{0,127}(/[a-z0-9_-][a-z0-9._-]{0,127}){0,7}");

  /**
   * Throws {@link IllegalArgumentException} for a key that could name anything outside the store.
   */
  static String checkKey(String key) {
    if (key == null || !KEY.matcher(key).matches() || key.contains("..")) {
      throw new IllegalArgumentException("Invalid storage key: " + key);
    }
    return key;
  }
}
