package fr.boucle.ordering.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.ordering.OrderCommands;
import fr.boucle.ordering.OrderStatus;
import fr.boucle.ordering.OrderViews.Obstacle;
import fr.boucle.ordering.OrderViews.ObstacleCode;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places orders. In one transaction: the idempotency key; row locks on the listings (in id order,
 * so two submissions never wait on each other crosswise), the stock count under those locks and
 * RESERVED movements; the order rows under a provisional number; then, last, the rows every
 * submission of a buyer shares: the lot-period cap as a conditional update, and the buyer's yearly
 * counter with the gapless numbers in one statement, so those locks are held only until the commit.
 * Serialization failures and deadlocks are retried a few times; a submission that still loses gets
 * a 409 problem, never a 500.
 */
@Singleton
class OrderSubmission {

  private static final Logger LOG = LoggerFactory.getLogger(OrderSubmission.class);
  private static final int ATTEMPTS = 5;

  /** One order to place, as the caller asked for it. */
  record Request(
      String prefix,
      IntFunction<String> lineField,
      UUID serviceId,
      @Nullable UUID lotId,
      LocalDate deliveryDate,
      @Nullable OrderCommands.Address address,
      @Nullable String note,
      List<OrderPlanner.Want> wants) {}

  /** The orders placed (or found again for a replayed key). */
  record Result(List<UUID> orderIds, boolean replayed) {}

  private record Plan(
      Request request,
      OrderPlanner.ServiceRow service,
      OrderPlanner.Assessment assessment,
      OrderCommands.Address address,
      boolean requiresApproval) {}

  private final TransactionOperations<Connection> transactions;
  private final Sql sql;
  private final OrderPlanner planner;
  private final AgreementLots lots;

  OrderSubmission(
      TransactionOperations<Connection> transactions,
      Sql sql,
      OrderPlanner planner,
      AgreementLots lots) {
    this.transactions = transactions;
    this.sql = sql;
    this.planner = planner;
    this.lots = lots;
  }

