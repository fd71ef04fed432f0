package fr.boucle.reporting.web;

import fr.boucle.reporting.AgecTargetRow;
import fr.boucle.reporting.internal.EditAgecTargets;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

@Controller("/api/reports/agec/targets")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Reports")
class AgecTargetsController {

  /** A buyer admin's targets for a year and category, in percent (null: no target). */
  @Serdeable
  record TargetRequest(
      @Nullable Integer year,
      @Nullable String category,
      @Nullable Integer reuseTargetPercent,
      @Nullable Integer recycledTargetPercent) {}

  private final EditAgecTargets targets;

  AgecTargetsController(EditAgecTargets targets) {
    this.targets = targets;
  }

  @Get
  @Operation(
      operationId = "listAgecTargets",
      summary = "The AGEC targets in force for a year, per category, with their origin",
      description =
          "Buyer admin or a spend:read token. origin DECREE (décret n° 2024-134, with its source)"
              + " or BUYER (set by the buyer admin for that year).")
  List<AgecTargetRow> list(Authentication auth, @QueryValue int year) {
    return targets.list(CurrentUser.from(auth), year);
  }

  @Put
  @Operation(
      operationId = "setAgecTarget",
      summary = "Set the buyer's own AGEC targets for a year and category",
      description =
          "Buyer admin. Percentages 0–100, or null for no target; they replace the décret's in"
              + " the report of that year. 400 naming every bad field.")
  AgecTargetRow set(Authentication auth, @Body TargetRequest request) {
    return targets.set(
        CurrentUser.from(auth),
        request.year(),
        request.category(),
        request.reuseTargetPercent(),
        request.recycledTargetPercent());
  }

  @Delete
  @Operation(
      operationId = "resetAgecTarget",
      summary = "Back to the décret's AGEC targets for a year and category",
      description = "Buyer admin. 404 when the buyer had not set its own.")
  AgecTargetRow reset(Authentication auth, @QueryValue int year, @QueryValue String category) {
    return targets.reset(CurrentUser.from(auth), year, category);
  }
}
