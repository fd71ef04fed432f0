package fr.boucle.ordering.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.ordering.OrderCommands;
import fr.boucle.ordering.OrderStatus;
import fr.boucle.ordering.OrderViews.Obstacle;
import fr.boucle.ordering.OrderViews.ObstacleCode;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.security.TradingStanding;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemException;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places orders. First the submission is checked and priced from reads only (services, listings,
 * the buyer's lots and their terms), with every bad field named; then one call to the database
 * function {@code place_orders} (V9, redefined by V10) writes it in that statement's own
 * transaction: the idempotency key, row locks on the listings in id order with the stock checked
 * under them and RESERVED movements, the orders, and last each lot period's cap as a conditional
 * update. No lock is held while the application and the database talk. Once committed, the orders
 * get their gapless numbers from {@link OrderNumbering}, with the other orders of the buyer
 * committed meanwhile. Serialization failures and deadlocks are retried a few times; a submission
 * that still loses gets a 409 problem, never a 500.
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
      boolean requiresApproval,
      UUID orderId) {}

  private final Sql sql;
  private final OrderPlanner planner;
  private final JsonMapper json;
  private final OrderNumbering numbering;
  private final TradingStanding standing;

  OrderSubmission(
      Sql sql,
      OrderPlanner planner,
      JsonMapper json,
      OrderNumbering numbering,
      TradingStanding standing) {
    this.standing = standing;
    this.sql = sql;
    this.planner = planner;
    this.json = json;
    this.numbering = numbering;
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
    standing.requireTrading(user.organisationId(), "place orders");
    if (!user.isBuyer() || user.isApiToken() || !user.hasRole(Role.REQUESTER)) {
      throw new Forbidden("Only requesters place orders, for the services they belong to.");
    }
    LocalDate today = OrderPlanner.today();
    List<Plan> plans;
    try {
      plans = plan(user, requests, today);
    } catch (ProblemException e) {
      // A key already used answers its first result, even if that request took the last units.
      Optional<Result> replay = storedResult(user.personId(), idempotencyKey, requestHash);
      if (replay.isPresent()) {
        return replay.get();
      }
      throw e;
    }
    String payload = payload(user, idempotencyKey, requestHash, plans, fromCart, today);
    Result result = place(payload, plans);
    try {
      numbering.number(user.organisationId(), today.getYear(), result.orderIds());
    } catch (RuntimeException e) {
      // The orders are placed; the sweep numbers them. The answer shows them unnumbered meanwhile.
      LOG.warn("Orders {} placed but not numbered yet", result.orderIds(), e);
    }
    return result;
  }

  /** Calls place_orders, retrying lost races; refusals become the problems they name. */
  private Result place(String payload, List<Plan> plans) {
    for (int attempt = 1; ; attempt++) {
      try {
        return sql.one(
                "SELECT order_ids, replayed FROM place_orders(?::jsonb)",
                rs -> new Result(Sql.uuids(rs, "order_ids"), rs.getBoolean("replayed")),
                payload)
            .orElseThrow();
      } catch (RuntimeException e) {
        ServerErrorMessage refusal = refusal(e);
        if (refusal != null) {
          throw problem(refusal, plans);
        }
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

  /** The refusals place_orders raises (SQLSTATE class BC, see V9 and V10), or null. */
  private static @Nullable ServerErrorMessage refusal(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof PSQLException psql
          && psql.getSQLState() != null
          && psql.getSQLState().startsWith("BC")
          && psql.getServerErrorMessage() != null) {
        return psql.getServerErrorMessage();
      }
    }
    return null;
  }

  private ProblemException problem(ServerErrorMessage refusal, List<Plan> plans) {
    String detail = refusal.getDetail();
    try {
      switch (refusal.getSQLState()) {
        case "BC001" -> {
          List<Problem.FieldError> errors = new ArrayList<>();
          for (StockRefusal r : json.readValue(detail, Argument.listOf(StockRefusal.class))) {
            for (Plan plan : plans) {
              List<OrderPlanner.Want> wants = plan.request().wants();
              for (int i = 0; i < wants.size(); i++) {
                if (wants.get(i).listingId().equals(r.listingId())) {
                  String field = plan.request().lineField().apply(i);
                  errors.add(
                      r.orderable()
                          ? new Problem.FieldError(
                              field + ".quantity",
                              "only " + Math.max(0, r.available()) + " available")
                          : new Problem.FieldError(
                              field + ".listingId", "is no longer available to order"));
                }
              }
            }
          }
          return new OrderProblems.OutOfStock(errors);
        }
        case "BC002" -> {
          CapRefusal r = json.readValue(detail, CapRefusal.class);
          String prefix =
              plans.stream()
                  .filter(p -> p.orderId().equals(r.orderId()))
                  .map(p -> p.request().prefix())
                  .findFirst()
                  .orElse("");
          return new OrderProblems.LotCapExceeded(prefix + "lotId", r.remaining(), r.amount());
        }
        case "BC003" -> {
          return new OrderProblems.IdempotencyKeyReused();
        }
        default -> throw new IllegalStateException("unknown refusal " + refusal.getSQLState());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Serdeable
  record StockRefusal(UUID listingId, long available, boolean orderable) {}

  @Serdeable
  record CapRefusal(UUID orderId, long remaining, long amount) {}

  /** The first result of a key already used, or 422 if it was used for another request. */
  Optional<Result> replay(UUID personId, String key, String requestHash) {
    return storedResult(personId, key, requestHash);
  }

  private Optional<Result> storedResult(UUID personId, String key, String requestHash) {
    record Stored(String hash, List<UUID> ids) {}
    Optional<Stored> stored =
        sql.one(
            "SELECT request_hash, order_ids FROM submission_key WHERE person_id = ? AND key = ?",
            rs -> new Stored(rs.getString("request_hash"), Sql.uuids(rs, "order_ids")),
            personId,
            key);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    if (!stored.get().hash().equals(requestHash)) {
      throw new OrderProblems.IdempotencyKeyReused();
    }
    return Optional.of(new Result(stored.get().ids(), true));
  }

  /** The argument of place_orders (V9): the validated, priced orders and the stock they take. */
  private String payload(
      CurrentUser user,
      String key,
      String requestHash,
      List<Plan> plans,
      boolean fromCart,
      LocalDate today) {
    Map<UUID, Integer> wanted = new TreeMap<>(); // in id order: the order the rows are locked in
    for (Plan plan : plans) {
      plan.request().wants().forEach(w -> wanted.merge(w.listingId(), w.quantity(), Integer::sum));
    }
    List<Map<String, Object>> stock = new ArrayList<>();
    wanted.forEach((id, quantity) -> stock.add(Map.of("listingId", id, "quantity", quantity)));
    List<Map<String, Object>> orders = new ArrayList<>();
    for (Plan plan : plans) {
      OrderPlanner.Assessment a = plan.assessment();
      Map<String, Object> order = new LinkedHashMap<>();
      order.put("id", plan.orderId());
      order.put("buyer_id", user.organisationId());
      order.put("service_id", plan.service().id());
      order.put("supplier_id", a.lines().get(0).listing().supplierId());
      order.put("agreement_id", a.lot().agreementId());
      order.put("lot_id", a.lot().lotId());
      order.put("period_index", a.periodIndex());
      order.put(
          "status",
          (plan.requiresApproval() ? OrderStatus.SUBMITTED : OrderStatus.APPROVED).name());
      order.put("total_excl_vat_cents", a.exclCents());
      order.put("total_vat_cents", a.vatCents());
      order.put("delivery_fee_excl_vat_cents", a.deliveryFee().exclCents());
      order.put("delivery_fee_vat_cents", a.deliveryFee().vatCents());
      order.put("delivery_fee_vat_rate_bp", a.deliveryFee().vatRateBasisPoints());
      order.put("delivery_street", plan.address().street().strip());
      order.put("delivery_postcode", plan.address().postcode());
      order.put("delivery_city", plan.address().city().strip());
      order.put("delivery_date", plan.request().deliveryDate().toString());
      String note = plan.request().note();
      if (note != null && !note.isBlank()) {
        order.put("note", note.strip());
      }
      order.put("requester_id", user.personId());
      order.put("requires_approval", plan.requiresApproval());
      if (!plan.requiresApproval()) {
        order.put(
            "approvedComment",
            "Total excl. VAT within the service's approval threshold ("
                + Money.euros(plan.service().approvalThresholdCents())
                + ")");
      }
      List<Map<String, Object>> lines = new ArrayList<>();
      int lineNo = 0;
      for (OrderPlanner.PricedLine line : a.lines()) {
        OrderPlanner.ListingRow l = line.listing();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("line_no", ++lineNo);
        row.put("listing_id", l.id());
        row.put("sku", l.sku());
        row.put("title", l.title());
        row.put("category_id", l.categoryId());
        row.put("quantity", line.quantity());
        row.put("catalogue_unit_price_cents", l.priceCents());
        row.put("unit_price_excl_vat_cents", line.unitPriceCents());
        row.put("vat_rate_bp", l.vatRateBasisPoints());
        row.put("line_excl_vat_cents", line.exclCents());
        row.put("line_vat_cents", line.vatCents());
        lines.add(row);
      }
      order.put("lines", lines);
      orders.add(order);
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("personId", user.personId());
    p.put("key", key);
    p.put("requestHash", requestHash);
    p.put("actor", user.label());
    p.put("year", today.getYear());
    p.put("fromCart", fromCart);
    p.put("wanted", stock);
    p.put("orders", orders);
    try {
      return json.writeValueAsString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
      plans.add(
          new Plan(
              r,
              s,
              chosen,
              address,
              chosen.exclCents() > s.approvalThresholdCents(),
              UUID.randomUUID()));
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
}
