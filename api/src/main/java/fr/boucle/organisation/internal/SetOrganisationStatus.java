package fr.boucle.organisation.internal;

import fr.boucle.audit.AuditLog;
import fr.boucle.organisation.OrganisationStatus;
import fr.boucle.organisation.PersonMail;
import fr.boucle.organisation.Views;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.OrganisationKind;
import fr.boucle.shared.web.NotFound;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The operator validates an organisation (it may trade; validating checks its insertion proof too)
 * or suspends it (its sessions and API tokens stop working).
 */
@Singleton
public class SetOrganisationStatus {

  private final Organisations organisations;
  private final ManageProfile profiles;
  private final Mailer mailer;
  private final PersonMail personMail;
  private final PersonLanguages languages;
  private final AuditLog audit;

  SetOrganisationStatus(
      Organisations organisations,
      ManageProfile profiles,
      Mailer mailer,
      PersonMail personMail,
      PersonLanguages languages,
      AuditLog audit) {
    this.organisations = organisations;
    this.profiles = profiles;
    this.mailer = mailer;
    this.personMail = personMail;
    this.languages = languages;
    this.audit = audit;
  }

  @Transactional
  public Views.OrganisationView set(
      CurrentUser operator, UUID organisationId, OrganisationStatus status) {
    ReviewOrganisations.requireOperator(operator);
    Organisations.Row before = profiles.row(organisationId);
    if (before.kind() == OrganisationKind.OPERATOR) {
      throw new NotFound("Organisation");
    }
    organisations.setStatus(organisationId, status, operator.personId());
    audit.record(
        operator,
        organisationId,
        "organisation." + status.name().toLowerCase(),
        "organisation",
        organisationId,
        Map.of("from", before.status().name(), "to", status.name()));
    if (status == OrganisationStatus.ACTIVE && before.status() == OrganisationStatus.PENDING) {
      tellValidated(organisationId, before.legalName(), before.contactEmail());
    }
    return profiles.profile(organisationId);
  }

  /**
   * Each administrator gets the validation notice in their own language; the contact address, when
   * it is none of theirs, gets it in the language of the administrator who signed up (French when
   * there is none).
   */
  private void tellValidated(UUID organisationId, String name, @Nullable String contactEmail) {
    List<PersonLanguages.Administrator> admins = languages.administratorsOf(organisationId);
    for (PersonLanguages.Administrator admin : admins) {
      personMail.send(
          admin.personId(),
          mailer.organisationValidated(name, PersonLanguages.FRENCH),
          mailer.organisationValidated(name, PersonLanguages.ENGLISH));
    }
    if (contactEmail != null
        && admins.stream().noneMatch(a -> a.email().equalsIgnoreCase(contactEmail))) {
      String language = admins.isEmpty() ? PersonLanguages.FRENCH : admins.getFirst().language();
      mailer.organisationValidated(contactEmail, name, language);
    }
  }
}
