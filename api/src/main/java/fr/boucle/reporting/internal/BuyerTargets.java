package fr.boucle.reporting.internal;

import fr.boucle.shared.jdbc.Sql;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/**
 * The AGEC targets buyer admins set in place of the décret's ({@code agec_buyer_target}); one row
 * per buyer, year and category, written by an upsert.
 */
@Singleton
class BuyerTargets {

  record Target(
      String category,
      @Nullable Integer reuseTargetPercent,
      @Nullable Integer recycledTargetPercent,
      String setBy) {}

  private final Sql sql;

  BuyerTargets(Sql sql) {
    this.sql = sql;
  }

  List<Target> of(UUID buyerId, int year) {
    return sql.list(
        "SELECT category, reuse_target_percent, recycled_target_percent, set_by"
            + " FROM agec_buyer_target WHERE buyer_id = ? AND year = ? ORDER BY category",
        rs ->
            new Target(
                rs.getString("category"),
                rs.getObject("reuse_target_percent", Integer.class),
                rs.getObject("recycled_target_percent", Integer.class),
                rs.getString("set_by")),
        buyerId,
        year);
  }

  void set(UUID buyerId, int year, Target target) {
    sql.update(
        "INSERT INTO agec_buyer_target (buyer_id, year, category, reuse_target_percent,"
            + " recycled_target_percent, set_by) VALUES (?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (buyer_id, year, category) DO UPDATE SET"
            + " reuse_target_percent = EXCLUDED.reuse_target_percent,"
            + " recycled_target_percent = EXCLUDED.recycled_target_percent,"
            + " set_by = EXCLUDED.set_by, set_at = now()",
        buyerId,
        year,
        target.category(),
        target.reuseTargetPercent(),
        target.recycledTargetPercent(),
        target.setBy());
  }

  int reset(UUID buyerId, int year, String category) {
    return sql.update(
        "DELETE FROM agec_buyer_target WHERE buyer_id = ? AND year = ? AND category = ?",
        buyerId,
        year,
        category);
  }
}
