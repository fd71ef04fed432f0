package fr.boucle.ordering.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.ordering.OrderCommands;
import fr.boucle.ordering.OrderViews;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.TradingStanding;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The cart's checkout: its preview (per supplier group, the lots that apply, priced with their
 * terms, and why others do not), and the checkout itself, one order per supplier group, all or
 * none.
 */
@Singleton
public class CheckOutCart {

  private final KeepCart carts;
  private final OrderPlanner planner;
  private final LotAssessor assessor;
  private final PlaceOrder placing;
  private final ListOrders reads;
  private final TradingStanding standing;

  CheckOutCart(
      KeepCart carts,
      OrderPlanner planner,
      LotAssessor assessor,
      PlaceOrder placing,
      ListOrders reads,
      TradingStanding standing) {
    this.carts = carts;
    this.planner = planner;
    this.assessor = assessor;
    this.placing = placing;
    this.reads = reads;
    this.standing = standing;
  }

  public OrderViews.CheckoutPreview preview(CurrentUser user, @Nullable UUID serviceId) {
    KeepCart.requireRequester(user);
    List<OrderPlanner.ServiceRow> mine =
        planner.servicesOf(user).stream().filter(s -> user.serviceIds().contains(s.id())).toList();
    OrderPlanner.ServiceRow service = null;
    if (serviceId != null) {
      service =
          mine.stream()
              .filter(s -> s.id().equals(serviceId))
              .findFirst()
              .orElseThrow(() -> new NotFound("Service"));
    } else if (mine.size() == 1) {
      service = mine.get(0);
    }
    List<KeepCart.Stored> stored = carts.stored(user);
    Map<UUID, OrderPlanner.ListingRow> listings =
        planner.listings(stored.stream().map(KeepCart.Stored::listingId).toList());
    List<AgreementLots.Lot> buyerLots = planner.lotsOf(user.organisationId());
    LocalDate today = OrderPlanner.today();
    Map<OrderViews.Party, List<OrderViews.CartLine>> groups = carts.grouped(stored, listings);
    List<OrderViews.CheckoutGroup> result = new ArrayList<>();
    for (Map.Entry<OrderViews.Party, List<OrderViews.CartLine>> g : groups.entrySet()) {
      List<OrderPlanner.Want> wants =
          g.getValue().stream()
              .map(l -> new OrderPlanner.Want(l.listingId(), l.quantity()))
              .toList();
      OrderPlanner.ListingRow sample = listings.get(wants.get(0).listingId());
      LotAssessor.GroupAssessment assessed =
          assessor.assessGroup(buyerLots, sample, wants, listings, today);
      final OrderPlanner.ServiceRow s = service;
      result.add(
          new OrderViews.CheckoutGroup(
              g.getKey(),
              g.getValue(),
              assessed.options().stream().map(a -> a.option(s)).toList(),
              assessed.chosen().map(a -> a.lot().lotId()).orElse(null),
              assessed.obstacles()));
    }
    return new OrderViews.CheckoutPreview(
        service == null ? null : service.ref(),
        mine.stream().map(OrderPlanner.ServiceRow::ref).toList(),
        result);
  }

  // One connection for the whole submission, without a transaction: the reads that check it,
  // the place_orders call (its own transaction, committed by the server with the statement) and
  // the read-back borrow it once instead of once per statement.
  @Connectable
  public OrderViews.Submitted checkout(
      CurrentUser user, String idempotencyKey, OrderCommands.Checkout command) {
    KeepCart.requireRequester(user);
    standing.requireTrading(user.organisationId(), "place orders");
    // The key covers the command and the lines it confirms. A retry after success finds the cart
    // emptied: it is answered from the key before the cart is looked at.
    String requestHash = PlaceOrder.hash("checkout:" + command);
    Optional<Orders.Placed> replay = placing.replay(user.personId(), idempotencyKey, requestHash);
    if (replay.isPresent()) {
      return new OrderViews.Submitted(
          reads.getAll(user, replay.get().orderIds()), replay.get().replayed());
    }
    List<KeepCart.Stored> stored = carts.stored(user);
    Map<UUID, OrderPlanner.ListingRow> listings =
        planner.listings(stored.stream().map(KeepCart.Stored::listingId).toList());
    Map<UUID, List<OrderPlanner.Want>> bySupplier =
        LotAssessor.bySupplier(
            stored.stream().map(s -> new OrderPlanner.Want(s.listingId(), s.quantity())).toList(),
            listings);
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    List<Problem.FieldError> changed = new ArrayList<>();
    List<Submission.Request> requests = new ArrayList<>();
    for (int i = 0; i < command.orders().size(); i++) {
      OrderCommands.CheckoutOrder o = command.orders().get(i);
      String at = "orders[" + i + "].";
      List<OrderPlanner.Want> wants = bySupplier.get(o.supplierId());
      if (wants == null) {
        errors.add(at + "supplierId", ProblemCode.SUPPLIER_NOT_IN_CART);
        continue;
      }
      if (!sameLines(wants, o.lines())) {
        changed.add(Problem.FieldError.of(at + "lines", ProblemCode.CART_LINES_DIFFER));
        continue;
      }
      List<OrderPlanner.Want> lines = wants;
      requests.add(
          new Submission.Request(
              at,
              k -> "cart[" + lines.get(k).listingId() + "]",
              o.serviceId(),
              o.lotId(),
              o.deliveryDate(),
              o.deliveryAddress(),
              o.note(),
              lines));
    }
    errors.throwIfAny();
    if (!changed.isEmpty()) {
      throw new OrderProblems.CartChanged(changed);
    }
    Orders.Placed result = placing.place(user, idempotencyKey, requestHash, requests, true);
    return new OrderViews.Submitted(reads.getAll(user, result.orderIds()), result.replayed());
  }

  /** Whether the cart's lines for a supplier are exactly those the requester confirmed. */
  static boolean sameLines(
      List<OrderPlanner.Want> cart, List<OrderCommands.CheckoutLine> confirmed) {
    Map<UUID, Integer> wanted = new HashMap<>();
    cart.forEach(w -> wanted.merge(w.listingId(), w.quantity(), Integer::sum));
    Map<UUID, Integer> seen = new HashMap<>();
    confirmed.forEach(l -> seen.merge(l.listingId(), l.quantity(), Integer::sum));
    return wanted.equals(seen);
  }
}
