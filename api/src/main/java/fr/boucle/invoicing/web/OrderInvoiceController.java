package fr.boucle.invoicing.web;

import fr.boucle.invoicing.InvoiceCommands;
import fr.boucle.invoicing.InvoiceViews;
import fr.boucle.invoicing.internal.InvoiceFiles;
import fr.boucle.invoicing.internal.IssueInvoice;
import fr.boucle.invoicing.internal.ReadInvoices;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;

@Controller("/api/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Invoices")
class OrderInvoiceController {

  private final IssueInvoice issuing;
  private final ReadInvoices reads;
  private final InvoiceFiles files;

  OrderInvoiceController(IssueInvoice issuing, ReadInvoices reads, InvoiceFiles files) {
    this.files = files;
    this.issuing = issuing;
    this.reads = reads;
  }

  @Post("/{id}/invoices")
  @Operation(
      operationId = "issueInvoice",
      summary = "Issue the invoice of a delivered order (DELIVERED → INVOICED)",
      description =
          "Supplier admin or staff of the order's supplier; 404 for anyone else. The invoice gets"
              + " the supplier's next number of the year (FA-year-n, gapless), the order's lines"
              + " and VAT (none, with the art. 293 B mention, for a supplier not liable to VAT),"
              + " the legal payment terms (30 days, 50 for public hospitals) and the supplier's"
              + " bank details; its Factur-X PDF is rendered and stored. 409 billing-profile-incomplete names"
              + " each missing field (billingProfile.iban...); 409 order-not-delivered.")
  HttpResponse<InvoiceViews.Invoice> issue(
      Authentication auth, UUID id, @Nullable @Body @Valid InvoiceCommands.Issue body) {
    CurrentUser user = CurrentUser.from(auth);
    UUID invoiceId = issuing.issue(user, id, body == null ? null : body.comment());
    files.keepRendered(invoiceId);
    return HttpResponse.created(
        reads.get(user, invoiceId), URI.create("/api/invoices/" + invoiceId));
  }
}
