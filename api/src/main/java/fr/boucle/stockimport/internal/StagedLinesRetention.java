package fr.boucle.stockimport.internal;

import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.retention.RetentionSettings;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lines an import staged (copies of the uploaded file's rows) go with the file: an import
 * untouched for boucle.retention.import-files loses them, whatever its state (an import that ends
 * removes its own). The files themselves are purged by {@link UploadedFiles#purgeExpired}.
 */
@Singleton
public class StagedLinesRetention {

  private static final Logger LOG = LoggerFactory.getLogger(StagedLinesRetention.class);

  private final Sql sql;
  private final RetentionSettings retention;
  private final Clock clock;

  StagedLinesRetention(Sql sql, RetentionSettings retention, Clock clock) {
    this.sql = sql;
    this.retention = retention;
    this.clock = clock;
  }

  @Scheduled(cron = "${boucle.retention.cron:0 15 3 * * *}")
  void nightly() {
    try {
      purge(clock.instant());
    } catch (RuntimeException e) {
      LOG.warn("Retention of staged import lines failed; next run will retry", e);
    }
  }

  /** Deletes the staged lines of imports untouched since before the period; answers how many. */
  public int purge(Instant now) {
    int purged =
        sql.update(
            "DELETE FROM stock_import_stage s USING stock_import i"
                + " WHERE s.import_id = i.id AND i.updated_at < ?",
            Timestamp.from(now.minus(retention.importFiles())));
    if (purged > 0) {
      LOG.info("Retention: {} staged stock import lines deleted", purged);
    }
    return purged;
  }
}
