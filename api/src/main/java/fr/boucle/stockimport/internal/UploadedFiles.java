package fr.boucle.stockimport.internal;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The uploaded files, one per import named by its id in {@link ImportSettings#directory()}, kept
 * only while an import may still read them.
 */
@Singleton
public class UploadedFiles {

  private static final Logger LOG = LoggerFactory.getLogger(UploadedFiles.class);
  private static final String PART = ".upload";

  private final ImportSettings settings;
  private final StockImportJobs jobs;

  UploadedFiles(ImportSettings settings, StockImportJobs jobs) {
    this.settings = settings;
    this.jobs = jobs;
  }

  /** Where an upload is written until it is inspected; the caller deletes it in any case. */
  Path partFor(UUID id) throws IOException {
    Path dir = settings.directory();
    Files.createDirectories(dir);
    return dir.resolve(id + PART);
  }

  /**
   * Streams an upload to its part file and answers its size. Past the limit the rest is read and
   * dropped (the server caps the request), so the connection stays usable for the client's next
   * request, and the upload is refused.
   */
  long receive(Path part, InputStream in) throws IOException {
    long size = 0;
    try (OutputStream out = Files.newOutputStream(part)) {
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.read(buffer)) > 0) {
        size += n;
        if (size <= settings.maxBytes()) {
          out.write(buffer, 0, n);
        }
      }
    }
    if (size > settings.maxBytes()) {
      throw new ImportProblems.FileTooLarge(settings.maxBytes());
    }
    return size;
  }

  /** Keeps a received part file as the import's file. */
  void keep(UUID id, Path part) throws IOException {
    Files.move(part, settings.directory().resolve(id.toString()), StandardCopyOption.ATOMIC_MOVE);
  }

  /** The import's file, or a 410 once it has been deleted. */
  Path of(UUID id) {
    Path file = settings.directory().resolve(id.toString());
    if (!Files.isRegularFile(file)) {
      throw ImportProblems.fileGone();
    }
    return file;
  }

  void delete(UUID id) {
    try {
      Files.deleteIfExists(settings.directory().resolve(id.toString()));
    } catch (IOException e) {
      LOG.warn("Could not delete the file of stock import {}; the purge will retry", id, e);
    }
  }

  /**
   * Deletes the uploaded files nobody may use any more: those of done imports, of imports left
   * untouched for {@code boucle.stock-import.keep-files} (24 h by default), and files no import
   * knows (an upload interrupted between the file and its row).
   */
  @Scheduled(fixedDelay = "${boucle.stock-import.purge-interval:15m}", initialDelay = "1m")
  public void purgeExpired() {
    purgeExpired(Instant.now());
  }

  /** The purge as of {@code now} (keep-files is boucle.retention.import-files). */
  public void purgeExpired(Instant now) {
    Path dir = settings.directory();
    if (!Files.isDirectory(dir)) {
      return;
    }
    Instant cutoff = now.minus(settings.keepFiles());
    // An upload is written before its row is inserted: a file younger than this may be one.
    Instant orphanCutoff = now.minus(Duration.ofMinutes(10));
    Map<UUID, Path> files = new HashMap<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path file : entries) {
        String name = file.getFileName().toString();
        String idPart =
            name.endsWith(PART) ? name.substring(0, name.length() - PART.length()) : name;
        try {
          UUID id = UUID.fromString(idPart);
          if (name.endsWith(PART)) {
            if (Files.getLastModifiedTime(file).toInstant().isBefore(orphanCutoff)) {
              Files.deleteIfExists(file);
            }
          } else {
            files.put(id, file);
          }
        } catch (IllegalArgumentException notOurs) {
          // not a file of ours: left alone
        }
      }
      if (files.isEmpty()) {
        return;
      }
      Map<UUID, Boolean> kept = new HashMap<>();
      for (StockImportJobs.Job job : jobs.findByIdIn(files.keySet())) {
        kept.put(job.id(), job.status().keepsFile(job.updatedAt(), cutoff));
      }
      for (Map.Entry<UUID, Path> e : files.entrySet()) {
        Boolean keep = kept.get(e.getKey());
        boolean expired =
            keep != null
                ? !keep
                : Files.getLastModifiedTime(e.getValue()).toInstant().isBefore(orphanCutoff);
        if (expired) {
          Files.deleteIfExists(e.getValue());
          LOG.info("Deleted the uploaded file of stock import {}", e.getKey());
        }
      }
    } catch (IOException e) {
      LOG.warn("Could not purge the uploaded stock import files in {}", dir, e);
    }
  }
}
