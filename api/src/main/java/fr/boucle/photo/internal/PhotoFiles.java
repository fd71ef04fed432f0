package fr.boucle.photo.internal;

import fr.boucle.photo.PhotoStorage;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Removes stored objects whose row is gone (or never came): a failure only orphans them. */
final class PhotoFiles {

  private static final Logger LOG = LoggerFactory.getLogger(PhotoFiles.class);

  private PhotoFiles() {}

  static void removeQuietly(PhotoStorage storage, List<String> keys) {
    for (String key : keys) {
      try {
        storage.delete(key);
      } catch (IOException | RuntimeException e) {
        LOG.warn("Could not remove stored photo object {}; it is now orphaned", key, e);
      }
    }
  }
}
