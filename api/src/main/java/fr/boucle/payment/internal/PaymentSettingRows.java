package fr.boucle.payment.internal;

import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.UUID;

/** The payment_setting table: each buyer organisation's payment choices. */
@Singleton
class PaymentSettingRows {

  private final Sql sql;

  PaymentSettingRows(Sql sql) {
    this.sql = sql;
  }

  boolean cardAllowed(UUID organisationId) {
    return sql.one(
            "SELECT card_allowed FROM payment_setting WHERE organisation_id = ?",
            rs -> rs.getBoolean(1),
            organisationId)
        .orElse(false);
  }

  void save(UUID organisationId, boolean cardAllowed) {
    sql.update(
        "INSERT INTO payment_setting (organisation_id, card_allowed) VALUES (?, ?)"
            + " ON CONFLICT (organisation_id) DO UPDATE SET card_allowed = EXCLUDED.card_allowed,"
            + " updated_at = now()",
        organisationId,
        cardAllowed);
  }
}
