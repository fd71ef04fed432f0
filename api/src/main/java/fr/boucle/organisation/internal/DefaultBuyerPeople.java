package fr.boucle.organisation.internal;

import fr.boucle.organisation.BuyerPeople;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@Singleton
class DefaultBuyerPeople implements BuyerPeople {

  private final Sql sql;

  DefaultBuyerPeople(Sql sql) {
    this.sql = sql;
  }

  @Override
  public List<UUID> adminsAndApprovers(UUID buyerId, Collection<UUID> serviceIds) {
    return sql.list(
        "SELECT p.id FROM person p WHERE p.organisation_id = ? AND p.active AND ("
            + " EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = p.id"
            + " AND r.role = 'BUYER_ADMIN')"
            + " OR (EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = p.id"
            + " AND r.role = 'APPROVER') AND EXISTS (SELECT 1 FROM person_service s"
            + " WHERE s.person_id = p.id AND s.service_id = ANY(?::uuid[])))) ORDER BY p.id",
        rs -> Sql.uuid(rs, "id"),
        buyerId,
        List.copyOf(serviceIds));
  }
}
