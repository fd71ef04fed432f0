package fr.boucle.organisation.internal;

import fr.boucle.audit.AuditLog;
import fr.boucle.organisation.EmailAddress;
import fr.boucle.organisation.RoleAssignment;
import fr.boucle.organisation.SecretToken;
import fr.boucle.organisation.Views;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** An administrator invites a colleague by e-mail (a link valid a week), lists and revokes. */
@Singleton
public class IssueInvitation {

  static final Duration VALIDITY = Duration.ofDays(7);

  private final Invitations invitations;
  private final Accounts accounts;
  private final Organisations organisations;
  private final Mailer mailer;
  private final AuditLog audit;
  private final PersonLanguages languages;

  IssueInvitation(
      Invitations invitations,
      Accounts accounts,
      Organisations organisations,
      Mailer mailer,
      AuditLog audit,
      PersonLanguages languages) {
    this.invitations = invitations;
    this.accounts = accounts;
    this.organisations = organisations;
    this.mailer = mailer;
    this.audit = audit;
    this.languages = languages;
  }

  public List<Views.InvitationView> invitations(CurrentUser admin) {
    Admins.require(admin);
    return invitations.ofOrganisation(admin.organisationId());
  }

  @Transactional
  public UUID invite(CurrentUser admin, String rawEmail, Set<Role> roles, Set<UUID> serviceIds) {
    Admins.require(admin);
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    EmailAddress email = null;
    try {
      email = EmailAddress.of(rawEmail);
      if (accounts.emailTaken(email.value())) {
        errors.add("email", ProblemCode.EMAIL_TAKEN);
      }
    } catch (IllegalArgumentException e) {
      errors.add("email", ProblemCode.EMAIL_INVALID);
    }
    FieldProblems.collect(
            errors,
            RoleAssignment.problems(
                admin.organisationKind(),
                roles,
                serviceIds,
                serviceIds.isEmpty() ? List.of() : accounts.serviceIdsOf(admin.organisationId())))
        .throwIfAny();
    SecretToken token = SecretToken.generate("inv_");
    UUID id = UUID.randomUUID();
    invitations.insert(
        id,
        admin.organisationId(),
        email.value(),
        roles,
        serviceIds,
        token.hash(),
        admin.personId(),
        Instant.now().plus(VALIDITY));
    String organisationName =
        organisations.findById(admin.organisationId()).orElseThrow().legalName();
    audit.record(
        admin,
        admin.organisationId(),
        "invitation.sent",
        "invitation",
        id,
        Map.of("email", email.value(), "roles", roles.stream().map(Enum::name).sorted().toList()));
    mailer.invitation(
        email.value(),
        organisationName,
        admin.label(),
        token.value(),
        languages.of(admin.personId()));
    return id;
  }

  @Transactional
  public void revoke(CurrentUser admin, UUID id) {
    if (!invitations.exists(id, admin.organisationId())) {
      throw new NotFound("Invitation");
    }
    Admins.require(admin);
    invitations.revoke(id, admin.organisationId());
    audit.record(admin, admin.organisationId(), "invitation.revoked", "invitation", id, Map.of());
  }
}
