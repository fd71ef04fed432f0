package fr.boucle.ordering.internal;

import fr.boucle.ordering.OrderAction;
import fr.boucle.ordering.OrderStatus;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.core.annotation.Nullable;
import java.util.UUID;

/** Appends an order's transitions to its timeline. */
final class OrderEvents {

  private OrderEvents() {}

  static void record(
      Sql sql,
      UUID orderId,
      @Nullable OrderStatus from,
      OrderStatus to,
      @Nullable UUID actorId,
      String actorLabel,
      @Nullable String comment) {
    record(sql, orderId, from, to, null, actorId, actorLabel, comment);
  }

  /** An entry naming its action: for an action that leaves the status as it is. */
  static void record(
      Sql sql,
      UUID orderId,
      @Nullable OrderStatus from,
      OrderStatus to,
      @Nullable OrderAction action,
      @Nullable UUID actorId,
      String actorLabel,
      @Nullable String comment) {
    sql.update(
        "INSERT INTO order_event (order_id, from_status, to_status, action, actor_id, actor_label,"
            + " comment) VALUES (?, ?, ?, ?, ?, ?, ?)",
        orderId,
        from == null ? null : from.name(),
        to.name(),
        action == null ? null : action.name(),
        actorId,
        actorLabel,
        comment);
  }
}
