package fr.boucle.ordering.internal;

import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The submission_key table: the first request of each Idempotency-Key with its result, written by
 * place_orders with the orders; read here to answer a repeated key.
 */
@Singleton
class SubmissionKeys {

  /** A key's first request (its hash) and the orders it placed. */
  record Stored(String requestHash, List<UUID> orderIds) {}

  private final Sql sql;

  SubmissionKeys(Sql sql) {
    this.sql = sql;
  }

  Optional<Stored> find(UUID personId, String key) {
    return sql.one(
        "SELECT request_hash, order_ids FROM submission_key WHERE person_id = ? AND key = ?",
        rs -> new Stored(rs.getString("request_hash"), Sql.uuids(rs, "order_ids")),
        personId,
        key);
  }
}
