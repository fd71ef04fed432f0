package fr.boucle.stockimport.internal;

import fr.boucle.stockimport.ImportStatus;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.UUID;

/** Ends a run: its last counters, its status and message; a done import's file is deleted. */
@Singleton
class ImportEnd {

  private final StockImportJobs jobs;
  private final UploadedFiles files;

  ImportEnd(StockImportJobs jobs, UploadedFiles files) {
    this.jobs = jobs;
    this.files = files;
  }

  void finish(UUID id, Tally t, ImportStatus status, @Nullable String message) {
    jobs.progress(id, t, null);
    jobs.finish(id, status, message);
    if (status == ImportStatus.DONE) {
      // A done import cannot run again: its file has no further use. A failed one may be run
      // again (in PARTIAL mode) until its file expires.
      files.delete(id);
    }
  }

  /** Why a write failed, in one line: the message of its root cause. */
  static String rootCause(Throwable e) {
    Throwable c = e;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    String m = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}
