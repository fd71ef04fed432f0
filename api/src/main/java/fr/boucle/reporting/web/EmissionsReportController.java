package fr.boucle.reporting.web;

import fr.boucle.reporting.EmissionsReport;
import fr.boucle.reporting.internal.ComposeEmissionsReport;
import fr.boucle.reporting.internal.ComposeYearlyReport;
import fr.boucle.reporting.internal.ExportYearlyTables;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Download;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Reports")
class EmissionsReportController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String ACCESS = " Buyer admin or a spend:read token; 403 otherwise.";

  private final ComposeEmissionsReport emissions;
  private final ExportYearlyTables exports;
  private final ComposeYearlyReport yearly;

  EmissionsReportController(
      ComposeEmissionsReport emissions, ExportYearlyTables exports, ComposeYearlyReport yearly) {
    this.emissions = emissions;
    this.exports = exports;
    this.yearly = yearly;
  }

  static boolean english(@Nullable String acceptLanguage) {
    return acceptLanguage != null && acceptLanguage.toLowerCase().startsWith("en");
  }

  @Get("/emissions")
  @Operation(
      operationId = "getEmissionsReport",
      summary = "Emissions avoided in a year by buying reused rather than new",
      description =
          "Per taxonomy category bought: units (counted like AGEC) × the production-stage"
              + " footprint of the item new (ADEME data via Impact CO2), rounded to 2 significant"
              + " digits per row; null with a note where no footprint is sourced. The method and"
              + " sources are in the answer."
              + ACCESS)
  EmissionsReport report(
      Authentication auth,
      @QueryValue int year,
      @Header("Accept-Language") @Nullable String acceptLanguage) {
    return emissions.report(CurrentUser.from(auth), year, english(acceptLanguage));
  }

  @Get("/emissions.csv")
  @Produces("text/csv")
  @Operation(
      operationId = "getEmissionsReportCsv",
      summary = "The emissions report's rows as CSV",
      description =
          "Same rows as the JSON; headers in French unless Accept-Language is en." + ACCESS)
  HttpResponse<byte[]> csv(
      Authentication auth,
      @QueryValue int year,
      @Header("Accept-Language") @Nullable String acceptLanguage) {
    return Download.attachment(
        exports.emissions(CurrentUser.from(auth), year, english(acceptLanguage), false),
        "text/csv; charset=utf-8",
        "emissions-evitees-" + year + ".csv");
  }

  @Get("/emissions.xlsx")
  @Produces(XLSX)
  @Operation(
      operationId = "getEmissionsReportXlsx",
      summary = "The emissions report's rows as XLSX",
      description =
          "Same rows as the JSON; headers in French unless Accept-Language is en." + ACCESS)
  HttpResponse<byte[]> xlsx(
      Authentication auth,
      @QueryValue int year,
      @Header("Accept-Language") @Nullable String acceptLanguage) {
    return Download.attachment(
        exports.emissions(CurrentUser.from(auth), year, english(acceptLanguage), true),
        XLSX,
        "emissions-evitees-" + year + ".xlsx");
  }

  @Get("/yearly.pdf")
  @Produces("application/pdf")
  @Operation(
      operationId = "getYearlyReportPdf",
      summary = "The buyer's printable yearly report (PDF)",
      description =
          "A tagged (accessible) PDF in the reader's language: the person's, or for an API token"
              + " French unless Accept-Language prefers English. The framework spend, the"
              + " inclusive spend and insertion hours, the AGEC table against the targets, the"
              + " emissions avoided with the method and sources."
              + ACCESS)
  HttpResponse<byte[]> yearly(
      Authentication auth,
      @QueryValue int year,
      @Header("Accept-Language") @Nullable String acceptLanguage) {
    return Download.inline(
        yearly.pdf(CurrentUser.from(auth), year, acceptLanguage),
        "application/pdf",
        "rapport-annuel-" + year + ".pdf");
  }
}
