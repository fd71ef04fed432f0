package fr.boucle.invoicing.web;

import fr.boucle.invoicing.InvoiceCommands;
import fr.boucle.invoicing.InvoiceDocument;
import fr.boucle.invoicing.InvoiceStatus;
import fr.boucle.invoicing.InvoiceViews;
import fr.boucle.invoicing.internal.CreditInvoice;
import fr.boucle.invoicing.internal.ExportInvoices;
import fr.boucle.invoicing.internal.InvoiceFiles;
import fr.boucle.invoicing.internal.ReadInvoices;
import fr.boucle.invoicing.internal.RecordPayment;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Download;
import fr.boucle.shared.web.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

@Controller("/api/invoices")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Invoices")
class InvoiceController {

  private final ReadInvoices reads;
  private final InvoiceFiles files;
  private final ExportInvoices export;
  private final CreditInvoice crediting;
  private final RecordPayment recording;

  InvoiceController(
      ReadInvoices reads,
      InvoiceFiles files,
      ExportInvoices export,
      CreditInvoice crediting,
      RecordPayment recording) {
    this.reads = reads;
    this.files = files;
    this.export = export;
    this.crediting = crediting;
    this.recording = recording;
  }

  @Get
  @Operation(
      operationId = "listInvoices",
      summary = "Invoices and credit notes of my organisation, one page, with the payment clock",
      description =
          "Supplier: those it issued; buyer admin (or a token with invoices:read): all those its"
              + " organisation received; requesters and approvers: their services'. status may"
              + " repeat (ISSUED, PARTIALLY_PAID, PAID, CREDITED); kind INVOICE or CREDIT_NOTE;"
              + " overdue=true keeps unpaid invoices past their due date. Sort: issueDate, due,"
              + " dueDate, number, total, status, each optionally ',asc'/',desc' (default newest"
              + " first). Items leave out lines and payments.")
  Page<InvoiceViews.Invoice> list(
      Authentication auth,
      @Nullable @QueryValue List<InvoiceStatus> status,
      @Nullable @QueryValue InvoiceDocument.Kind kind,
      @Nullable @QueryValue Boolean overdue,
      @Nullable @QueryValue Integer page,
      @Nullable @QueryValue Integer size,
      @Nullable @QueryValue String sort) {
    return reads.list(
        CurrentUser.from(auth), status, kind, Boolean.TRUE.equals(overdue), page, size, sort);
  }

  @Get("/export.csv")
  @Produces("text/csv")
  @Operation(
      operationId = "exportInvoices",
      summary = "Accounting export (CSV) of the invoices and credit notes I may see",
      description =
          "Same filters as the list, all pages, by issue date. UTF-8 with a byte-order mark, ';'"
              + " separated, one line per invoice or credit note, amounts in euros with 2 decimals"
              + " and a decimal comma (credit notes negative).")
  HttpResponse<byte[]> exportCsv(
      Authentication auth,
      @Nullable @QueryValue List<InvoiceStatus> status,
      @Nullable @QueryValue InvoiceDocument.Kind kind,
      @Nullable @QueryValue Boolean overdue) {
    String csv = export.csv(CurrentUser.from(auth), status, kind, Boolean.TRUE.equals(overdue));
    return Download.attachment(
        csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8", "factures.csv");
  }

  @Get("/{id}")
  @Operation(
      operationId = "getInvoice",
      summary = "One invoice or credit note with its lines, payments and payment clock",
      description = "404 when not visible to the caller.")
  InvoiceViews.Invoice get(Authentication auth, UUID id) {
    return reads.get(CurrentUser.from(auth), id);
  }

  @Get("/{id}/pdf")
  @Produces("application/pdf")
  @Operation(
      operationId = "getInvoicePdf",
      summary = "The Factur-X (EN 16931) PDF/A-3 of the invoice, named after its number",
      description = "404 when not visible.")
  HttpResponse<byte[]> pdf(Authentication auth, UUID id) {
    InvoiceFiles.File file = files.pdf(CurrentUser.from(auth), id);
    return Download.attachment(file.content(), "application/pdf", file.number() + ".pdf");
  }

  @Get("/{id}/cii")
  @Produces("application/xml")
  @Operation(
      operationId = "getInvoiceCii",
      summary = "The UN/CEFACT CII XML of the invoice (EN 16931), for an upload to Chorus Pro",
      description = "404 when not visible.")
  HttpResponse<byte[]> cii(Authentication auth, UUID id) {
    InvoiceFiles.File file = files.cii(CurrentUser.from(auth), id);
    return Download.attachment(file.content(), "application/xml", file.number() + ".xml");
  }

  @Post("/{id}/credit-notes")
  @Operation(
      operationId = "creditInvoice",
      summary = "Cancel the invoice with a full credit note (the order goes back to DELIVERED)",
      description =
          "Supplier admin or staff of the invoice's supplier, with a reason. The credit note has"
              + " its own number (AV-year-n) and the negative amounts of the invoice, which becomes"
              + " CREDITED; a new invoice may then be issued for the order. 409 when the invoice"
              + " is not ISSUED or has a payment recorded, or is itself a credit note.")
  HttpResponse<InvoiceViews.Invoice> creditNote(
      Authentication auth, UUID id, @Body @Valid InvoiceCommands.CreditNote body) {
    CurrentUser user = CurrentUser.from(auth);
    UUID created = crediting.credit(user, id, body.reason());
    files.keepRendered(created);
    return HttpResponse.created(reads.get(user, created), URI.create("/api/invoices/" + created));
  }

  @Get("/{id}/payments")
  @Operation(
      operationId = "listInvoicePayments",
      summary = "The payments recorded on the invoice",
      description = "404 when not visible.")
  List<InvoiceViews.Payment> payments(Authentication auth, UUID id) {
    InvoiceViews.Invoice invoice = reads.get(CurrentUser.from(auth), id);
    return invoice.payments() == null ? List.of() : invoice.payments();
  }

  @Post("/{id}/payments")
  @Operation(
      operationId = "recordInvoicePayment",
      summary = "Record a payment received (partial payments kept)",
      description =
          "Supplier admin or staff of the invoice's supplier: amountCents (at most the amount"
              + " due), receivedOn (not in the future), method (TRANSFER by default, CARD, OTHER)"
              + " and an optional reference. ISSUED → PARTIALLY_PAID → PAID; once paid in full the"
              + " order is PAID. Answers the invoice.")
  HttpResponse<InvoiceViews.Invoice> recordPayment(
      Authentication auth, UUID id, @Body @Valid InvoiceCommands.RecordPayment body) {
    CurrentUser user = CurrentUser.from(auth);
    recording.record(user, id, body);
    return HttpResponse.created(
        reads.get(user, id), URI.create("/api/invoices/" + id + "/payments"));
  }
}
