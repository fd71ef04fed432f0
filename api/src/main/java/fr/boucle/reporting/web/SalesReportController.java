package fr.boucle.reporting.web;

import fr.boucle.reporting.SalesReport;
import fr.boucle.reporting.internal.ComposeSalesReport;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import java.time.LocalDate;

@Controller("/api/reports/sales")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Reports")
class SalesReportController {

  private final ComposeSalesReport sales;

  SalesReportController(ComposeSalesReport sales) {
    this.sales = sales;
  }

  @Get
  @Operation(
      operationId = "getSalesReport",
      summary = "The supplier's sales dashboard",
      description =
          "Supplier admin and staff, their organisation only; buyers get 403. Revenue = goods +"
              + " delivery fee excl. VAT (cents) of orders ACCEPTED or later (never refused,"
              + " cancelled), on their submission day, per buyer, category (the delivery fees as"
              + " the row 'delivery') and month; orders waiting to accept (APPROVED), prepare"
              + " (ACCEPTED) and deliver (READY); stock rotation per category from the stock"
              + " ledger: units sold (SOLD movements in the period), units in stock (listings on"
              + " sale), median days from publication to sale; insertion hours declared and"
              + " accepted. from/to default to the last 12 months.")
  SalesReport report(
      HttpRequest<?> request,
      Authentication auth,
      @Nullable @QueryValue LocalDate from,
      @Nullable @QueryValue LocalDate to) {
    return sales.report(
        CurrentUser.from(auth), from, to, InclusionReportController.english(request));
  }
}
