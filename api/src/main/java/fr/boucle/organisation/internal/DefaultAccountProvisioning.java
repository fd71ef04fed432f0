package fr.boucle.organisation.internal;

import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.EmailAddress;
import fr.boucle.shared.security.Role;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.UUID;

@Singleton
class DefaultAccountProvisioning implements AccountProvisioning {

  private final Accounts accounts;
  private final PasswordHasher hasher;

  DefaultAccountProvisioning(Accounts accounts, PasswordHasher hasher) {
    this.accounts = accounts;
    this.hasher = hasher;
  }

  @Override
  public UUID createPerson(
      UUID organisationId,
      String email,
      String fullName,
      String password,
      Set<Role> roles,
      Set<UUID> serviceIds) {
    UUID id =
        accounts.insertPerson(
            organisationId, EmailAddress.of(email).value(), fullName, hasher.hash(password));
    accounts.replaceRoles(id, roles, serviceIds);
    return id;
  }
}
