package fr.boucle.reporting.internal;

import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The spend_alert table: the alerts raised, one per lot period and threshold. */
@Singleton
class SpendAlerts {

  record Row(
      UUID lotId,
      int periodIndex,
      int threshold,
      UUID buyerId,
      int consumedBp,
      Instant reachedAt) {}

  private final Sql sql;

  SpendAlerts(Sql sql) {
    this.sql = sql;
  }

  /**
   * Records the alert unless it was already: true when this call raised it. A concurrent caller
   * waits on the key until the first commits, then records nothing.
   */
  boolean raise(UUID lotId, int periodIndex, int threshold, UUID buyerId, int consumedBp) {
    return sql.update(
            "INSERT INTO spend_alert (lot_id, period_index, threshold, buyer_id, consumed_bp)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            lotId,
            periodIndex,
            threshold,
            buyerId,
            consumedBp)
        == 1;
  }

  /** The buyer's alerts, newest first, the higher threshold first at the same instant. */
  List<Row> ofBuyer(UUID buyerId) {
    return sql.list(
        "SELECT lot_id, period_index, threshold, buyer_id, consumed_bp, reached_at"
            + " FROM spend_alert WHERE buyer_id = ? ORDER BY reached_at DESC, threshold DESC",
        rs ->
            new Row(
                Sql.uuid(rs, "lot_id"),
                rs.getInt("period_index"),
                rs.getInt("threshold"),
                Sql.uuid(rs, "buyer_id"),
                rs.getInt("consumed_bp"),
                Sql.instant(rs, "reached_at")),
        buyerId);
  }
}
