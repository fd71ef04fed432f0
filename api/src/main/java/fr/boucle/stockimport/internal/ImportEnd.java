package fr.boucle.stockimport.internal;

import fr.boucle.shared.web.Message;
import fr.boucle.stockimport.ImportStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Ends a run: its last counters, its status and message (by its code and values, and in English); a
 * done import's file is deleted.
 */
@Singleton
class ImportEnd {

  private final StockImportJobs jobs;
  private final UploadedFiles files;
  private final JsonMapper json;

  ImportEnd(StockImportJobs jobs, UploadedFiles files, JsonMapper json) {
    this.jobs = jobs;
    this.files = files;
    this.json = json;
  }

  void finish(UUID id, Tally t, ImportStatus status, @Nullable Message message) {
    jobs.progress(id, t, null);
    end(id, status, message);
    if (status == ImportStatus.DONE) {
      // A done import cannot run again: its file has no further use. A failed one may be run
      // again (in PARTIAL mode) until its file expires.
      files.delete(id);
    }
  }

  /** Records the status and message only, keeping the counters as they are. */
  void end(UUID id, ImportStatus status, @Nullable Message message) {
    if (message == null) {
      jobs.finish(id, status, null, null, null);
      return;
    }
    String params;
    try {
      params = message.params().isEmpty() ? null : json.writeValueAsString(message.params());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    jobs.finish(id, status, message.english(), message.code().code(), params);
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
