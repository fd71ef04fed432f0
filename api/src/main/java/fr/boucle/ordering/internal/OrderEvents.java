package fr.boucle.ordering.internal;

import fr.boucle.ordering.OrderAction;
import fr.boucle.ordering.OrderStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.UUID;

/** The order_event table: an order's timeline, appended to and never updated. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrderEvents extends GenericRepository<OrderEvents.Row, Long> {

  @MappedEntity("order_event")
  record Row(
      @Id @GeneratedValue Long id,
      UUID orderId,
      @Nullable OrderStatus fromStatus,
      OrderStatus toStatus,
      @Nullable OrderAction action,
      @Nullable UUID actorId,
      String actorLabel,
      @Nullable String comment,
      Instant occurredAt) {}

  /** Appends a transition, at the transaction's time; the action only when the status stays. */
  @Query(
      "INSERT INTO order_event (order_id, from_status, to_status, action, actor_id, actor_label,"
          + " comment) VALUES (:orderId, :from, :to, :action, :actorId, :actorLabel, :comment)")
  void append(
      UUID orderId,
      @Nullable String from,
      String to,
      @Nullable String action,
      @Nullable UUID actorId,
      String actorLabel,
      @Nullable String comment);

  default void record(
      UUID orderId,
      @Nullable OrderStatus from,
      OrderStatus to,
      @Nullable OrderAction action,
      @Nullable UUID actorId,
      String actorLabel,
      @Nullable String comment) {
    append(
        orderId,
        from == null ? null : from.name(),
        to.name(),
        action == null ? null : action.name(),
        actorId,
        actorLabel,
        comment);
  }
}
