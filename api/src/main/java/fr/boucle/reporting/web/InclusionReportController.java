package fr.boucle.reporting.web;

import fr.boucle.reporting.InclusiveReport;
import fr.boucle.reporting.InsertionHoursReport;
import fr.boucle.reporting.internal.ComposeInclusiveReport;
import fr.boucle.reporting.internal.ComposeInsertionHoursReport;
import fr.boucle.reporting.internal.InclusionExports;
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
import java.util.UUID;

@Controller("/api/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Reports")
class InclusionReportController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String INCLUSIVE_RULE =
      " Buyer admin and spend:read tokens: the whole organisation; approvers and requesters:"
          + " their services; suppliers: 403. from/to (dates, default the last 12 months) filter on"
          + " the order's submission; another organisation's agreement or service answers 404.";
  private static final String HOURS_RULE =
      " Buyer's people and spend:read tokens; suppliers: 403. Planned hours of a period = the"
          + " lot's target × the period's share of the lot's maximum (whole hours, largest"
          + " remainder). The facilitator counts hours from the declarations: purchases alone do"
          + " not prove them.";

  private final ComposeInclusiveReport inclusive;
  private final ComposeInsertionHoursReport hours;
  private final InclusionExports exports;

  InclusionReportController(
      ComposeInclusiveReport inclusive,
      ComposeInsertionHoursReport hours,
      InclusionExports exports) {
    this.inclusive = inclusive;
    this.hours = hours;
    this.exports = exports;
  }

  @Get("/inclusive")
  @Operation(
      operationId = "getInclusiveReport",
      summary = "Inclusive spend: consumed amounts with SIAE, EA/ESAT and on reserved lots",
      description =
          "Consumed (committed + invoiced excl. VAT, cents, from the spend ledger) by the"
              + " supplier's insertion status (SIAE_* → siae; EA, ESAT → eaEsat; other), and"
              + " separately on lots reserved under articles L2113-12/13, per month; the share"
              + " of SIAE + EA/ESAT in basis points."
              + INCLUSIVE_RULE)
  InclusiveReport inclusive(
      Authentication auth,
      @Nullable @QueryValue LocalDate from,
      @Nullable @QueryValue LocalDate to,
      @Nullable @QueryValue UUID agreementId,
      @Nullable @QueryValue UUID serviceId) {
    return inclusive.report(CurrentUser.from(auth), from, to, agreementId, serviceId);
  }

  @Get("/inclusive.csv")
  @Operation(
      operationId = "getInclusiveReportCsv",
      summary = "Inclusive spend per month as CSV",
      description = "The months of GET /api/reports/inclusive, amounts in euros." + INCLUSIVE_RULE)
  HttpResponse<byte[]> inclusiveCsv(
      HttpRequest<?> request,
      Authentication auth,
      @Nullable @QueryValue LocalDate from,
      @Nullable @QueryValue LocalDate to,
      @Nullable @QueryValue UUID agreementId,
      @Nullable @QueryValue UUID serviceId) {
    InclusiveReport r = inclusive.report(CurrentUser.from(auth), from, to, agreementId, serviceId);
    return Download.attachment(
        exports.inclusive(r, english(request)).csv(),
        "text/csv; charset=utf-8",
        "achats-inclusifs.csv");
  }

  @Get("/inclusive.xlsx")
  @Operation(
      operationId = "getInclusiveReportXlsx",
      summary = "Inclusive spend per month as XLSX",
      description = "The months of GET /api/reports/inclusive, amounts in euros." + INCLUSIVE_RULE)
  HttpResponse<byte[]> inclusiveXlsx(
      HttpRequest<?> request,
      Authentication auth,
      @Nullable @QueryValue LocalDate from,
      @Nullable @QueryValue LocalDate to,
      @Nullable @QueryValue UUID agreementId,
      @Nullable @QueryValue UUID serviceId) {
    InclusiveReport r = inclusive.report(CurrentUser.from(auth), from, to, agreementId, serviceId);
    boolean english = english(request);
    return Download.attachment(
        exports.inclusive(r, english).xlsx(english ? "Inclusive spend" : "Achats inclusifs"),
        XLSX,
        "achats-inclusifs.xlsx");
  }

  @Get("/insertion-hours")
  @Operation(
      operationId = "getInsertionHoursReport",
      summary = "Insertion hours of lots with a social clause: planned, declared, accepted",
      description =
          "Per lot with an insertion-hours target and per period: planned, declared (any"
              + " status) and accepted hours, and the declarations."
              + HOURS_RULE)
  InsertionHoursReport insertionHours(Authentication auth, @Nullable @QueryValue UUID agreementId) {
    return hours.report(CurrentUser.from(auth), agreementId);
  }

  @Get("/insertion-hours.csv")
  @Operation(
      operationId = "getInsertionHoursCsv",
      summary = "The facilitator's export of insertion hours as CSV",
      description =
          "One row per declaration: agreement, lot, supplier, SIRET, period, hours declared and"
              + " accepted, status."
              + HOURS_RULE)
  HttpResponse<byte[]> insertionHoursCsv(
      HttpRequest<?> request, Authentication auth, @Nullable @QueryValue UUID agreementId) {
    InsertionHoursReport r = hours.report(CurrentUser.from(auth), agreementId);
    return Download.attachment(
        exports.insertionHours(r, english(request)).csv(),
        "text/csv; charset=utf-8",
        "heures-insertion.csv");
  }

  @Get("/insertion-hours.xlsx")
  @Operation(
      operationId = "getInsertionHoursXlsx",
      summary = "The facilitator's export of insertion hours as XLSX",
      description = "One row per declaration, like the CSV." + HOURS_RULE)
  HttpResponse<byte[]> insertionHoursXlsx(
      HttpRequest<?> request, Authentication auth, @Nullable @QueryValue UUID agreementId) {
    InsertionHoursReport r = hours.report(CurrentUser.from(auth), agreementId);
    boolean english = english(request);
    return Download.attachment(
        exports.insertionHours(r, english).xlsx(english ? "Insertion hours" : "Heures d'insertion"),
        XLSX,
        "heures-insertion.xlsx");
  }

  /** French unless the caller asks for another language first. */
  static boolean english(HttpRequest<?> request) {
    return request
        .getHeaders()
        .get("Accept-Language", String.class)
        .map(l -> !l.strip().toLowerCase(java.util.Locale.ROOT).startsWith("fr") && !l.isBlank())
        .orElse(false);
  }
}
