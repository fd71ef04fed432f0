package fr.boucle.ordering.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.ordering.OrderAction;
import fr.boucle.ordering.OrderCommands;
import fr.boucle.ordering.OrderInvoices;
import fr.boucle.ordering.OrderStatus;
import fr.boucle.ordering.OrderViews;
import fr.boucle.organisation.BuyerServices;
import fr.boucle.organisation.PersonNames;
import fr.boucle.organisation.TradingPartners;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads purchase orders as each side may see them: buyer admins all their organisation's orders,
 * requesters and approvers those of their services, a supplier the orders addressed to it once
 * approved. Anything else is a 404. The parties, the service and the lot are named through the
 * published interfaces of the areas that own them, once per page.
 */
@Singleton
public class ListOrders {

  private final Orders orders;
  private final TradingPartners partners;
  private final BuyerServices services;
  private final AgreementLots lots;
  private final PersonNames people;
  private final JsonMapper json;
  private final OrderInvoices invoices;

  ListOrders(
      Orders orders,
      TradingPartners partners,
      BuyerServices services,
      AgreementLots lots,
      PersonNames people,
      JsonMapper json,
      OrderInvoices invoices) {
    this.orders = orders;
    this.partners = partners;
    this.services = services;
    this.lots = lots;
    this.people = people;
    this.json = json;
    this.invoices = invoices;
  }

  public Page<OrderViews.OrderSummary> list(
      CurrentUser user,
      @Nullable List<OrderStatus> statuses,
      @Nullable UUID serviceId,
      @Nullable UUID lotId,
      @Nullable String q,
      boolean awaitingMe,
      @Nullable Integer page,
      @Nullable Integer size,
      @Nullable String sort) {
    int p = Page.clampPage(page);
    int s = Page.clampSize(size);
    String text = q == null || q.isBlank() ? null : q.strip();
    Orders.Filter filter =
        new Orders.Filter(
            statuses,
            serviceId,
            lotId,
            text,
            text == null ? Set.of() : partners.idsNamed(text),
            text == null ? Set.of() : services.idsNamed(text),
            awaitingMe);
    long total = orders.count(user, filter);
    List<Orders.Listed> rows = orders.page(user, filter, p, s, sort);
    Names names = names(rows.stream().map(Orders.Listed::row).toList());
    List<OrderViews.OrderSummary> items =
        rows.stream().map(r -> summary(r.row(), r.lineCount(), names)).toList();
    return new Page<>(items, p, s, total);
  }

  public OrderViews.Order get(CurrentUser user, UUID id) {
    List<OrderViews.Order> found = getAll(user, List.of(id));
    if (found.isEmpty()) {
      throw new NotFound("Order");
    }
    return found.get(0);
  }

  /** The orders with these ids the user may see, in the order of the ids. */
  List<OrderViews.Order> getAll(CurrentUser user, List<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<UUID, Orders.Detailed> found =
        orders.visible(user, ids).stream()
            .collect(Collectors.toMap(d -> d.row().id(), Function.identity()));
    Names names = names(found.values().stream().map(Orders.Detailed::row).toList());
    Map<UUID, List<OrderViews.InvoiceRef>> invoiced = invoices.ofOrders(found.keySet());
    List<OrderViews.Order> views = new ArrayList<>();
    for (UUID id : ids) {
      Orders.Detailed d = found.get(id);
      if (d != null) {
        views.add(order(d, user, names, invoiced.getOrDefault(id, List.of())));
      }
    }
    return views;
  }

  /** The names of the parties, services, lots and requesters of some orders. */
  private record Names(
      Map<UUID, TradingPartners.Partner> partners,
      Map<UUID, BuyerServices.Service> services,
      Map<UUID, AgreementLots.LotSummary> lots,
      Map<UUID, String> people) {}

  private Names names(Collection<Orders.Row> rows) {
    Set<UUID> organisations = new HashSet<>();
    Set<UUID> serviceIds = new HashSet<>();
    Set<UUID> lotIds = new HashSet<>();
    Set<UUID> personIds = new HashSet<>();
    for (Orders.Row r : rows) {
      organisations.add(r.buyerId());
      organisations.add(r.supplierId());
      serviceIds.add(r.serviceId());
      lotIds.add(r.lotId());
      personIds.add(r.requesterId());
    }
    if (rows.isEmpty()) {
      return new Names(Map.of(), Map.of(), Map.of(), Map.of());
    }
    return new Names(
        partners.withIds(organisations),
        services.withIds(serviceIds).stream()
            .collect(Collectors.toMap(BuyerServices.Service::id, Function.identity())),
        lots.summaries(lotIds).stream()
            .collect(Collectors.toMap(AgreementLots.LotSummary::lotId, Function.identity())),
        people.fullNames(personIds));
  }

