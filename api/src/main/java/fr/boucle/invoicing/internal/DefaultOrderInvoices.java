package fr.boucle.invoicing.internal;

import fr.boucle.invoicing.InvoiceLedger;
import fr.boucle.ordering.OrderInvoices;
import fr.boucle.ordering.OrderViews;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The invoices of orders, for the order actions invoice and mark-paid and the order's view. */
@Singleton
class DefaultOrderInvoices implements OrderInvoices {

  private final IssueInvoice issuing;
  private final RecordPayment recording;
  private final Invoices invoices;

  DefaultOrderInvoices(IssueInvoice issuing, RecordPayment recording, Invoices invoices) {
    this.issuing = issuing;
    this.recording = recording;
    this.invoices = invoices;
  }

  @Override
  public UUID issue(CurrentUser user, UUID orderId, @Nullable String comment) {
    return issuing.issue(user, orderId, comment);
  }

  @Override
  @Transactional
  public boolean payInFull(CurrentUser user, UUID orderId) {
    Optional<Invoices.Row> invoice = invoices.lockPayableOfOrder(orderId);
    invoice.ifPresent(i ->
        recording.apply(
            i,
            i.dueCents(),
            LocalDate.now(IssueInvoice.PARIS),
            InvoiceLedger.Method.TRANSFER,
            null,
            user,
            null));
    return invoice.isPresent();
  }

  @Override
  public Map<UUID, List<OrderViews.InvoiceRef>> ofOrders(Collection<UUID> orderIds) {
    Map<UUID, List<OrderViews.InvoiceRef>> refs = new LinkedHashMap<>();
    for (Invoices.Row r : invoices.ofOrders(orderIds)) {
      refs.computeIfAbsent(r.orderId(), k -> new ArrayList<>())
          .add(new OrderViews.InvoiceRef(r.id(), r.kind().name(), r.number(), r.status().name()));
    }
    return refs;
  }
}
