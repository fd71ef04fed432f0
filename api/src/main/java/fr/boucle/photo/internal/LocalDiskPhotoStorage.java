package fr.boucle.photo.internal;

import fr.boucle.photo.PhotoSettings;
import fr.boucle.photo.PhotoStorage;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Photos in a local directory ({@code boucle.photos.local-dir}): the default, for one server. */
@Singleton
@Requires(property = "boucle.photos.storage", value = "local", defaultValue = "local")
class LocalDiskPhotoStorage implements PhotoStorage {

  private final Path root;

  LocalDiskPhotoStorage(PhotoSettings settings) {
    this.root = Path.of(settings.localDir()).toAbsolutePath().normalize();
  }

  @Override
  public void put(String key, InputStream content, long length, String contentType)
      throws IOException {
    Path target = resolve(key);
    Files.createDirectories(target.getParent());
    // Written aside then moved, so a reader never sees half a file.
    Path partial = Files.createTempFile(target.getParent(), ".upload-", ".part");
    try {
      Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
      Files.move(
          partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  @Override
  public Optional<InputStream> get(String key) throws IOException {
    try {
      return Optional.of(Files.newInputStream(resolve(key)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  @Override
  public void delete(String key) throws IOException {
    Files.deleteIfExists(resolve(key));
  }

  /** The file of a key; checked twice: by the key's grammar, then by the resolved path. */
  Path resolve(String key) {
    Path path = root.resolve(PhotoStorage.checkKey(key)).normalize();
    if (!path.startsWith(root) || path.equals(root)) {
      throw new IllegalArgumentException("Invalid storage key: " + key);
    }
    return path;
  }
}
