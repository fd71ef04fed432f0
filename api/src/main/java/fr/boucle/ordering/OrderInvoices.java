package fr.boucle.ordering;

import fr.boucle.shared.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the ordering area asks of invoicing (which depends on ordering, so it implements this): the
 * order actions {@code invoice} and {@code mark-paid} issue a real invoice and record its payment,
 * and an order shows its invoices.
 */
public interface OrderInvoices {

  /** Issues the invoice of a delivered order for the supplier's user (the INVOICE action). */
  UUID issue(CurrentUser user, UUID orderId, @Nullable String comment);

  /**
   * Records the payment of the whole amount still due on the order's invoice (the MARK_PAID action,
   * already allowed by the order); false when the order has no invoice to pay (invoiced before
   * invoices were issued here), so the caller moves the order itself.
   */
  boolean payInFull(CurrentUser user, UUID orderId);

  /** The invoices and credit notes of these orders, oldest first, by order id. */
  Map<UUID, List<OrderViews.InvoiceRef>> ofOrders(Collection<UUID> orderIds);
}
