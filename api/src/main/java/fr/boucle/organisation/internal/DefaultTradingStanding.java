package fr.boucle.organisation.internal;

import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.OrganisationNotValidated;
import fr.boucle.shared.security.TradingStanding;
import jakarta.inject.Singleton;
import java.util.UUID;

/** Reads the organisation's status at the moment of the action: only ACTIVE trades. */
@Singleton
class DefaultTradingStanding implements TradingStanding {

  private final Sql sql;

  DefaultTradingStanding(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void requireTrading(UUID organisationId, String action) {
    String status =
        sql.one(
                "SELECT status FROM organisation WHERE id = ?",
                rs -> rs.getString(1),
                organisationId)
            .orElse("UNKNOWN");
    if (!"ACTIVE".equals(status)) {
      throw new OrganisationNotValidated(status, action);
    }
  }
}
