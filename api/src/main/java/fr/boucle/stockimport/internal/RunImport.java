package fr.boucle.stockimport.internal;

import fr.boucle.listing.StockAccess;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import fr.boucle.stockimport.ImportMode;
import fr.boucle.stockimport.ImportStatus;
import fr.boucle.stockimport.ImportViews;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts an import in the background, in PARTIAL ({@link PartialRun}) or ALL_OR_NOTHING ({@link
 * AllOrNothingRun}) mode; GET the job to follow its progress.
 */
@Singleton
public class RunImport {

  private static final Logger LOG = LoggerFactory.getLogger(RunImport.class);

  private final StockImportJobs jobs;
  private final LineMappers mappers;
  private final UploadedFiles files;
  private final PartialRun partial;
  private final AllOrNothingRun allOrNothing;
  private final ExecutorService executor;
  private final ImportEnd end;

  RunImport(
      StockImportJobs jobs,
      LineMappers mappers,
      UploadedFiles files,
      PartialRun partial,
      AllOrNothingRun allOrNothing,
      ImportEnd end,
      @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
    this.jobs = jobs;
    this.mappers = mappers;
    this.files = files;
    this.partial = partial;
    this.allOrNothing = allOrNothing;
    this.executor = executor;
    this.end = end;
  }

  /** A job left RUNNING by a stopped instance (no progress for two minutes) has failed. */
  @EventListener
  void failInterrupted(StartupEvent event) {
    jobs.failStalled(
        ImportStatus.RUNNING,
        ImportStatus.FAILED,
        Message.of(ProblemCode.IMPORT_INTERRUPTED).english(),
        ProblemCode.IMPORT_INTERRUPTED.code());
  }

  public ImportViews.Job run(CurrentUser user, UUID id, ImportViews.Run request) {
    StockAccess.requireObject(user, true, "Import");
    UUID supplier = user.organisationId();
    StockImportJobs.Job job = jobs.require(supplier, id);
    ImportMode mode = ImportMode.parse(request.mode()).orElse(null);
    if (mode == null) {
      new ValidationFailed.Collector()
          .add("mode", ProblemCode.FIELD_ONE_OF, "values", "PARTIAL, ALL_OR_NOTHING")
          .throwIfAny();
    }
    ImportProblems.refuseUnlessEditable(job.status());
    LineMapper mapper = mappers.forJob(job);
    files.of(id);
    int claimed =
        jobs.claim(
            id,
            supplier,
            mode,
            mode.firstPhase(),
            ImportStatus.RUNNING,
            ImportStatus.RUNNING.reachableFrom());
    if (claimed == 0) {
      ImportProblems.refuseUnlessEditable(jobs.require(supplier, id).status());
      throw ImportProblems.cannotRunNow();
    }
    StockImportJobs.Job running = jobs.require(supplier, id);
    executor.execute(() -> runInBackground(user, running, mapper));
    return running.view();
  }

  private void runInBackground(CurrentUser user, StockImportJobs.Job job, LineMapper mapper) {
    try {
      if (job.mode() == ImportMode.PARTIAL) {
        partial.run(user, job, mapper);
      } else {
        allOrNothing.run(user, job, mapper);
      }
    } catch (RuntimeException | Error e) {
      LOG.error("Stock import {} failed", job.id(), e);
      end.end(job.id(), ImportStatus.FAILED, job.mode().unexpectedFailureMessage());
    }
  }
}
