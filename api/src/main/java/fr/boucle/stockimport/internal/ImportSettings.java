package fr.boucle.stockimport.internal;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;

/**
 * Where uploaded files are kept, the largest accepted, and how many lines go in one batch (one
 * transaction in PARTIAL mode).
 */
@ConfigurationProperties("boucle.stock-import")
public record ImportSettings(@Nullable String dir, long maxBytes, int batchSize) {

  public ImportSettings {
    if (maxBytes <= 0) {
      maxBytes = 60L * 1024 * 1024;
    }
    if (batchSize <= 0) {
      batchSize = 500;
    }
  }

  Path directory() {
    return dir == null || dir.isBlank()
        ? Path.of(System.getProperty("java.io.tmpdir"), "boucle-stock-imports")
        : Path.of(dir);
  }
}
