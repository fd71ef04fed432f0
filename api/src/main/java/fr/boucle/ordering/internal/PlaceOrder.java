package fr.boucle.ordering.internal;

import fr.boucle.ordering.OrderCommands;
import fr.boucle.ordering.OrderViews;
import fr.boucle.ordering.OrdersPlaced;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.security.TradingStanding;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ProblemException;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places orders. First the {@link Submission} is checked and priced from reads only, with every bad
 * field named; then one call to the database function {@code place_orders} writes it in that
 * statement's own transaction: the idempotency key, row locks on the listings in id order with the
 * stock checked under them and RESERVED movements, the orders, and last each lot period's cap as a
 * conditional update. No lock is held while the application and the database talk. Once committed,
 * the orders get their gapless numbers, with the other orders of the buyer committed meanwhile.
 * Serialization failures and deadlocks are retried a few times; a submission that still loses gets
 * a 409 problem, never a 500.
 */
@Singleton
public class PlaceOrder {

  private static final Logger LOG = LoggerFactory.getLogger(PlaceOrder.class);
  private static final int ATTEMPTS = 5;

  private final Orders orders;
  private final SubmissionKeys keys;
  private final OrderPlanner planner;
  private final LotAssessor assessor;
  private final PlacementRefusals refusals;
  private final JsonMapper json;
  private final TradingStanding standing;
  private final ListOrders reads;
  private final OrderNumbering numbering;
  private final ApplicationEventPublisher<OrdersPlaced> published;

  PlaceOrder(
      Orders orders,
      SubmissionKeys keys,
      OrderPlanner planner,
      LotAssessor assessor,
      PlacementRefusals refusals,
      JsonMapper json,
      TradingStanding standing,
      ListOrders reads,
      OrderNumbering numbering,
      ApplicationEventPublisher<OrdersPlaced> published) {
    this.published = published;
    this.orders = orders;
    this.keys = keys;
    this.planner = planner;
    this.assessor = assessor;
    this.refusals = refusals;
    this.json = json;
    this.standing = standing;
    this.reads = reads;
    this.numbering = numbering;
  }

  /** Places one order to one supplier; replays the first result for a repeated key. */
  // One connection for the whole submission, without a transaction: the reads that check it,
  // the place_orders call (its own transaction, committed by the server with the statement) and
  // the read-back borrow it once instead of once per statement.
  @Connectable
  public OrderViews.Submitted submit(
      CurrentUser user, String idempotencyKey, OrderCommands.SubmitOrder command) {
    Submission.Request request =
        new Submission.Request(
            "",
            i -> "lines[" + i + "]",
            command.serviceId(),
            command.lotId(),
            command.deliveryDate(),
            command.deliveryAddress(),
            command.note(),
            command.lines().stream()
                .map(l -> new OrderPlanner.Want(l.listingId(), l.quantity()))
                .toList());
    Orders.Placed placed =
        place(user, idempotencyKey, hash("order:" + command), List.of(request), false);
    return new OrderViews.Submitted(reads.getAll(user, placed.orderIds()), placed.replayed());
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

  /** Checks, prices and places the requested orders, all or none. */
  Orders.Placed place(
      CurrentUser user,
      String idempotencyKey,
      String requestHash,
      List<Submission.Request> requests,
      boolean fromCart) {
    standing.requireTrading(user.organisationId(), "place orders");
    if (!user.isBuyer() || user.isApiToken() || !user.hasRole(Role.REQUESTER)) {
      throw new Forbidden(ProblemCode.REQUESTERS_PLACE_ORDERS);
    }
    LocalDate today = OrderPlanner.today();
    List<Submission.Plan> plans;
    try {
      plans = Submission.plan(user, requests, today, planner, assessor);
    } catch (ProblemException e) {
      // A key already used answers its first result, even if that request took the last units.
      Optional<Orders.Placed> replay = replay(user.personId(), idempotencyKey, requestHash);
      if (replay.isPresent()) {
        return replay.get();
      }
      throw e;
    }
    String payload;
    try {
      payload =
          json.writeValueAsString(
              PlacementPayload.of(user, idempotencyKey, requestHash, plans, fromCart, today));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Orders.Placed placed = placeWithRetries(payload, plans);
    try {
      numbering.number(user.organisationId(), today.getYear(), placed.orderIds());
    } catch (RuntimeException e) {
      // The orders are placed; the sweep numbers them. The answer shows them unnumbered meanwhile.
      LOG.warn("Orders {} placed but not numbered yet", placed.orderIds(), e);
    }
    if (!placed.replayed()) {
      announce(user, plans);
    }
    return placed;
  }

  /**
   * Tells listeners (reporting's spend alerts) which lot periods the committed orders were charged
   * on. A listener's failure does not fail the placement: the orders are committed, and the
   * listeners have their own sweeps to catch up.
   */
  private void announce(CurrentUser user, List<Submission.Plan> plans) {
    List<OrdersPlaced.LotPeriod> lotPeriods =
        plans.stream()
            .filter(p -> p.assessment().periodIndex() != null)
            .map(p ->
                new OrdersPlaced.LotPeriod(
                    p.assessment().lot().lotId(), p.assessment().periodIndex()))
            .distinct()
            .toList();
    try {
      published.publishEvent(new OrdersPlaced(user.organisationId(), lotPeriods));
    } catch (RuntimeException e) {
      LOG.warn("A listener of the orders placed on {} failed", lotPeriods, e);
    }
  }

  /** The first result of a key already used, or 422 if it was used for another request. */
  Optional<Orders.Placed> replay(UUID personId, String key, String requestHash) {
    Optional<SubmissionKeys.Stored> stored = keys.find(personId, key);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    if (!stored.get().requestHash().equals(requestHash)) {
      throw new OrderProblems.IdempotencyKeyReused();
    }
    return Optional.of(new Orders.Placed(stored.get().orderIds(), true));
  }

  /** Calls place_orders, retrying lost races; refusals become the problems they name. */
  private Orders.Placed placeWithRetries(String payload, List<Submission.Plan> plans) {
    for (int attempt = 1; ; attempt++) {
      try {
        return orders.place(payload);
      } catch (RuntimeException e) {
        Optional<ProblemException> refused = refusals.problem(e, plans);
        if (refused.isPresent()) {
          throw refused.get();
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
}
