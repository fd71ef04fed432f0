package fr.boucle.ordering.web;

import fr.boucle.ordering.OrderViews;
import fr.boucle.ordering.internal.SpendLedger;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

@Controller("/api/spend")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Orders")
class SpendController {

  private final SpendLedger ledger;

  SpendController(SpendLedger ledger) {
    this.ledger = ledger;
  }

  @Get
  @Operation(
      operationId = "getSpendLedger",
      summary = "Spend ledger per lot, period and service",
      description =
          "Buyer admin (all services), requesters and approvers (their services), API tokens with"
              + " spend:read. Committed = ordered and not invoiced; invoiced; excl. VAT and VAT"
              + " (VAT computed per line).")
  List<OrderViews.SpendRow> rows(
      Authentication auth,
      @Nullable @QueryValue UUID agreementId,
      @Nullable @QueryValue UUID lotId,
      @Nullable @QueryValue UUID serviceId) {
    return ledger.rows(CurrentUser.from(auth), agreementId, lotId, serviceId);
  }
}
