package fr.boucle.invoicing.internal;

import fr.boucle.audit.AuditLog;
import fr.boucle.invoicing.InvoiceComposition;
import fr.boucle.invoicing.InvoiceDocument;
import fr.boucle.invoicing.InvoiceIssued;
import fr.boucle.invoicing.InvoiceStatus;
import fr.boucle.ordering.OrderBilling;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Cancels an issued invoice with a full credit note (its own number in the supplier's AV series):
 * the invoice is CREDITED, never edited; the order goes back to DELIVERED and its amount from
 * invoiced to committed, so that a corrected invoice may be issued. An invoice with a payment
 * recorded is not credited here.
 */
@Singleton
public class CreditInvoice {

  private final Invoices invoices;
  private final OrderBilling billing;
  private final DocumentJson json;
  private final ApplicationEventPublisher<InvoiceIssued> published;
  private final AuditLog audit;

  CreditInvoice(
      Invoices invoices,
      OrderBilling billing,
      DocumentJson json,
      ApplicationEventPublisher<InvoiceIssued> published,
      AuditLog audit) {
    this.invoices = invoices;
    this.billing = billing;
    this.json = json;
    this.published = published;
    this.audit = audit;
  }

  @Transactional
  public UUID credit(CurrentUser user, UUID invoiceId, String reason) {
    Invoices.Row invoice = lockForSupplier(invoices, billing, user, invoiceId);
    if (invoice.kind() != InvoiceDocument.Kind.INVOICE
        || invoice.status() != InvoiceStatus.ISSUED
        || invoice.paidCents() > 0) {
      throw new InvoiceProblems.InvoiceStatusConflict(
          invoice.kind() != InvoiceDocument.Kind.INVOICE
              ? Message.of(ProblemCode.CREDIT_NOTE_NOT_CREDITED)
              : Message.of(ProblemCode.INVOICE_NOT_CANCELLABLE, "status", invoice.status()));
    }
    InvoiceDocument original = json.read(invoices.documentJson(invoiceId).orElseThrow());
    LocalDate today = LocalDate.now(IssueInvoice.PARIS);
    int seq = invoices.nextNumber(invoice.supplierId(), today.getYear(), "AV");
    String number = String.format("AV-%d-%06d", today.getYear(), seq);
    UUID id = UUID.randomUUID();
    String why = reason.strip();
    InvoiceDocument document = InvoiceComposition.creditNote(id, number, today, original, why);
    invoices.insert(
        new Invoices.Row(
            id,
            InvoiceDocument.Kind.CREDIT_NOTE,
            number,
            today.getYear(),
            seq,
            invoice.supplierId(),
            invoice.buyerId(),
            invoice.serviceId(),
            invoice.orderId(),
            invoiceId,
            today,
            today,
            0,
            InvoiceStatus.ISSUED,
            -document.totalExclVatCents(),
            -document.totalVatCents(),
            -document.totalInclVatCents(),
            0,
            invoice.vatRegime(),
            why,
            user.label(),
            user.personId(),
            Instant.now()),
        json.write(document),
        null);
    invoices.insertLines(id, document.lines(), -1);
    invoices.setCredited(invoiceId);
    billing.credited(
        invoice.orderId(),
        number,
        invoice.number(),
        new OrderBilling.Actor(user.personId(), user.label()));
    published.publishEvent(
        new InvoiceIssued(
            id, invoice.supplierId(), invoice.buyerId(), InvoiceDocument.Kind.CREDIT_NOTE));
    audit.record(
        user,
        invoice.supplierId(),
        "invoice.credited",
        "invoice",
        invoiceId,
        Map.of("creditNote", number, "creditNoteId", id.toString(), "reason", why));
    return id;
  }

  /**
   * Locks an invoice (after its order) for its supplier's people; 403 for others who may see it
   * (the buyer), 404 for everyone else.
   */
  static Invoices.Row lockForSupplier(
      Invoices invoices, OrderBilling billing, CurrentUser user, UUID invoiceId) {
    if (!IssueInvoice.supplierPerson(user)) {
      if (invoices.visible(user, invoiceId).isPresent()) {
        throw new Forbidden(ProblemCode.INVOICE_SUPPLIER_PEOPLE);
      }
      throw new NotFound("Invoice");
    }
    Invoices.Row seen =
        invoices
            .findById(invoiceId)
            .filter(i -> i.supplierId().equals(user.organisationId()))
            .orElseThrow(() -> new NotFound("Invoice"));
    // The order's row first, then the invoice's, as the order actions take them.
    billing.lockOrder(seen.orderId());
    return invoices.lock(invoiceId).orElseThrow();
  }
}
