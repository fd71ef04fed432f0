package fr.boucle.catalogue.web;

import fr.boucle.catalogue.internal.CatalogueReconciliation;
import fr.boucle.catalogue.internal.CatalogueReindexer;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.NotFound;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/operator/catalogue")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Operator")
class CatalogueOperationsController {

  private final CatalogueReindexer reindexer;
  private final CatalogueReconciliation reconciliation;

  CatalogueOperationsController(
      CatalogueReindexer reindexer, CatalogueReconciliation reconciliation) {
    this.reindexer = reindexer;
    this.reconciliation = reconciliation;
  }

  @Post("/reindex")
  @Operation(
      summary = "Rebuild the catalogue index from PostgreSQL",
      description =
          "Authenticated; operator only. Builds catalog-v{n+1}, verifies counts, swaps the alias atomically.")
  CatalogueReindexer.Report reindex(Authentication auth) {
    operator(auth);
    return reindexer.reindex(done -> {});
  }

  @Get("/reconciliation")
  @Operation(
      summary = "Compare PostgreSQL and the index",
      description =
          "Authenticated; operator only. Listings missing from the index, documents with no listing, stale versions.")
  CatalogueReconciliation.Report reconcile(Authentication auth) {
    operator(auth);
    return reconciliation.check();
  }

  private static void operator(Authentication auth) {
    if (!CurrentUser.from(auth).hasRole(Role.OPERATOR)) {
      throw new NotFound("Resource");
    }
  }
}
