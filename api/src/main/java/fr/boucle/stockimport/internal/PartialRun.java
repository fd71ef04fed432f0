package fr.boucle.stockimport.internal;

import fr.boucle.listing.ListingFields;
import fr.boucle.listing.ListingWriter;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.stockimport.ImportPhase;
import fr.boucle.stockimport.ImportStatus;
import fr.boucle.stockimport.LineError;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A PARTIAL run: valid lines go in, one transaction per batch (with the job's counters); the
 * rejected lines are reported. A batch that breaks a database constraint is written again line by
 * line, so only the offending line is rejected.
 */
@Singleton
class PartialRun {

  private final StockImportJobs jobs;
  private final StockImportErrors errors;
  private final ImportScanner scanner;
  private final ImportEnd end;
  private final ListingWriter writer;
  private final TransactionOperations<Connection> transactions;

  PartialRun(
      StockImportJobs jobs,
      StockImportErrors errors,
      ImportScanner scanner,
      ImportEnd end,
      ListingWriter writer,
      TransactionOperations<Connection> transactions) {
    this.jobs = jobs;
    this.errors = errors;
    this.scanner = scanner;
    this.end = end;
    this.writer = writer;
    this.transactions = transactions;
  }

  void run(CurrentUser user, StockImportJobs.Job job, LineMapper mapper) {
    UUID supplier = user.organisationId();
    String why = "Import " + job.fileName();
    errors.deleteByImportId(job.id());
    Tally t = new Tally();
    scanner.scan(
        job,
        mapper,
        (valid, lines, rejected) -> {
          List<LineError> found = new ArrayList<>(rejected);
          try {
            transactions.executeWrite(status -> {
              t.count(writer.upsert(user, supplier, valid, why));
              return null;
            });
          } catch (RuntimeException batchFailed) {
            // One line the rules accepted broke a database constraint: find it line by line.
            for (int i = 0; i < valid.size(); i++) {
              ListingFields one = valid.get(i);
              try {
                t.count(
                    transactions.executeWrite(
                        status -> writer.upsert(user, supplier, List.of(one), why)));
              } catch (RuntimeException lineFailed) {
                found.add(
                    LineError.of(
                        lines.get(i),
                        "",
                        "",
                        one.sku(),
                        Message.of(
                            ProblemCode.IMPORT_LINE_NOT_SAVED,
                            "cause",
                            ImportEnd.rootCause(lineFailed))));
                found.add(null);
              }
            }
          }
          t.rejected += Tally.lineCount(found);
          t.processed += valid.size() + Tally.lineCount(rejected);
          transactions.executeWrite(status -> {
            scanner.store(job.id(), t, found);
            jobs.progress(job.id(), t, ImportPhase.WRITING);
            return null;
          });
        });
    end.finish(
        job.id(),
        t,
        ImportStatus.DONE,
        t.rejected == 0
            ? null
            : Message.of(ProblemCode.IMPORT_LINES_REJECTED, "count", t.rejected));
  }
}
