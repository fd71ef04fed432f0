package fr.boucle.organisation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A supplier's pickup depots, for the areas that keep goods in them (listings, imports). */
public interface SupplierDepots {

  /** The supplier's depots, by name. */
  List<Depot> ofSupplier(UUID supplierId);

  /** The depots with these ids, whoever owns them; the caller checks the owner. */
  List<Depot> withIds(java.util.Collection<UUID> ids);

  default Optional<Depot> find(UUID supplierId, UUID depotId) {
    return ofSupplier(supplierId).stream().filter(d -> d.id().equals(depotId)).findFirst();
  }

  /** A depot as other areas see it. */
  record Depot(
      UUID id,
      UUID organisationId,
      String name,
      String street,
      String postcode,
      String city,
      String department,
      BigDecimal latitude,
      BigDecimal longitude) {}
}
