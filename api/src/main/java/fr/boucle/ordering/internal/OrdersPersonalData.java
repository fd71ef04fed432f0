package fr.boucle.ordering.internal;

import fr.boucle.organisation.PersonalDataSource;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/** The orders a person placed, for the copy of their data (organisation's PersonalDataSource). */
@Singleton
class OrdersPersonalData implements PersonalDataSource {

  private final Sql sql;

  OrdersPersonalData(Sql sql) {
    this.sql = sql;
  }

  @Override
  public String section() {
    return "orders";
  }

  @Override
  public List<AuthoredRecord> authoredBy(UUID personId) {
    return sql.list(
        "SELECT number, status, submitted_at, total_excl_vat_cents, total_vat_cents"
            + " FROM purchase_order WHERE requester_id = ? ORDER BY submitted_at, number",
        rs ->
            new AuthoredRecord(
                rs.getString("number"),
                "order",
                Sql.instant(rs, "submitted_at"),
                rs.getString("status")
                    + ", "
                    + Money.euros(
                        rs.getLong("total_excl_vat_cents") + rs.getLong("total_vat_cents"))
                    + " TTC"),
        personId);
  }
}
