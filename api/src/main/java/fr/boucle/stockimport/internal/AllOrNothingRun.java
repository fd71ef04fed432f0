package fr.boucle.stockimport.internal;

import fr.boucle.listing.ListingWriter;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.stockimport.ImportPhase;
import fr.boucle.stockimport.ImportStatus;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ALL_OR_NOTHING run: validates the whole file first, keeping its checked lines in {@link
 * StagedLines}; writes them in one transaction only when no line is rejected. That transaction
 * reads the staged lines, not the file, and first locks all the import's listings at once or none
 * ({@code NOWAIT}, tried again after a pause while an order holds one): it never holds some
 * listings while it waits for another, and holds them only while it writes.
 */
@Singleton
class AllOrNothingRun {

  private static final Logger LOG = LoggerFactory.getLogger(AllOrNothingRun.class);

  private final StockImportJobs jobs;
  private final StagedLines stage;
  private final ImportScanner scanner;
  private final ImportEnd end;
  private final ListingWriter writer;
  private final TransactionOperations<Connection> transactions;
  private final ImportSettings settings;

  AllOrNothingRun(
      StockImportJobs jobs,
      StagedLines stage,
      ImportScanner scanner,
      ImportEnd end,
      ListingWriter writer,
      TransactionOperations<Connection> transactions,
      ImportSettings settings) {
    this.jobs = jobs;
    this.stage = stage;
    this.scanner = scanner;
    this.end = end;
    this.writer = writer;
    this.transactions = transactions;
    this.settings = settings;
  }

  void run(CurrentUser user, StockImportJobs.Job job, LineMapper mapper) {
    try {
      stage.clear(job.id());
      Tally check = scanner.check(job, mapper, ImportPhase.VALIDATING, true);
      if (check.rejected > 0) {
        end.finish(
            job.id(),
            check.nothingWritten(),
            ImportStatus.FAILED,
            Message.of(ProblemCode.IMPORT_REJECTED_NOTHING_IMPORTED, "count", check.rejected));
        return;
      }
      writeStaged(user, job);
    } finally {
      stage.clear(job.id());
    }
  }

  private void writeStaged(CurrentUser user, StockImportJobs.Job job) {
    UUID supplier = user.organisationId();
    String why = "Import " + job.fileName();
    List<String> skus = stage.skus(job.id());
    jobs.progress(job.id(), new Tally(), ImportPhase.WRITING);
    Tally t;
    long deadline = System.nanoTime() + settings.lockWait().toNanos();
    try {
      for (int attempt = 1; ; attempt++) {
        Tally written = new Tally();
        Boolean done =
            transactions.executeWrite(status -> {
              if (!writer.tryLockAll(supplier, skus)) {
                status.setRollbackOnly(); // holds nothing; tried again after a pause
                return false;
              }
              int after = 0;
              while (true) {
                List<StagedLines.Staged> chunk = stage.after(job.id(), after, settings.batchSize());
                if (chunk.isEmpty()) {
                  break;
                }
                written.count(
                    writer.upsert(
                        user,
                        supplier,
                        chunk.stream().map(StagedLines.Staged::fields).toList(),
                        why));
                written.processed += chunk.size();
                after = chunk.get(chunk.size() - 1).line();
                transactions.execute(
                    TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW),
                    inner -> {
                      jobs.progress(job.id(), written, ImportPhase.WRITING);
                      return null;
                    });
              }
              jobs.progress(job.id(), written, null);
              return true;
            });
        if (Boolean.TRUE.equals(done)) {
          t = written;
          break;
        }
        if (System.nanoTime() > deadline) {
          end.finish(
              job.id(),
              new Tally(),
              ImportStatus.FAILED,
              Message.of(
                  ProblemCode.IMPORT_LISTINGS_BUSY, "seconds", settings.lockWait().toSeconds()));
          return;
        }
        try {
          Thread.sleep(Math.min(1_000, 50L * attempt));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for busy listings", e);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("All-or-nothing stock import {} rolled back", job.id(), e);
      end.finish(
          job.id(),
          new Tally(),
          ImportStatus.FAILED,
          Message.of(ProblemCode.IMPORT_NOTHING_SAVED, "cause", ImportEnd.rootCause(e)));
      return;
    }
    end.finish(job.id(), t, ImportStatus.DONE, null);
  }
}
