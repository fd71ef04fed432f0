package fr.boucle.organisation.internal;

import fr.boucle.organisation.InsertionStatus;
import fr.boucle.organisation.OrganisationDirectory;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Singleton
class DefaultOrganisationDirectory implements OrganisationDirectory {

  private final Organisations organisations;

  DefaultOrganisationDirectory(Organisations organisations) {
    this.organisations = organisations;
  }

  @Override
  public List<Entry> withIds(Collection<UUID> ids) {
    return ids.isEmpty()
        ? List.of()
        : organisations.findByIdIn(Set.copyOf(ids)).stream()
            .map(DefaultOrganisationDirectory::entry)
            .toList();
  }

  @Override
  public Found activeSuppliers(@Nullable String q, Set<InsertionStatus> among, int page, int size) {
    long total = organisations.countActiveSuppliers(q, among);
    List<UUID> ids = organisations.activeSupplierIds(q, among, page, size);
    List<Entry> entries =
        withIds(ids).stream().sorted(Comparator.comparingInt(e -> ids.indexOf(e.id()))).toList();
    return new Found(entries, total);
  }

  private static Entry entry(Organisations.Row r) {
    return new Entry(
        r.id(),
        r.kind(),
        r.status(),
        r.legalName(),
        r.siret(),
        r.insertionStatus(),
        r.departmentsServed() == null ? List.of() : List.of(r.departmentsServed()));
  }
}
