package fr.boucle.organisation;

import fr.boucle.shared.security.OrganisationKind;
import io.micronaut.core.annotation.Nullable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Organisations as other areas name them (a buyer on its agreements, the suppliers awarded a lot),
 * and the active suppliers a buyer may pick from.
 */
public interface OrganisationDirectory {

  /** What other areas may know of an organisation. */
  record Entry(
      UUID id,
      OrganisationKind kind,
      OrganisationStatus status,
      String legalName,
      String siret,
      @Nullable InsertionStatus insertionStatus,
      List<String> departmentsServed) {

    public boolean isActiveSupplier() {
      return kind == OrganisationKind.SUPPLIER && status == OrganisationStatus.ACTIVE;
    }
  }

  /** One page of entries and how many there are in all. */
  record Found(List<Entry> entries, long total) {}

  /** The organisations with these ids; unknown ids are left out. */
  List<Entry> withIds(Collection<UUID> ids);

  /**
   * Active suppliers by legal name, whose name contains or SIRET starts with {@code q} when given,
   * with one of these insertion statuses when the set is not empty.
   */
  Found activeSuppliers(@Nullable String q, Set<InsertionStatus> among, int page, int size);
}
