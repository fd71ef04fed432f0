package fr.boucle.ordering.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.ordering.OrderCommands;
import fr.boucle.ordering.OrderViews;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.security.TradingStanding;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A requester's cart, kept on the server per person, its checkout preview (per supplier group: the
 * lots that apply, priced with their terms, and why others do not), and the checkout itself.
 */
@Singleton
public class CartService {

  private final Sql sql;
  private final OrderPlanner planner;
  private final OrderSubmission submission;
  private final OrderService orders;
  private final TradingStanding standing;

  CartService(
      Sql sql,
      OrderPlanner planner,
      OrderSubmission submission,
      OrderService orders,
      TradingStanding standing) {
    this.standing = standing;
    this.sql = sql;
    this.planner = planner;
    this.submission = submission;
    this.orders = orders;
  }

  private record Stored(UUID listingId, int quantity, Instant addedAt) {}

  public OrderViews.Cart cart(CurrentUser user) {
    requireRequester(user);
    List<Stored> stored = stored(user);
    Map<UUID, OrderPlanner.ListingRow> listings =
        planner.listings(stored.stream().map(Stored::listingId).toList());
    List<OrderViews.CartGroup> groups = new ArrayList<>();
    grouped(stored, listings)
        .forEach((supplier, lines) -> groups.add(new OrderViews.CartGroup(supplier, lines)));
    return new OrderViews.Cart(groups, stored.size());
  }

  public OrderViews.Cart setQuantity(CurrentUser user, UUID listingId, int quantity) {
    requireRequester(user);
    OrderPlanner.ListingRow listing = planner.listings(List.of(listingId)).get(listingId);
    if (listing == null || !listing.orderable()) {
      throw new NotFound("Listing");
    }
    if (quantity < listing.minimumOrderQuantity()) {
      new ValidationFailed.Collector()
          .add(
              "quantity",
              "must be at least " + listing.minimumOrderQuantity() + " (minimum order quantity)")
          .throwIfAny();
    }
    sql.update(
        "INSERT INTO cart_line (person_id, listing_id, quantity) VALUES (?, ?, ?)"
            + " ON CONFLICT (person_id, listing_id) DO UPDATE SET quantity = EXCLUDED.quantity",
        user.personId(),
        listingId,
        quantity);
    return cart(user);
  }

  public OrderViews.Cart remove(CurrentUser user, UUID listingId) {
    requireRequester(user);
    if (sql.update(
            "DELETE FROM cart_line WHERE person_id = ? AND listing_id = ?",
            user.personId(),
            listingId)
        == 0) {
      throw new NotFound("Cart line");
    }
    return cart(user);
  }

  public OrderViews.Cart clear(CurrentUser user) {
    requireRequester(user);
    sql.update("DELETE FROM cart_line WHERE person_id = ?", user.personId());
    return cart(user);
  }

