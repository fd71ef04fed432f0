package fr.boucle.stockimport.internal;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where uploaded files are kept and for how long, the largest accepted, how many lines go in one
 * batch (one transaction in PARTIAL mode), and what reading one file may cost: a CSV record's
 * length, a cell's length, the characters of an XLSX's shared strings and the uncompressed size of
 * each XLSX entry.
 */
@ConfigurationProperties("boucle.stock-import")
public record ImportSettings(
    @Nullable String dir,
    long maxBytes,
    int batchSize,
    @Nullable Duration keepFiles,
    int maxLineChars,
    int maxCellChars,
    long maxSharedStringsChars,
    long maxXlsxEntryBytes,
    @Nullable Duration lockWait) {

  public ImportSettings {
    if (maxBytes <= 0) {
      maxBytes = 60L * 1024 * 1024;
    }
    if (batchSize <= 0) {
      batchSize = 500;
    }
    if (keepFiles == null || keepFiles.isNegative() || keepFiles.isZero()) {
      keepFiles = Duration.ofHours(24);
    }
    if (maxLineChars <= 0) {
      maxLineChars = 1_000_000;
    }
    if (maxCellChars <= 0) {
      maxCellChars = 32_767; // Excel's own limit for a cell
    }
    if (maxSharedStringsChars <= 0) {
      maxSharedStringsChars = 50_000_000;
    }
    if (maxXlsxEntryBytes <= 0) {
      maxXlsxEntryBytes = 1024L * 1024 * 1024;
    }
    if (lockWait == null || lockWait.isNegative() || lockWait.isZero()) {
      lockWait = Duration.ofSeconds(60);
    }
  }

  /** The directory of the uploaded files, one per import named by its id. */
  public Path directory() {
    return dir == null || dir.isBlank()
        ? Path.of(System.getProperty("java.io.tmpdir"), "boucle-stock-imports")
        : Path.of(dir);
  }

  TableFile.Limits limits() {
    return new TableFile.Limits(
        maxLineChars, maxCellChars, maxSharedStringsChars, maxXlsxEntryBytes);
  }
}
