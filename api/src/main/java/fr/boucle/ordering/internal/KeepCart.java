package fr.boucle.ordering.internal;

import fr.boucle.ordering.OrderViews;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A requester's cart, kept on the server per person; each line with its stock and obstacles. */
@Singleton
public class KeepCart {

  private final CartLines cartLines;
  private final OrderPlanner planner;
  private final LotAssessor assessor;

  KeepCart(CartLines cartLines, OrderPlanner planner, LotAssessor assessor) {
    this.cartLines = cartLines;
    this.planner = planner;
    this.assessor = assessor;
  }

  /** A line of the cart as stored. */
  record Stored(UUID listingId, int quantity, Instant addedAt) {}

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
          .add("quantity", ProblemCode.QUANTITY_TOO_SMALL, "min", listing.minimumOrderQuantity())
          .throwIfAny();
    }
    cartLines.put(user.personId(), listingId, quantity);
    return cart(user);
  }

  public OrderViews.Cart remove(CurrentUser user, UUID listingId) {
    requireRequester(user);
    if (cartLines.remove(user.personId(), listingId) == 0) {
      throw new NotFound("Cart line");
    }
    return cart(user);
  }

  public OrderViews.Cart clear(CurrentUser user) {
    requireRequester(user);
    cartLines.clear(user.personId());
    return cart(user);
  }

  List<Stored> stored(CurrentUser user) {
    return cartLines.ofPerson(user.personId()).stream()
        .map(l -> new Stored(l.listingId(), l.quantity(), l.addedAt()))
        .toList();
  }

  Map<OrderViews.Party, List<OrderViews.CartLine>> grouped(
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
          assessor.lineObstacles(List.of(new OrderPlanner.Want(l.id(), s.quantity())), listings);
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
      throw new Forbidden(ProblemCode.REQUESTERS_HAVE_CART);
    }
  }
}