  public OrderViews.CheckoutPreview preview(CurrentUser user, @Nullable UUID serviceId) {
    requireRequester(user);
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
    List<Stored> stored = stored(user);
    Map<UUID, OrderPlanner.ListingRow> listings =
        planner.listings(stored.stream().map(Stored::listingId).toList());
    List<AgreementLots.Lot> buyerLots = planner.lotsOf(user.organisationId());
    LocalDate today = OrderPlanner.today();
    Map<OrderViews.Party, List<OrderViews.CartLine>> groups = grouped(stored, listings);
    List<OrderViews.CheckoutGroup> result = new ArrayList<>();
    for (Map.Entry<OrderViews.Party, List<OrderViews.CartLine>> g : groups.entrySet()) {
      List<OrderPlanner.Want> wants =
          g.getValue().stream()
              .map(l -> new OrderPlanner.Want(l.listingId(), l.quantity()))
              .toList();
      OrderPlanner.ListingRow sample = listings.get(wants.get(0).listingId());
      OrderPlanner.GroupAssessment assessed =
          planner.assessGroup(buyerLots, sample, wants, listings, today);
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
    requireRequester(user);
    standing.requireTrading(user.organisationId(), "place orders");
    // The key covers the command and the lines it confirms. A retry after success finds the cart
    // emptied: it is answered from the key before the cart is looked at.
    String requestHash = OrderSubmission.hash("checkout:" + command);
    Optional<OrderSubmission.Result> replay =
        submission.replay(user.personId(), idempotencyKey, requestHash);
    if (replay.isPresent()) {
      return new OrderViews.Submitted(
          orders.getAll(user, replay.get().orderIds()), replay.get().replayed());
    }
    List<Stored> stored = stored(user);
    Map<UUID, OrderPlanner.ListingRow> listings =
        planner.listings(stored.stream().map(Stored::listingId).toList());
    Map<UUID, List<OrderPlanner.Want>> bySupplier =
        OrderPlanner.bySupplier(
            stored.stream().map(s -> new OrderPlanner.Want(s.listingId(), s.quantity())).toList(),
            listings);
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    List<Problem.FieldError> changed = new ArrayList<>();
    List<OrderSubmission.Request> requests = new ArrayList<>();
    for (int i = 0; i < command.orders().size(); i++) {
      OrderCommands.CheckoutOrder o = command.orders().get(i);
      String at = "orders[" + i + "].";
      List<OrderPlanner.Want> wants = bySupplier.get(o.supplierId());
      if (wants == null) {
        errors.add(at + "supplierId", "has no line in your cart");
        continue;
      }
      if (!sameLines(wants, o.lines())) {
        changed.add(
            new Problem.FieldError(
                at + "lines",
                "differ from your cart's lines for this supplier: the cart changed meanwhile"));
        continue;
      }
      List<OrderPlanner.Want> lines = wants;
      requests.add(
          new OrderSubmission.Request(
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
    OrderSubmission.Result result =
        submission.submit(user, idempotencyKey, requestHash, requests, true);
    return new OrderViews.Submitted(orders.getAll(user, result.orderIds()), result.replayed());
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

  private List<Stored> stored(CurrentUser user) {
    return sql.list(
        "SELECT listing_id, quantity, added_at FROM cart_line WHERE person_id = ?"
            + " ORDER BY added_at, listing_id",
        rs ->
            new Stored(
                Sql.uuid(rs, "listing_id"), rs.getInt("quantity"), Sql.instant(rs, "added_at")),
        user.personId());
  }

  private Map<OrderViews.Party, List<OrderViews.CartLine>> grouped(
      List<Stored> stored, Map<UUID, OrderPlanner.ListingRow> listings) {
    Map<UUID, OrderViews.Party> parties = new HashMap<>();
    Map<OrderViews.Party, List<OrderViews.CartLine>> groups = new LinkedHashMap<>();
    for (Stored s : stored) {
      OrderPlanner.ListingRow l = listings.get(s.listingId());
      if (l == null) {
        continue;
      }
      OrderViews.Party party = parties.computeIfAbsent(l.supplierId(), k -> l.supplier());
      List<OrderViews.Obstacle> obstacles =
          planner.lineObstacles(List.of(new OrderPlanner.Want(l.id(), s.quantity())), listings);
      groups
          .computeIfAbsent(party, k -> new ArrayList<>())
          .add(
              new OrderViews.CartLine(
                  l.id(),
                  l.sku(),
                  l.title(),
                  l.categoryId(),
                  l.kind(),
                  l.status(),
                  l.priceCents(),
                  l.vatRateBasisPoints(),
                  l.minimumOrderQuantity(),
                  Math.max(0, l.available()),
                  s.quantity(),
                  s.addedAt(),
                  obstacles));
    }
    return groups;
  }

  static void requireRequester(CurrentUser user) {
    if (!user.isBuyer() || user.isApiToken() || !user.hasRole(Role.REQUESTER)) {
      throw new Forbidden("Only requesters have a cart.");
    }
  }
}
