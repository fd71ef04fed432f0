package fr.boucle.organisation.internal;

import fr.boucle.organisation.PublicBodyType;
import fr.boucle.organisation.TradingPartners;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The organisation table, read for the ordering and invoicing areas. */
@Singleton
class DefaultTradingPartners implements TradingPartners {

  private final Sql sql;

  DefaultTradingPartners(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Map<UUID, Partner> withIds(Collection<UUID> ids) {
    Map<UUID, Partner> partners = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return partners;
    }
    sql.list(
        "SELECT id, legal_name, siret, insertion_status, insertion_valid_until,"
            + " insertion_proof_review_pending, status = 'ACTIVE' AS active"
            + " FROM organisation WHERE id = ANY(?)",
        rs -> {
          Partner p =
              new Partner(
                  Sql.uuid(rs, "id"),
                  rs.getString("legal_name"),
                  rs.getString("siret"),
                  rs.getString("insertion_status"),
                  rs.getObject("insertion_valid_until", LocalDate.class),
                  rs.getBoolean("insertion_proof_review_pending"),
                  rs.getBoolean("active"));
          partners.put(p.id(), p);
          return p;
        },
        List.copyOf(ids));
    return partners;
  }

  @Override
  public Optional<PublicBodyType> publicBodyType(UUID organisationId) {
    return sql.one(
        "SELECT public_body_type FROM organisation WHERE id = ? AND public_body_type IS NOT NULL",
        rs -> PublicBodyType.valueOf(rs.getString("public_body_type")),
        organisationId);
  }

  @Override
  public Set<UUID> idsNamed(String text) {
    return new LinkedHashSet<>(
        sql.list(
            "SELECT id FROM organisation WHERE legal_name ILIKE '%' || ? || '%'",
            rs -> Sql.uuid(rs, "id"), text));
  }
}
