package fr.boucle.stockimport.internal;

import fr.boucle.listing.StockAccess;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Page;
import fr.boucle.stockimport.ImportViews;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/** The supplier's imports, newest first, and one import with its progress. */
@Singleton
public class ListImports {

  private final StockImportJobs jobs;

  ListImports(StockImportJobs jobs) {
    this.jobs = jobs;
  }

  public ImportViews.Job get(CurrentUser user, UUID id) {
    StockAccess.requireObject(user, false, "Import");
    return jobs.require(user.organisationId(), id).view();
  }

  public Page<ImportViews.Job> list(CurrentUser user, int page, int size) {
    StockAccess.require(user, false);
    long total = jobs.countBySupplierId(user.organisationId());
    List<ImportViews.Job> items =
        jobs.pageOf(user.organisationId(), size, (long) page * size).stream()
            .map(StockImportJobs.Job::view)
            .toList();
    return new Page<>(items, page, size, total);
  }
}
