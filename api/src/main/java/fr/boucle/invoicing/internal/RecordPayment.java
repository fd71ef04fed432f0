package fr.boucle.invoicing.internal;

import fr.boucle.audit.AuditLog;
import fr.boucle.invoicing.InvoiceCommands;
import fr.boucle.invoicing.InvoiceDocument;
import fr.boucle.invoicing.InvoiceLedger;
import fr.boucle.invoicing.InvoiceStatus;
import fr.boucle.ordering.OrderBilling;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Records a payment received on an invoice, by the supplier or by a machine (Stripe, through the
 * {@link InvoiceLedger}): partial payments are kept; once paid in full the invoice is PAID and its
 * order too, the spend ledger recording the paid amount.
 */
@Singleton
public class RecordPayment {

  private final Invoices invoices;
  private final InvoicePayments payments;
  private final OrderBilling billing;
  private final AuditLog audit;

  RecordPayment(Invoices invoices, InvoicePayments payments, OrderBilling billing, AuditLog audit) {
    this.invoices = invoices;
    this.payments = payments;
    this.billing = billing;
    this.audit = audit;
  }

  /** The supplier records a payment received (at most the amount due, never in the future). */
  @Transactional
  public void record(CurrentUser user, UUID invoiceId, InvoiceCommands.RecordPayment command) {
    Invoices.Row invoice = CreditInvoice.lockForSupplier(invoices, billing, user, invoiceId);
    requirePayable(invoice);
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    if (command.amountCents() > invoice.dueCents()) {
      errors.add("amountCents", ProblemCode.ABOVE_AMOUNT_DUE, "due", invoice.dueCents());
    }
    if (command.receivedOn().isAfter(LocalDate.now(IssueInvoice.PARIS))) {
      errors.add("receivedOn", ProblemCode.DATE_IN_FUTURE);
    }
    errors.throwIfAny();
    apply(
        invoice,
        command.amountCents(),
        command.receivedOn(),
        command.method() == null ? InvoiceLedger.Method.TRANSFER : command.method(),
        command.reference() == null || command.reference().isBlank()
            ? null
            : command.reference().strip(),
        user,
        null);
  }

  static void requirePayable(Invoices.Row invoice) {
    if (invoice.kind() != InvoiceDocument.Kind.INVOICE || !invoice.status().payable()) {
      throw new InvoiceProblems.InvoiceStatusConflict(
          invoice.kind() != InvoiceDocument.Kind.INVOICE
              ? Message.of(ProblemCode.CREDIT_NOTE_NOT_PAID)
              : Message.of(ProblemCode.INVOICE_NOTHING_DUE_STATUS, "status", invoice.status()));
    }
  }

  /** Writes the payment on the locked invoice; the actor is null for a machine. */
  void apply(
      Invoices.Row invoice,
      long amountCents,
      LocalDate receivedOn,
      InvoiceLedger.Method method,
      @Nullable String reference,
      @Nullable CurrentUser actor,
      @Nullable String externalId) {
    String label = actor == null ? "system" : actor.label();
    UUID paymentId = UUID.randomUUID();
    payments.append(
        paymentId,
        invoice.id(),
        amountCents,
        receivedOn,
        method.name(),
        reference,
        label,
        actor == null ? null : actor.personId(),
        externalId);
    long paid = invoice.paidCents() + amountCents;
    InvoiceStatus status = InvoiceStatus.afterPayment(paid, invoice.totalInclVatCents());
    invoices.setPaid(invoice.id(), paid, status.name());
    if (status == InvoiceStatus.PAID) {
      billing.paid(
          invoice.orderId(),
          new OrderBilling.Actor(actor == null ? null : actor.personId(), label));
    }
    Map<String, Object> details = new HashMap<>();
    details.put("number", invoice.number());
    details.put("paymentId", paymentId.toString());
    details.put("amountCents", amountCents);
    details.put("receivedOn", receivedOn.toString());
    details.put("status", status.name());
    if (externalId != null) {
      details.put("externalId", externalId);
    }
    audit.record(actor, invoice.supplierId(), "invoice.payment", "invoice", invoice.id(), details);
  }
}
