package fr.boucle.payment;

import fr.boucle.invoicing.InvoiceDocument;
import fr.boucle.invoicing.InvoiceLedger;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands for the invoicing area's ledger until both areas are merged: keeps documents and payments
 * in memory and records every payment call so the payment tests can assert on them. Replaced by the
 * real ledger as soon as one exists ({@code missingBeans}).
 */
@Singleton
@Requires(missingBeans = InvoiceLedger.class)
public class InMemoryInvoiceLedgerForPaymentTests implements InvoiceLedger {

  /** One call of {@link #recordPayment}, and whether it recorded something. */
  public record PaymentCall(
      UUID invoiceId,
      long amountCents,
      LocalDate receivedOn,
      Method method,
      String externalId,
      boolean recorded) {}

  private final Map<UUID, InvoiceDocument> documents = new ConcurrentHashMap<>();
  private final Map<UUID, UUID> lots = new ConcurrentHashMap<>();
  private final Map<String, PaymentCall> payments = new ConcurrentHashMap<>();
  private final List<PaymentCall> calls = new CopyOnWriteArrayList<>();

  public void put(InvoiceDocument document, UUID lotId) {
    documents.put(document.id(), document);
    if (lotId != null) {
      lots.put(document.id(), lotId);
    }
  }

  @Override
  public Optional<InvoiceDocument> document(UUID invoiceId) {
    return Optional.ofNullable(documents.get(invoiceId));
  }

  @Override
  public Optional<UUID> lotId(UUID invoiceId) {
    return Optional.ofNullable(lots.get(invoiceId));
  }

  @Override
  public long dueCents(UUID invoiceId) {
    InvoiceDocument document = documents.get(invoiceId);
    if (document == null) {
      return 0;
    }
    long paid =
        payments.values().stream()
            .filter(p -> p.invoiceId().equals(invoiceId))
            .mapToLong(PaymentCall::amountCents)
            .sum();
    return Math.max(0, document.dueCents() - paid);
  }

  @Override
  public synchronized boolean recordPayment(
      UUID invoiceId, long amountCents, LocalDate receivedOn, Method method, String externalId) {
    boolean recorded = !payments.containsKey(externalId);
    PaymentCall call =
        new PaymentCall(invoiceId, amountCents, receivedOn, method, externalId, recorded);
    calls.add(call);
    if (recorded) {
      payments.put(externalId, call);
    }
    return recorded;
  }

  /** The payments recorded for an invoice (each external id once). */
  public List<PaymentCall> payments(UUID invoiceId) {
    return payments.values().stream().filter(p -> p.invoiceId().equals(invoiceId)).toList();
  }

  /** Every recordPayment call for an invoice, repeated ones included. */
  public List<PaymentCall> calls(UUID invoiceId) {
    return calls.stream().filter(p -> p.invoiceId().equals(invoiceId)).toList();
  }
}
