package fr.boucle.organisation.internal;

import fr.boucle.audit.AuditLog;
import fr.boucle.organisation.OrganisationStatus;
import fr.boucle.organisation.Views;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.OrganisationKind;
import fr.boucle.shared.web.NotFound;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
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
  private final AuditLog audit;

  SetOrganisationStatus(
      Organisations organisations, ManageProfile profiles, Mailer mailer, AuditLog audit) {
    this.organisations = organisations;
    this.profiles = profiles;
    this.mailer = mailer;
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
    if (status == OrganisationStatus.ACTIVE
        && before.status() == OrganisationStatus.PENDING
        && before.contactEmail() != null) {
      mailer.organisationValidated(before.contactEmail(), before.legalName());
    }
    return profiles.profile(organisationId);
  }
}
