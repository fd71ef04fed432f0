package fr.boucle.stockimport.internal;

import fr.boucle.listing.StockAccess;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.stockimport.ImportStatus;
import fr.boucle.stockimport.ImportViews;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * A dry run: reads the whole file through the rules without writing a listing; keeps the errors.
 */
@Singleton
public class PreviewImport {

  /** How many rejected lines a dry run answers; the error report lists them all. */
  static final int PREVIEW_ERRORS = 50;

  private final StockImportJobs jobs;
  private final StockImportErrors errors;
  private final LineMappers mappers;
  private final ImportScanner scanner;

  PreviewImport(
      StockImportJobs jobs, StockImportErrors errors, LineMappers mappers, ImportScanner scanner) {
    this.jobs = jobs;
    this.errors = errors;
    this.mappers = mappers;
    this.scanner = scanner;
  }

  public ImportViews.Preview preview(CurrentUser user, UUID id) {
    StockAccess.requireObject(user, true, "Import");
    StockImportJobs.Job job = jobs.require(user.organisationId(), id);
    ImportProblems.refuseUnlessEditable(job.status());
    LineMapper mapper = mappers.forJob(job);
    Tally t = scanner.check(job, mapper, null, false);
    jobs.previewed(id, t.processed, ImportStatus.PREVIEWED, ImportStatus.PREVIEWED.reachableFrom());
    return new ImportViews.Preview(
        t.processed,
        t.created,
        t.updated,
        t.unchanged,
        t.rejected,
        errors.pageOf(id, PREVIEW_ERRORS, 0).stream()
            .map(StockImportErrors.Row::lineError)
            .toList());
  }
}
