package fr.boucle.demo.web;

import fr.boucle.demo.DemoAccounts;
import fr.boucle.demo.DemoDataset;
import fr.boucle.demo.DemoDatasets;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;

@Controller("/api/demo")
@Requires(property = "boucle.demo.enabled", value = "true")
@Tag(name = "Demo")
class DemoController {

  private final DemoDatasets datasets;

  DemoController(DemoDatasets datasets) {
    this.datasets = datasets;
  }

  @Get("/accounts")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(
      summary = "The demo's sign-in accounts",
      description = "Public; exists only when demo data is enabled.")
  List<DemoAccounts.Account> accounts() {
    return DemoAccounts.ACCOUNTS;
  }

  @Get("/dataset")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Operation(
      summary = "What the demo loader wrote",
      description =
          "Seed, number of listings and orders of history, and when it was loaded; 404 until the"
              + " demo is loaded. Public; exists only when demo data is enabled.")
  Optional<DemoDataset> dataset() {
    return datasets.loaded();
  }
}
