package fr.boucle.organisation.internal;

import fr.boucle.organisation.BuyerServices;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The buyer_service table, read for other areas. */
@Singleton
class DefaultBuyerServices implements BuyerServices {

  private static final String SELECT =
      "SELECT id, organisation_id, name, street, postcode, city, latitude, longitude,"
          + " approval_threshold_cents,"
          + " chorus_service_code, department FROM buyer_service";

  private final Sql sql;

  DefaultBuyerServices(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Optional<Service> find(UUID buyerId, UUID serviceId) {
    return sql.one(
        SELECT + " WHERE organisation_id = ? AND id = ?",
        DefaultBuyerServices::service,
        buyerId,
        serviceId);
  }

  @Override
  public List<Service> ofBuyer(UUID buyerId) {
    return sql.list(
        SELECT + " WHERE organisation_id = ? ORDER BY name",
        DefaultBuyerServices::service,
        buyerId);
  }

  @Override
  public List<Service> ofBuyer(UUID buyerId, Collection<UUID> serviceIds) {
    return sql.list(
        SELECT + " WHERE organisation_id = ? AND id = ANY(?) ORDER BY name",
        DefaultBuyerServices::service,
        buyerId,
        List.copyOf(serviceIds));
  }

  @Override
  public List<Service> withIds(Collection<UUID> serviceIds) {
    if (serviceIds.isEmpty()) {
      return List.of();
    }
    return sql.list(
        SELECT + " WHERE id = ANY(?) ORDER BY name",
        DefaultBuyerServices::service,
        List.copyOf(serviceIds));
  }

  @Override
  public Set<UUID> idsNamed(String text) {
    return new LinkedHashSet<>(
        sql.list(
            "SELECT id FROM buyer_service WHERE name ILIKE '%' || ? || '%'",
            rs -> Sql.uuid(rs, "id"), text));
  }

  private static Service service(ResultSet rs) throws SQLException {
    return new Service(
        Sql.uuid(rs, "id"),
        Sql.uuid(rs, "organisation_id"),
        rs.getString("name"),
        rs.getString("street"),
        rs.getString("postcode"),
        rs.getString("city"),
        rs.getDouble("latitude"),
        rs.getDouble("longitude"),
        rs.getLong("approval_threshold_cents"),
        rs.getString("chorus_service_code"),
        rs.getString("department"));
  }
}