  private static OrderViews.Party buyer(Orders.Row r, Names names) {
    TradingPartners.Partner b = names.partners().get(r.buyerId());
    return new OrderViews.Party(r.buyerId(), b.legalName(), b.siret(), null);
  }

  private static OrderViews.Party supplier(Orders.Row r, Names names) {
    TradingPartners.Partner s = names.partners().get(r.supplierId());
    return new OrderViews.Party(r.supplierId(), s.legalName(), s.siret(), s.insertionStatus());
  }

  private <T> List<T> json(@Nullable String value, Class<T> type) {
    if (value == null) {
      return List.of();
    }
    try {
      return json.readValue(value, Argument.listOf(type));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private OrderViews.Order order(
      Orders.Detailed d, CurrentUser user, Names names, List<OrderViews.InvoiceRef> invoiceRefs) {
    Orders.Row r = d.row();
    List<OrderViews.Line> lines = json(d.linesJson(), OrderViews.Line.class);
    Map<Integer, long[]> byRate = new TreeMap<>();
    for (OrderViews.Line line : lines) {
      long[] sums = byRate.computeIfAbsent(line.vatRateBasisPoints(), k -> new long[2]);
      sums[0] += line.lineExclVatCents();
      sums[1] += line.lineVatCents();
    }
    if (r.deliveryFeeExclVatCents() > 0) {
      long[] sums = byRate.computeIfAbsent(r.deliveryFeeVatRateBp(), k -> new long[2]);
      sums[0] += r.deliveryFeeExclVatCents();
      sums[1] += r.deliveryFeeVatCents();
    }
    List<OrderViews.VatSubtotal> vat = new ArrayList<>();
    byRate.forEach((rate, sums) -> vat.add(new OrderViews.VatSubtotal(rate, sums[0], sums[1])));
    BuyerServices.Service service = names.services().get(r.serviceId());
    AgreementLots.LotSummary lot = names.lots().get(r.lotId());
    List<OrderAction> allowed = r.order().allowedActions(user);
    return new OrderViews.Order(
        r.id(),
        r.number(),
        r.status(),
        buyer(r, names),
        new OrderViews.ServiceRef(
            service.id(),
            service.name(),
            service.street(),
            service.postcode(),
            service.city(),
            service.approvalThresholdCents()),
        supplier(r, names),
        new OrderViews.LotRef(
            r.agreementId(),
            lot.agreementReference(),
            lot.agreementTitle(),
            r.lotId(),
            lot.number(),
            lot.title(),
            lot.reservation()),
        r.periodIndex(),
        lines,
        vat,
        OrderViews.Totals.of(r.totalExclVatCents(), r.totalVatCents()),
        new OrderViews.DeliveryFee(
            r.deliveryFeeExclVatCents(), r.deliveryFeeVatCents(), r.deliveryFeeVatRateBp()),
        new OrderCommands.Address(r.deliveryStreet(), r.deliveryPostcode(), r.deliveryCity()),
        r.deliveryDate(),
        r.note(),
        r.requesterId(),
        names.people().get(r.requesterId()),
        r.requiresApproval(),
        r.invoiceReference(),
        r.submittedAt(),
        r.updatedAt(),
        json(d.eventsJson(), OrderViews.Event.class).stream().map(OrderViews.Event::coded).toList(),
        allowed,
        r.cancellationRequestedAt() == null
            ? null
            : new OrderViews.CancellationRequest(
                r.cancellationReason(), r.cancellationRequestedBy(), r.cancellationRequestedAt()),
        invoiceRefs,
        allowed.contains(OrderAction.INVOICE));
  }

  private static OrderViews.OrderSummary summary(Orders.Row r, int lineCount, Names names) {
    AgreementLots.LotSummary lot = names.lots().get(r.lotId());
    return new OrderViews.OrderSummary(
        r.id(),
        r.number(),
        r.status(),
        buyer(r, names),
        r.serviceId(),
        names.services().get(r.serviceId()).name(),
        supplier(r, names),
        lot.agreementReference(),
        lot.number(),
        lineCount,
        OrderViews.Totals.of(r.totalExclVatCents(), r.totalVatCents()),
        r.deliveryDate(),
        r.requiresApproval(),
        r.submittedAt(),
        r.updatedAt());
  }
}
