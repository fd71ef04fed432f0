package fr.boucle.organisation.internal;

import fr.boucle.organisation.EmailAddress;
import fr.boucle.organisation.OrganisationStatus;
import fr.boucle.shared.Siret;
import fr.boucle.shared.security.OrganisationKind;
import fr.boucle.shared.security.Role;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;

/** Creates the platform operator's account at start-up when configured and missing. */
@Singleton
class ProvisionOperator {

  private static final String NAME = "Opérateur Boucle";

  private final Organisations organisations;
  private final Accounts accounts;
  private final PasswordHasher hasher;

  ProvisionOperator(Organisations organisations, Accounts accounts, PasswordHasher hasher) {
    this.organisations = organisations;
    this.accounts = accounts;
    this.hasher = hasher;
  }

  @Transactional
  void ensure(String rawEmail, String password) {
    EmailAddress email = EmailAddress.of(rawEmail);
    if (accounts.emailTaken(email.value())) {
      return;
    }
    UUID organisationId =
        organisations
            .findFirstByKind(OrganisationKind.OPERATOR)
            .map(Organisations.Row::id)
            .orElseGet(() ->
                organisations
                    .save(
                        Organisations.Row.of(
                            UUID.randomUUID(),
                            OrganisationKind.OPERATOR,
                            NAME,
                            "0000000000000" + Siret.luhnCheckDigit("0000000000000"),
                            null,
                            null,
                            null,
                            null,
                            null,
                            OrganisationStatus.ACTIVE,
                            null))
                    .id());
    UUID personId =
        accounts.insertPerson(organisationId, email.value(), NAME, hasher.hash(password));
    accounts.replaceRoles(personId, Set.of(Role.OPERATOR), Set.of());
  }
}
