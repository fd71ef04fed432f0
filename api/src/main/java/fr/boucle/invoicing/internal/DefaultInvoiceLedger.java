package fr.boucle.invoicing.internal;

import fr.boucle.invoicing.InvoiceDocument;
import fr.boucle.invoicing.InvoiceLedger;
import fr.boucle.ordering.OrderBilling;
import fr.boucle.shared.security.CurrentUser;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The invoices as the payment area reads and pays them. */
@Singleton
class DefaultInvoiceLedger implements InvoiceLedger {

  private final Invoices invoices;
  private final InvoicePayments payments;
  private final RecordPayment recording;
  private final DocumentJson json;
  private final OrderBilling billing;

  DefaultInvoiceLedger(
      Invoices invoices,
      InvoicePayments payments,
      RecordPayment recording,
      DocumentJson json,
      OrderBilling billing) {
    this.billing = billing;
    this.invoices = invoices;
    this.payments = payments;
    this.recording = recording;
    this.json = json;
  }

  @Override
  public Optional<InvoiceDocument> document(UUID invoiceId) {
    return invoices.documentJson(invoiceId).map(json::read);
  }

  @Override
  public Optional<UUID> lotId(UUID invoiceId) {
    return invoices.findById(invoiceId).flatMap(i -> billing.lotOf(i.orderId()));
  }

  @Override
  public boolean visibleTo(CurrentUser user, UUID invoiceId) {
    return invoices.visible(user, invoiceId).isPresent();
  }

  @Override
  public List<Unpaid> unpaidInvoices(UUID supplierId) {
    return invoices.unpaidOf(supplierId);
  }

  @Override
  public long dueCents(UUID invoiceId) {
    return invoices.findById(invoiceId).map(Invoices.Row::dueCents).orElse(0L);
  }

  @Override
  @Transactional
  public boolean recordPayment(
      UUID invoiceId, long amountCents, LocalDate receivedOn, Method method, String externalId) {
    // The order's lock, then the invoice's: the same payment delivered twice at once waits here,
    // then sees it was recorded.
    Invoices.Row seen =
        invoices
            .findById(invoiceId)
            .orElseThrow(() -> new IllegalArgumentException("no invoice " + invoiceId));
    billing.lockOrder(seen.orderId());
    Invoices.Row invoice = invoices.lock(invoiceId).orElseThrow();
    if (payments.existsByExternalId(externalId)) {
      return false;
    }
    RecordPayment.requirePayable(invoice);
    if (amountCents <= 0 || amountCents > invoice.dueCents()) {
      throw new IllegalArgumentException(
          "payment of " + amountCents + " on " + invoice.number() + " due " + invoice.dueCents());
    }
    recording.apply(invoice, amountCents, receivedOn, method, externalId, null, externalId);
    return true;
  }
}
