package fr.boucle.ordering.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.ordering.OrderBilling;
import fr.boucle.ordering.OrderStatus;
import fr.boucle.organisation.BuyerServices;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The orders as invoicing bills them; every move under the order's row lock. */
@Singleton
class DefaultOrderBilling implements OrderBilling {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final Orders orders;
  private final OrderEvents events;
  private final SpendEntries spend;
  private final AgreementLots lots;
  private final BuyerServices services;
  private final Sql sql;

  DefaultOrderBilling(
      Orders orders,
      OrderEvents events,
      SpendEntries spend,
      AgreementLots lots,
      BuyerServices services,
      Sql sql) {
    this.orders = orders;
    this.events = events;
    this.spend = spend;
    this.lots = lots;
    this.services = services;
    this.sql = sql;
  }

  @Override
  public void lockOrder(UUID orderId) {
    orders.lock(orderId).orElseThrow();
  }

  @Override
  public Optional<UUID> lotOf(UUID orderId) {
    return orders.findById(orderId).map(Orders.Row::lotId);
  }

  @Override
  public Optional<Billable> lockForBilling(UUID supplierId, UUID orderId) {
    return orders.lockOfSupplier(supplierId, orderId).map(this::billable);
  }

  private Billable billable(Orders.Row r) {
    BuyerServices.Service service = services.find(r.buyerId(), r.serviceId()).orElseThrow();
    AgreementLots.LotSummary lot = lots.summaries(List.of(r.lotId())).get(0);
    List<Line> lines =
        sql.list(
            "SELECT line_no, sku, title, quantity, unit_price_excl_vat_cents, vat_rate_bp,"
                + " line_excl_vat_cents FROM order_line WHERE order_id = ? ORDER BY line_no",
            rs ->
                new Line(
                    rs.getInt("line_no"),
                    rs.getString("sku"),
                    rs.getString("title"),
                    rs.getInt("quantity"),
                    rs.getLong("unit_price_excl_vat_cents"),
                    rs.getInt("vat_rate_bp"),
                    rs.getLong("line_excl_vat_cents")),
            r.id());
    LocalDate deliveredOn =
        sql.one(
                "SELECT max(occurred_at) AS at FROM order_event"
                    + " WHERE order_id = ? AND to_status = 'DELIVERED'",
                rs -> Sql.instant(rs, "at"),
                r.id())
            .map(at -> LocalDate.ofInstant(at, PARIS))
            .orElse(r.deliveryDate());
    return new Billable(
        r.id(),
        r.number(),
        r.status(),
        r.buyerId(),
        r.supplierId(),
        r.serviceId(),
        service.name(),
        service.chorusServiceCode(),
        new Address(service.street(), service.postcode(), service.city()),
        lot.agreementReference(),
        lot.number(),
        lot.title(),
        deliveredOn,
        new Address(r.deliveryStreet(), r.deliveryPostcode(), r.deliveryCity()),
        lines,
        r.deliveryFeeExclVatCents(),
        r.deliveryFeeVatRateBp(),
        r.totalExclVatCents(),
        r.totalVatCents());
  }

  @Override
  public void invoiced(UUID orderId, String invoiceNumber, Actor actor, @Nullable String comment) {
    Orders.Row r = locked(orderId, OrderStatus.DELIVERED);
    lots.invoice(r.lotId(), r.periodIndex(), r.capShare(), r.totalExclVatCents());
    spend.invoiced(r);
    orders.bill(orderId, OrderStatus.INVOICED.name(), invoiceNumber);
    events.record(
        orderId,
        OrderStatus.DELIVERED,
        OrderStatus.INVOICED,
        null,
        actor.personId(),
        actor.label(),
        "Invoice " + invoiceNumber + (comment == null ? "" : " — " + comment));
  }

  @Override
  public void credited(UUID orderId, String creditNoteNumber, String invoiceNumber, Actor actor) {
    Orders.Row r = locked(orderId, OrderStatus.INVOICED);
    // The amount goes back from invoiced to committed on the order's share of its lot period.
    lots.invoice(r.lotId(), r.periodIndex(), r.capShare(), -r.totalExclVatCents());
    spend.credited(r);
    orders.bill(orderId, OrderStatus.DELIVERED.name(), null);
    events.record(
        orderId,
        OrderStatus.INVOICED,
        OrderStatus.DELIVERED,
        null,
        actor.personId(),
        actor.label(),
        "Credit note " + creditNoteNumber + " cancels invoice " + invoiceNumber);
  }

  @Override
  public void paid(UUID orderId, Actor actor) {
    Orders.Row r = locked(orderId, OrderStatus.INVOICED);
    spend.paid(r);
    orders.setStatus(orderId, OrderStatus.PAID.name());
    events.record(
        orderId,
        OrderStatus.INVOICED,
        OrderStatus.PAID,
        null,
        actor.personId(),
        actor.label(),
        null);
  }

  private Orders.Row locked(UUID orderId, OrderStatus expected) {
    Orders.Row r = orders.lock(orderId).orElseThrow();
    if (r.status() != expected) {
      throw new IllegalStateException(
          "order " + orderId + " is " + r.status() + ", not " + expected);
    }
    return r;
  }
}
