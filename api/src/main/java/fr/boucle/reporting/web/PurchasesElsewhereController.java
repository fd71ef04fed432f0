package fr.boucle.reporting.web;

import fr.boucle.reporting.PurchaseElsewhere;
import fr.boucle.reporting.PurchaseElsewhereEntry;
import fr.boucle.reporting.internal.RecordPurchasesElsewhere;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.MaxBody;
import fr.boucle.shared.web.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller("/api/reports/agec/purchases")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Reports")
class PurchasesElsewhereController {

  private static final String FIELDS =
      " Fields: purchasedOn (yyyy-mm-dd), category (the declaration schema's type_produit_acquis),"
          + " description, supplierName, totalExclVatCents, reuseCents, donationCents,"
          + " recycledCents (cents excl. VAT; reuse + donation + recycled ≤ total). Donations are"
          + " valued by the buyer: the grid of the arrêté of 29 February 2024 is not built in.";

  /** What an import wrote: every row of the file. */
  @Serdeable
  record Imported(int imported, List<PurchaseElsewhere> purchases) {}

  private final RecordPurchasesElsewhere purchases;

  PurchasesElsewhereController(RecordPurchasesElsewhere purchases) {
    this.purchases = purchases;
  }

  @Get
  @Operation(
      operationId = "listAgecPurchasesElsewhere",
      summary = "The purchases made outside Boucle in a year (paged)",
      description =
          "Buyer admin or a spend:read token. sort = purchasedOn|category|supplierName|"
              + "totalExclVatCents|enteredAt, then ,asc or ,desc (default purchasedOn,desc).")
  Page<PurchaseElsewhere> list(
      Authentication auth,
      @QueryValue int year,
      @QueryValue @Nullable Integer page,
      @QueryValue @Nullable Integer size,
      @QueryValue @Nullable String sort) {
    return purchases.list(CurrentUser.from(auth), year, page, size, sort);
  }

  @Post
  @Operation(
      operationId = "createAgecPurchaseElsewhere",
      summary = "Enter a purchase made outside Boucle",
      description =
          "Buyer admin. Counted in the AGEC report and declaration of its year. 400 naming every"
              + " bad field."
              + FIELDS)
  HttpResponse<PurchaseElsewhere> create(Authentication auth, @Body PurchaseElsewhereEntry entry) {
    PurchaseElsewhere created = purchases.create(CurrentUser.from(auth), entry);
    return HttpResponse.created(created, URI.create("/api/reports/agec/purchases/" + created.id()));
  }

  @Delete("/{id}")
  @Operation(
      operationId = "deleteAgecPurchaseElsewhere",
      summary = "Delete a purchase made outside Boucle",
      description = "Buyer admin. 404 for another organisation's purchase.")
  HttpResponse<Void> delete(Authentication auth, UUID id) {
    purchases.delete(CurrentUser.from(auth), id);
    return HttpResponse.noContent();
  }

  @Post(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA)
  @MaxBody("boucle.reporting.purchases-import-max-bytes")
  @Operation(
      operationId = "importAgecPurchasesElsewhere",
      summary = "Import purchases made outside Boucle from a CSV or XLSX file",
      description =
          "Buyer admin. Multipart part `file`: a .csv (UTF-8, comma or semicolon) or .xlsx (first"
              + " sheet), a header row with the field names, one purchase per row. All rows or"
              + " none: 400 naming every bad row and field as rows[n].field, n the file's row"
              + " number (the header is row 1)."
              + FIELDS)
  HttpResponse<Imported> importFile(Authentication auth, CompletedFileUpload file)
      throws IOException {
    List<PurchaseElsewhere> imported =
        purchases.importFile(CurrentUser.from(auth), file.getFilename(), file.getBytes());
    return HttpResponse.created(
        new Imported(imported.size(), imported), URI.create("/api/reports/agec/purchases"));
  }
}
