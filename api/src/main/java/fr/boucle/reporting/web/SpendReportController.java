package fr.boucle.reporting.web;

import fr.boucle.reporting.SpendAlertList;
import fr.boucle.reporting.SpendBreakdown;
import fr.boucle.reporting.SpendOverview;
import fr.boucle.reporting.internal.ComposeSpendReport;
import fr.boucle.reporting.internal.ListSpendAlerts;
import fr.boucle.reporting.internal.SpendExports;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Download;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import java.util.Locale;
import java.util.UUID;

@Controller("/api/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Reports")
class SpendReportController {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String WHO =
      " Buyer admin and API tokens with spend:read: the whole organisation; approvers and"
          + " requesters: their services; suppliers: 403. Another organisation's agreement or"
          + " service: 404.";

  private final ComposeSpendReport reports;
  private final ListSpendAlerts alerts;

  SpendReportController(ComposeSpendReport reports, ListSpendAlerts alerts) {
    this.reports = reports;
    this.alerts = alerts;
  }

  @Get("/spend")
  @Operation(
      operationId = "getSpendOverview",
      summary = "Framework spend per agreement, lot and period",
      description =
          "Maximum, committed (ordered, not invoiced), invoiced (incl. paid), paid and remaining"
              + " excl. VAT in cents, summed from the spend ledger; consumed share in basis points;"
              + " for the current period the day the maximum would be reached at the pace so far;"
              + " alert NEAR from 80 %, REACHED at 100 % of the lot's maximum. With serviceId,"
              + " that service's part (the maximum stays the lot's)."
              + WHO)
  SpendOverview overview(
      Authentication auth,
      @Nullable @QueryValue UUID agreementId,
      @Nullable @QueryValue UUID serviceId) {
    return reports.overview(CurrentUser.from(auth), agreementId, serviceId);
  }

  @Get("/spend/breakdown")
  @Operation(
      operationId = "getSpendBreakdown",
      summary = "Framework spend by service, category, supplier or month",
      description =
          "Committed, invoiced, paid and consumed excl. VAT in cents of the orders submitted"
              + " from `from` to `to` (inclusive; default the last 12 months), grouped by `by`."
              + " Categories split orders by their goods lines, the delivery fees in the row"
              + " `delivery`; months are every month of the range. Totals are equal for every `by`."
              + WHO)
  SpendBreakdown breakdown(
      Authentication auth,
      HttpRequest<?> request,
      @Nullable @QueryValue String by,
      @Nullable @QueryValue UUID agreementId,
      @Nullable @QueryValue UUID serviceId,
      @Nullable @QueryValue LocalDate from,
      @Nullable @QueryValue LocalDate to) {
    return reports.breakdown(
        CurrentUser.from(auth), by, agreementId, serviceId, from, to, locale(request));
  }

  @Get("/spend/alerts")
  @Operation(
      operationId = "getSpendAlerts",
      summary = "Spend alerts raised at 80 % and 100 % of a lot period's maximum",
      description =
          "Newest first. Each lot period raises each threshold once, mailed to the buyer admins"
              + " and the approvers of the services that ordered on it."
              + WHO
              + " Approvers and requesters see the alerts of lot periods their services ordered on.")
  SpendAlertList alerts(Authentication auth) {
    return alerts.list(CurrentUser.from(auth));
  }

  @Get(uris = {"/spend.csv", "/spend.xlsx"})
  @Operation(
      operationId = "getSpendOverviewExport",
      summary = "Framework spend per lot period as CSV or XLSX",
      description =
          "The overview's lots and periods, one row each, amounts in euros with two decimals;"
              + " French headers unless Accept-Language asks for English."
              + WHO)
  HttpResponse<byte[]> overviewExport(
      Authentication auth,
      HttpRequest<?> request,
      @Nullable @QueryValue UUID agreementId,
      @Nullable @QueryValue UUID serviceId) {
    SpendOverview o = reports.overview(CurrentUser.from(auth), agreementId, serviceId);
    return export(request, "depenses-accords-cadres", SpendExports.overview(o, english(request)));
  }

  @Get(uris = {"/spend/breakdown.csv", "/spend/breakdown.xlsx"})
  @Operation(
      operationId = "getSpendBreakdownExport",
      summary = "Framework spend breakdown as CSV or XLSX",
      description =
          "The breakdown's rows, amounts in euros with two decimals; French headers unless"
              + " Accept-Language asks for English."
              + WHO)
  HttpResponse<byte[]> breakdownExport(
      Authentication auth,
      HttpRequest<?> request,
      @Nullable @QueryValue String by,
      @Nullable @QueryValue UUID agreementId,
      @Nullable @QueryValue UUID serviceId,
      @Nullable @QueryValue LocalDate from,
      @Nullable @QueryValue LocalDate to) {
    SpendBreakdown b =
        reports.breakdown(
            CurrentUser.from(auth), by, agreementId, serviceId, from, to, locale(request));
    return export(request, "depenses-par-" + b.by(), SpendExports.breakdown(b, english(request)));
  }

  private static HttpResponse<byte[]> export(
      HttpRequest<?> request, String name, SpendExports.Table table) {
    if (request.getPath().endsWith(".xlsx")) {
      return Download.attachment(SpendExports.xlsx(table), XLSX, name + ".xlsx");
    }
    return Download.attachment(SpendExports.csv(table), "text/csv; charset=utf-8", name + ".csv");
  }

  private static Locale locale(HttpRequest<?> request) {
    return english(request) ? Locale.ENGLISH : Locale.FRENCH;
  }

  private static boolean english(HttpRequest<?> request) {
    return request
        .getHeaders()
        .findFirst("Accept-Language")
        .map(l -> l.trim().toLowerCase(Locale.ROOT).startsWith("en"))
        .orElse(false);
  }
}