  static String hash(String canonicalRequest) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Result submit(
      CurrentUser user,
      String idempotencyKey,
      String requestHash,
      List<Request> requests,
      boolean fromCart) {
    if (!"BUYER".equals(user.organisationKind())
        || user.isApiToken()
        || !user.hasRole("REQUESTER")) {
      throw new Forbidden("Only requesters place orders, for the services they belong to.");
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return transactions.executeWrite(
            status -> place(user, idempotencyKey, requestHash, requests, fromCart));
      } catch (RuntimeException e) {
        if (!retryable(e)) {
          throw e;
        }
        if (attempt >= ATTEMPTS) {
          LOG.info("Order submission still contended after {} attempts", attempt);
          throw new OrderProblems.SubmissionContended();
        }
        try {
          Thread.sleep(ThreadLocalRandom.current().nextLong(2, 10L << attempt));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new OrderProblems.SubmissionContended();
        }
      }
    }
  }

  /** Serialization failure, deadlock, lock timeout, or no connection in time: worth another try. */
  static boolean retryable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sqlException) {
        String state = sqlException.getSQLState();
        if ("40001".equals(state) || "40P01".equals(state) || "55P03".equals(state)) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private Result place(
      CurrentUser user, String key, String requestHash, List<Request> requests, boolean fromCart) {
    Optional<Result> replay = claimKey(user.personId(), key, requestHash);
    if (replay.isPresent()) {
      return replay.get();
    }
    LocalDate today = OrderPlanner.today();
    List<Plan> plans = plan(user, requests, today);

    // Stock: lock the listings in id order, then count under the lock.
    Map<UUID, Integer> wanted = new TreeMap<>();
    for (Plan plan : plans) {
      plan.request().wants().forEach(w -> wanted.merge(w.listingId(), w.quantity(), Integer::sum));
    }
    Map<UUID, String> statuses = new TreeMap<>();
    sql.list(
        "SELECT id, status FROM listing WHERE id = ANY(?) ORDER BY id FOR UPDATE",
        rs -> statuses.put(Sql.uuid(rs, "id"), rs.getString("status")),
        List.copyOf(wanted.keySet()));
    Map<UUID, Long> available = new TreeMap<>();
    sql.list(
        "SELECT listing_id, COALESCE(SUM(quantity), 0) FROM stock_movement"
            + " WHERE listing_id = ANY(?) GROUP BY listing_id",
        rs -> available.put(Sql.uuid(rs, "listing_id"), rs.getLong(2)),
        List.copyOf(wanted.keySet()));
    List<Problem.FieldError> short_ = new ArrayList<>();
    for (Plan plan : plans) {
      List<OrderPlanner.Want> wants = plan.request().wants();
      for (int i = 0; i < wants.size(); i++) {
        UUID id = wants.get(i).listingId();
        long left = available.getOrDefault(id, 0L);
        String status = statuses.get(id);
        if (!"PUBLISHED".equals(status) && !"SOLD_OUT".equals(status)) {
          short_.add(
              new Problem.FieldError(
                  plan.request().lineField().apply(i) + ".listingId",
                  "is no longer available to order"));
        } else if (wanted.get(id) > left) {
          short_.add(
              new Problem.FieldError(
                  plan.request().lineField().apply(i) + ".quantity",
                  "only " + Math.max(0, left) + " available"));
        }
      }
    }
    if (!short_.isEmpty()) {
      throw new OrderProblems.OutOfStock(short_);
    }
    for (Map.Entry<UUID, Integer> w : wanted.entrySet()) {
      sql.update(
          "INSERT INTO stock_movement (listing_id, kind, quantity, actor, reason)"
              + " VALUES (?, 'RESERVED', ?, ?, 'Purchase order')",
          w.getKey(),
          -w.getValue(),
          user.label());
    }

    // The order rows, under a provisional number, while only the listings are locked.
    List<UUID> ids = new ArrayList<>();
    for (Plan plan : plans) {
      ids.add(insertOrder(user, plan));
    }
    sql.update(
        "UPDATE submission_key SET order_ids = ? WHERE person_id = ? AND key = ?",
        ids,
        user.personId(),
        key);
    if (fromCart) {
      sql.update(
          "DELETE FROM cart_line WHERE person_id = ? AND listing_id = ANY(?)",
          user.personId(),
          List.copyOf(wanted.keySet()));
    }

    // The shared rows last, so their locks last only until the commit that follows: first each
    // lot period's cap (conditional update, lots in id order)...
    List<Plan> byLot = new ArrayList<>(plans);
    byLot.sort(Comparator.comparing(p -> p.assessment().lot().lotId()));
    for (Plan plan : byLot) {
      OrderPlanner.Assessment a = plan.assessment();
      if (lots.commit(a.lot().lotId(), a.periodIndex(), a.exclCents()).isEmpty()) {
        long remaining =
            lots.balance(a.lot().lotId(), a.periodIndex())
                .map(AgreementLots.Balance::remainingCents)
                .orElse(0L);
        throw new OrderProblems.LotCapExceeded(
            plan.request().prefix() + "lotId", remaining, a.exclCents());
      }
    }
    // ...then the buyer's yearly counter and the gapless numbers, in one statement.
    int numbered =
        sql.update(
            "WITH n AS (INSERT INTO order_counter (buyer_id, year, last_number) VALUES (?, ?, ?)"
                + " ON CONFLICT (buyer_id, year) DO UPDATE"
                + " SET last_number = order_counter.last_number + EXCLUDED.last_number"
                + " RETURNING last_number)"
                + " UPDATE purchase_order o SET number = 'BC-' || ? || '-'"
                + " || lpad((n.last_number - ? + x.ord)::text, 6, '0')"
                + " FROM n, unnest(?::uuid[]) WITH ORDINALITY AS x(id, ord) WHERE o.id = x.id",
            user.organisationId(),
            today.getYear(),
            plans.size(),
            String.valueOf(today.getYear()),
            plans.size(),
            ids);
    if (numbered != plans.size()) {
      throw new IllegalStateException("numbered " + numbered + " of " + plans.size() + " orders");
    }
    return new Result(ids, false);
  }

  /**
   * Records the key, or finds the request that used it first. A concurrent first use blocks here
   * until it commits (then this is a replay) or rolls back (then this request goes on).
   */
  private Optional<Result> claimKey(UUID personId, String key, String requestHash) {
    int inserted =
        sql.update(
            "INSERT INTO submission_key (person_id, key, request_hash) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING",
            personId,
            key,
            requestHash);
    if (inserted == 1) {
      return Optional.empty();
    }
    record Stored(String hash, List<UUID> ids) {}
    Stored stored =
        sql.one(
                "SELECT request_hash, order_ids FROM submission_key WHERE person_id = ? AND key = ?",
                rs -> {
                  List<UUID> ids = new ArrayList<>();
                  for (String s : Sql.strings(rs, "order_ids")) {
                    ids.add(UUID.fromString(s));
                  }
                  return new Stored(rs.getString("request_hash"), ids);
                },
                personId,
                key)
            .orElseThrow();
    if (!stored.hash().equals(requestHash)) {
      throw new OrderProblems.IdempotencyKeyReused();
    }
    return Optional.of(new Result(stored.ids(), true));
  }

  private List<Plan> plan(CurrentUser user, List<Request> requests, LocalDate today) {
    Set<UUID> listingIds = new LinkedHashSet<>();
    requests.forEach(r -> r.wants().forEach(w -> listingIds.add(w.listingId())));
    Map<UUID, OrderPlanner.ListingRow> listings = planner.listings(listingIds);
    List<AgreementLots.Lot> buyerLots = null;
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    List<Problem.FieldError> stockErrors = new ArrayList<>();
    Problem.FieldError capError = null;
    long capRemaining = 0;
    long capOrder = 0;
    List<Plan> plans = new ArrayList<>();
    Set<UUID> seenSuppliers = new LinkedHashSet<>();
    for (Request r : requests) {
      String at = r.prefix();
      Optional<OrderPlanner.ServiceRow> service =
          planner.service(user.organisationId(), r.serviceId());
      if (service.isEmpty() || !user.serviceIds().contains(r.serviceId())) {
        errors.add(at + "serviceId", "is not one of your services");
      }
      if (r.deliveryDate().isBefore(today)) {
        errors.add(at + "deliveryDate", "must be today or later");
      }
      // The lines: orderable, one supplier, each once, at least the minimum quantity.
      OrderPlanner.ListingRow first = null;
      Set<UUID> seen = new LinkedHashSet<>();
      boolean linesOk = true;
      for (int i = 0; i < r.wants().size(); i++) {
        OrderPlanner.Want w = r.wants().get(i);
        OrderPlanner.ListingRow l = listings.get(w.listingId());
        String field = r.lineField().apply(i);
        if (l == null || !l.orderable()) {
          errors.add(field + ".listingId", "is not available to order");
          linesOk = false;
        } else if (!seen.add(l.id())) {
          errors.add(field + ".listingId", "appears twice; order it once with the total quantity");
          linesOk = false;
        } else if (first != null && !first.supplierId().equals(l.supplierId())) {
          errors.add(
              field + ".listingId",
              "is sold by another supplier than the first line (one order per supplier)");
          linesOk = false;
        } else {
          if (first == null) {
            first = l;
          }
          if (w.quantity() < l.minimumOrderQuantity()) {
            errors.add(
                field + ".quantity",
                "must be at least " + l.minimumOrderQuantity() + " (minimum order quantity)");
          } else if (w.quantity() > l.available()) {
            stockErrors.add(
                new Problem.FieldError(
                    field + ".quantity", "only " + Math.max(0, l.available()) + " available"));
          }
        }
      }
      if (first == null || !linesOk) {
        continue;
      }
      if (!seenSuppliers.add(first.supplierId())) {
        errors.add(at + "supplierId", "has another order in this checkout");
      }
      // The lot: the one named, or the only one that applies.
      if (buyerLots == null) {
        buyerLots = planner.lotsOf(user.organisationId());
      }
      OrderPlanner.Assessment chosen = null;
      if (r.lotId() != null) {
        Optional<AgreementLots.Lot> lot =
            buyerLots.stream().filter(l -> l.lotId().equals(r.lotId())).findFirst();
        if (lot.isEmpty()) {
          errors.add(at + "lotId", "is not a lot of your framework agreements");
          continue;
        }
        chosen = planner.assess(lot.get(), first, r.wants(), listings, today);
      } else {
        OrderPlanner.GroupAssessment group =
            planner.assessGroup(buyerLots, first, r.wants(), listings, today);
        Optional<OrderPlanner.Assessment> only = group.chosen();
        if (only.isEmpty()
            && group.options().size() == 1
            && group.options().get(0).lot().activeOn(today)) {
          // One lot could apply: its obstacles are reported on the fields they concern.
          only = Optional.of(group.options().get(0));
        }
        if (only.isEmpty()) {
          List<String> reasons = new ArrayList<>();
          group.obstacles().stream()
              .filter(o -> o.code() != ObstacleCode.STOCK_SHORT)
              .forEach(o -> reasons.add(o.message()));
          for (OrderPlanner.Assessment option : group.options()) {
            option.obstacles().forEach(o -> reasons.add(o.message()));
          }
          errors.add(
              at + "lotId",
              (group.options().stream().filter(OrderPlanner.Assessment::applicable).count() > 1
                      ? "several lots apply; choose one"
                      : "no lot of your framework agreements applies")
                  + (reasons.isEmpty() ? "" : ": " + String.join(" ", reasons)));
          continue;
        }
        chosen = only.get();
      }
      boolean lotOk = true;
      for (Obstacle o : chosen.obstacles()) {
        if (o.code() == ObstacleCode.CAP_EXCEEDED) {
          capError = new Problem.FieldError(at + "lotId", o.message());
          capRemaining = chosen.remainingBeforeCents() == null ? 0 : chosen.remainingBeforeCents();
          capOrder = chosen.exclCents();
        } else if (o.listingId() != null) {
          errors.add(
              r.lineField().apply(indexOf(r.wants(), o.listingId())) + ".listingId", o.message());
          lotOk = false;
        } else {
          errors.add(at + "lotId", o.message());
          lotOk = false;
        }
      }
      if (lotOk && chosen.periodIndex() == null) {
        errors.add(at + "lotId", "the lot has no period in force today");
        lotOk = false;
      }
      if (!lotOk || service.isEmpty()) {
        continue;
      }
      OrderPlanner.ServiceRow s = service.get();
      OrderCommands.Address address =
          r.address() != null
              ? r.address()
              : new OrderCommands.Address(s.street(), s.postcode(), s.city());
      plans.add(new Plan(r, s, chosen, address, chosen.exclCents() > s.approvalThresholdCents()));
    }
    errors.throwIfAny();
    if (!stockErrors.isEmpty()) {
      throw new OrderProblems.OutOfStock(stockErrors);
    }
    if (capError != null) {
      throw new OrderProblems.LotCapExceeded(capError.field(), capRemaining, capOrder);
    }
    return plans;
  }

  private static int indexOf(List<OrderPlanner.Want> wants, UUID listingId) {
    for (int i = 0; i < wants.size(); i++) {
      if (wants.get(i).listingId().equals(listingId)) {
        return i;
      }
    }
    return 0;
  }

  private UUID insertOrder(CurrentUser user, Plan plan) {
    UUID id = UUID.randomUUID();
    String number = "PENDING-" + id;
    OrderPlanner.Assessment a = plan.assessment();
    OrderStatus status = plan.requiresApproval() ? OrderStatus.SUBMITTED : OrderStatus.APPROVED;
    sql.update(
        "INSERT INTO purchase_order (id, buyer_id, number, service_id, supplier_id, agreement_id,"
            + " lot_id, period_index, status, total_excl_vat_cents, total_vat_cents,"
            + " delivery_street, delivery_postcode, delivery_city, delivery_date, note,"
            + " requester_id, requires_approval, approved_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " CASE WHEN ? THEN NULL ELSE now() END)",
        id,
        user.organisationId(),
        number,
        plan.service().id(),
        a.lines().get(0).listing().supplierId(),
        a.lot().agreementId(),
        a.lot().lotId(),
        a.periodIndex(),
        status,
        a.exclCents(),
        a.vatCents(),
        plan.address().street().strip(),
        plan.address().postcode(),
        plan.address().city().strip(),
        plan.request().deliveryDate(),
        plan.request().note() == null || plan.request().note().isBlank()
            ? null
            : plan.request().note().strip(),
        user.personId(),
        plan.requiresApproval(),
        plan.requiresApproval());
    int lineNo = 0;
    for (OrderPlanner.PricedLine line : a.lines()) {
      OrderPlanner.ListingRow l = line.listing();
      sql.update(
          "INSERT INTO order_line (order_id, line_no, listing_id, sku, title, category_id,"
              + " quantity, catalogue_unit_price_cents, unit_price_excl_vat_cents, vat_rate_bp,"
              + " line_excl_vat_cents, line_vat_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          id,
          ++lineNo,
          l.id(),
          l.sku(),
          l.title(),
          l.categoryId(),
          line.quantity(),
          l.priceCents(),
          line.unitPriceCents(),
          l.vatRateBasisPoints(),
          line.exclCents(),
          line.vatCents());
    }
    OrderEvents.record(sql, id, null, OrderStatus.SUBMITTED, user.personId(), user.label(), null);
    if (!plan.requiresApproval()) {
      OrderEvents.record(
          sql,
          id,
          OrderStatus.SUBMITTED,
          OrderStatus.APPROVED,
          null,
          "system",
          "Total excl. VAT within the service's approval threshold ("
              + Money.euros(plan.service().approvalThresholdCents())
              + ")");
    }
    sql.update(
        "INSERT INTO spend_entry (order_id, lot_id, period_index, service_id, kind,"
            + " committed_excl_vat_cents, committed_vat_cents, invoiced_excl_vat_cents,"
            + " invoiced_vat_cents) VALUES (?, ?, ?, ?, 'COMMITTED', ?, ?, 0, 0)",
        id,
        a.lot().lotId(),
        a.periodIndex(),
        plan.service().id(),
        a.exclCents(),
        a.vatCents());
    return id;
  }
}
