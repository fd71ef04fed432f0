package fr.boucle.organisation.internal;

import fr.boucle.organisation.SupplierDepots;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@Singleton
class DefaultSupplierDepots implements SupplierDepots {

  private final Depots depots;

  DefaultSupplierDepots(Depots depots) {
    this.depots = depots;
  }

  @Override
  public List<Depot> ofSupplier(UUID supplierId) {
    return depots.findByOrganisationIdOrderByName(supplierId).stream()
        .map(DefaultSupplierDepots::depot)
        .toList();
  }

  @Override
  public List<Depot> withIds(Collection<UUID> ids) {
    return ids.isEmpty()
        ? List.of()
        : depots.findByIdIn(ids).stream().map(DefaultSupplierDepots::depot).toList();
  }

  private static Depot depot(Depots.Row r) {
    return new Depot(
        r.id(),
        r.organisationId(),
        r.name(),
        r.street(),
        r.postcode(),
        r.city(),
        r.department(),
        r.latitude(),
        r.longitude());
  }
}
