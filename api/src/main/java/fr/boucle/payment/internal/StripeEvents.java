package fr.boucle.payment.internal;

import fr.boucle.shared.jdbc.Sql;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The stripe_event table (each webhook event, once) and stripe_payout. */
@Singleton
class StripeEvents {

  record Event(
      String id,
      String type,
      @Nullable String accountId,
      @Nullable String objectId,
      Instant created) {}

  private final Sql sql;

  StripeEvents(Sql sql) {
    this.sql = sql;
  }

  /** Stores an event received; answers false when it was already there (a repeated delivery). */
  boolean store(Event event) {
    return sql.update(
            "INSERT INTO stripe_event (id, type, account_id, object_id, created)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
            event.id(),
            event.type(),
            event.accountId(),
            event.objectId(),
            event.created())
        == 1;
  }

  /**
   * Locks the event for processing, unless it was processed already or another delivery is
   * processing it right now (then this one has nothing to do).
   */
  java.util.Optional<Event> lockUnprocessed(String id) {
    return sql.one(
        "SELECT id, type, account_id, object_id, created FROM stripe_event"
            + " WHERE id = ? AND processed_at IS NULL FOR UPDATE SKIP LOCKED",
        rs ->
            new Event(
                rs.getString("id"),
                rs.getString("type"),
                rs.getString("account_id"),
                rs.getString("object_id"),
                Sql.instant(rs, "created")),
        id);
  }

  void processed(String id) {
    sql.update("UPDATE stripe_event SET processed_at = now() WHERE id = ?", id);
  }

  /** Events left unprocessed (their processing failed) for a while, oldest first. */
  List<String> unprocessedBefore(Instant before, int limit) {
    return sql.list(
        "SELECT id FROM stripe_event WHERE processed_at IS NULL AND received_at < ?"
            + " ORDER BY received_at LIMIT ?",
        rs -> rs.getString(1),
        before,
        limit);
  }

  void payout(
      String id,
      String accountId,
      long amountCents,
      String currency,
      String status,
      @Nullable LocalDate arrivalDate) {
    sql.update(
        "INSERT INTO stripe_payout (id, account_id, amount_cents, currency, status, arrival_date)"
            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            + " amount_cents = EXCLUDED.amount_cents, status = EXCLUDED.status,"
            + " arrival_date = EXCLUDED.arrival_date, updated_at = now()",
        id,
        accountId,
        amountCents,
        currency,
        status,
        arrivalDate);
  }
}
