package fr.boucle.organisation;

import fr.boucle.shared.security.Role;
import java.util.Set;
import java.util.UUID;

/** Lets other areas (demo data, the operator's tools) create people with their roles. */
public interface AccountProvisioning {

  /** Creates an active person in an organisation; the password is hashed, never stored. */
  UUID createPerson(
      UUID organisationId,
      String email,
      String fullName,
      String password,
      Set<Role> roles,
      Set<UUID> serviceIds);
}
