package fr.boucle.listing.internal;

import fr.boucle.organisation.DepotUsage;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.UUID;

/** Listings are kept in depots: a depot holding any cannot be removed. */
@Singleton
class ListingDepotUsage implements DepotUsage {

  private final Sql sql;

  ListingDepotUsage(Sql sql) {
    this.sql = sql;
  }

  @Override
  public long uses(UUID depotId) {
    return sql.count("SELECT count(*) FROM listing WHERE depot_id = ?", depotId);
  }
}
