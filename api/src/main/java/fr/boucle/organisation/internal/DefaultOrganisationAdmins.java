package fr.boucle.organisation.internal;

import fr.boucle.organisation.OrganisationAdmins;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Singleton
class DefaultOrganisationAdmins implements OrganisationAdmins {

  private final Sql sql;

  DefaultOrganisationAdmins(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Map<UUID, List<UUID>> of(Collection<UUID> organisationIds) {
    Map<UUID, List<UUID>> admins = new LinkedHashMap<>();
    if (organisationIds.isEmpty()) {
      return admins;
    }
    record Admin(UUID organisationId, UUID personId) {}
    for (Admin a :
        sql.list(
            "SELECT p.organisation_id, p.id FROM person p WHERE p.organisation_id = ANY(?::uuid[])"
                + " AND p.active AND EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = p.id"
                + " AND r.role IN ('SUPPLIER_ADMIN', 'BUYER_ADMIN')) ORDER BY p.organisation_id, p.id",
            rs -> new Admin(Sql.uuid(rs, "organisation_id"), Sql.uuid(rs, "id")),
            List.copyOf(organisationIds))) {
      admins.computeIfAbsent(a.organisationId(), k -> new ArrayList<>()).add(a.personId());
    }
    return admins;
  }
}
