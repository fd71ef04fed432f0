package fr.boucle.reporting.web;

import fr.boucle.reporting.AgecReport;
import fr.boucle.reporting.internal.ComposeAgecReport;
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
import java.nio.charset.StandardCharsets;

@Controller("/api/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Reports")
class AgecReportController {

  private final ComposeAgecReport agec;
  private final ExportYearlyTables exports;

  AgecReportController(ComposeAgecReport agec, ExportYearlyTables exports) {
    this.agec = agec;
    this.exports = exports;
  }

  @Get("/agec")
  @Operation(
      operationId = "getAgecReport",
      summary = "AGEC (art. 58) figures of a year per product category",
      description =
          "Buyer admin or an API token with spend:read; 403 otherwise. Per category of décret"
              + " 2024-134: total, reuse/reutilisation, donations and recycled content excl. VAT"
              + " in cents, shares in basis points, the targets in force that year and their"
              + " sources (origin DECREE or BUYER). Counts orders DELIVERED, INVOICED or PAID in"
              + " the year of their delivery, and the purchases made elsewhere the buyer entered."
              + " 400 for a year in the future.")
  AgecReport report(Authentication auth, @QueryValue int year) {
    return agec.report(CurrentUser.from(auth), year);
  }

  @Get("/agec-declaration.csv")
  @Produces("text/csv")
  @Operation(
      operationId = "getAgecDeclarationCsv",
      summary = "The yearly AGEC declaration CSV for data.gouv.fr",
      description =
          "Exactly the schema schema-declaration-biens-reemploi-reutilisation-recycle v0.1.0:"
              + " UTF-8, comma-separated, its nine columns, amounts excl. VAT in euros with a"
              + " decimal point, one row per category with spend. 404 for a year without"
              + " purchases, 400 for a year in the future.")
  HttpResponse<byte[]> declaration(Authentication auth, @QueryValue int year) {
    String csv = agec.declaration(CurrentUser.from(auth), year);
    return Download.attachment(
        csv.getBytes(StandardCharsets.UTF_8),
        "text/csv; charset=utf-8",
        "declaration-agec-" + year + ".csv");
  }

  @Get("/agec.csv")
  @Produces("text/csv")
  @Operation(
      operationId = "getAgecReportCsv",
      summary = "The AGEC report's rows as CSV",
      description =
          "The rows of GET /api/reports/agec, amounts in euros with two decimals, headers in"
              + " French unless Accept-Language is en. Buyer admin or a spend:read token.")
  HttpResponse<byte[]> csv(
      Authentication auth,
      @QueryValue int year,
      @Header("Accept-Language") @Nullable String acceptLanguage) {
    return Download.attachment(
        exports.agec(
            CurrentUser.from(auth), year, EmissionsReportController.english(acceptLanguage), false),
        "text/csv; charset=utf-8",
        "agec-" + year + ".csv");
  }

  @Get("/agec.xlsx")
  @Produces(EmissionsReportController.XLSX)
  @Operation(
      operationId = "getAgecReportXlsx",
      summary = "The AGEC report's rows as XLSX",
      description =
          "The rows of GET /api/reports/agec, amounts in euros with two decimals, headers in"
              + " French unless Accept-Language is en. Buyer admin or a spend:read token.")
  HttpResponse<byte[]> xlsx(
      Authentication auth,
      @QueryValue int year,
      @Header("Accept-Language") @Nullable String acceptLanguage) {
    return Download.attachment(
        exports.agec(
            CurrentUser.from(auth), year, EmissionsReportController.english(acceptLanguage), true),
        EmissionsReportController.XLSX,
        "agec-" + year + ".xlsx");
  }
}
