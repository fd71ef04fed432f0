package fr.boucle.ordering.internal;

import fr.boucle.listing.StockLedger;
import fr.boucle.ordering.Order;
import fr.boucle.ordering.OrderAction;
import fr.boucle.ordering.OrderBilling;
import fr.boucle.ordering.OrderCommands;
import fr.boucle.ordering.OrderInvoices;
import fr.boucle.ordering.OrderViews;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.TradingStanding;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Moves an order through its lifecycle: the {@link Order} decides whether the actor may take the
 * action now; this writes what the action changes, with its ledger rows and timeline entry.
 */
@Singleton
public class ActOnOrder {

  private final Orders orders;
  private final OrderEvents events;
  private final OrderLines lines;
  private final ReleaseOrder release;
  private final StockLedger stock;
  private final TradingStanding standing;
  private final OrderMails mails;
  private final ListOrders reads;
  private final OrderInvoices invoices;
  private final OrderBilling billing;

  ActOnOrder(
      Orders orders,
      OrderEvents events,
      OrderLines lines,
      ReleaseOrder release,
      StockLedger stock,
      TradingStanding standing,
      OrderMails mails,
      ListOrders reads,
      OrderInvoices invoices,
      OrderBilling billing) {
    this.orders = orders;
    this.events = events;
    this.lines = lines;
    this.release = release;
    this.stock = stock;
    this.standing = standing;
    this.mails = mails;
    this.reads = reads;
    this.invoices = invoices;
    this.billing = billing;
  }

  @Transactional
  public OrderViews.Order act(
      CurrentUser user, UUID id, OrderAction action, @Nullable OrderCommands.Transition body) {
    Orders.Row row = orders.lockVisible(user, id).orElseThrow(() -> new NotFound("Order"));
    Order.Transition t;
    try {
      t =
          row.order()
              .apply(
                  user,
                  action,
                  body == null ? null : body.comment(),
                  body == null ? null : body.invoiceReference());
    } catch (Order.Refused refused) {
      throw switch (refused.reason()) {
        case NOT_ALLOWED -> new Forbidden(refused.problem());
        case ILLEGAL_TRANSITION -> new OrderProblems.IllegalTransition(refused.problem());
        case FIELD_REQUIRED ->
            new ValidationFailed(new Problem.FieldError(refused.field(), refused.problem()));
      };
    }
    if (action == OrderAction.INVOICE) {
      // A real invoice, issued as POST /api/orders/{id}/invoices does; it moves the order.
      invoices.issue(
          user,
          id,
          t.invoiceReference() == null
              ? t.comment()
              : "référence fournisseur "
                  + t.invoiceReference()
                  + (t.comment() == null ? "" : " — " + t.comment()));
      return reads.get(user, id);
    }
    if (action == OrderAction.MARK_PAID) {
      // The payment of the whole amount due on its invoice; an order invoiced before invoices
      // were issued here has none, and is marked paid as it used to be.
      if (!invoices.payInFull(user, id)) {
        billing.paid(id, new OrderBilling.Actor(user.personId(), user.label()));
      }
      return reads.get(user, id);
    }
    if (action == OrderAction.ACCEPT) {
      standing.requireTrading(user.organisationId(), "accept orders");
    }
    if (action.releases()) {
      release.release(row, user.label(), t.releaseReason());
    } else if (action == OrderAction.CONFIRM_DELIVERY) {
      // The reservation becomes a sale: available stock is unchanged, the ledger says why.
      stock.sell(lines.units(id), user.label(), "Purchase order delivered");
    }
    if (action == OrderAction.SUPPLIER_CANCEL) {
      mails.cancelledBySupplier(id, t.comment());
    }
    orders.apply(t, user.label());
    events.record(
        id, t.from(), t.to(), t.eventAction(), user.personId(), user.label(), t.eventComment());
    return reads.get(user, id);
  }
}
