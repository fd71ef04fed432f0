package fr.boucle.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who speaks for an organisation when another area has news for it (the needs board). */
public interface OrganisationAdmins {

  /** The active administrators (buyer or supplier admin) of each organisation, by organisation. */
  Map<UUID, List<UUID>> of(Collection<UUID> organisationIds);
}
