package fr.boucle.organisation.internal;

import fr.boucle.audit.AuditLog;
import fr.boucle.organisation.EmailAddress;
import fr.boucle.organisation.PasswordPolicy;
import fr.boucle.organisation.SecretToken;
import fr.boucle.organisation.Views;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The invited person opens the link, then creates their account; a link works once. */
@Singleton
public class AcceptInvitation {

  private final Invitations invitations;
  private final Accounts accounts;
  private final PasswordHasher hasher;
  private final AuditLog audit;
  private final PersonLanguages languages;

  AcceptInvitation(
      Invitations invitations,
      Accounts accounts,
      PasswordHasher hasher,
      AuditLog audit,
      PersonLanguages languages) {
    this.invitations = invitations;
    this.accounts = accounts;
    this.hasher = hasher;
    this.audit = audit;
    this.languages = languages;
  }

  public Views.InvitationPreview preview(String token) {
    Invitations.Invitation i = open(token, false);
    return new Views.InvitationPreview(i.organisationName(), i.email(), i.roles());
  }

  /** Creates the invited person's account; the invitation cannot be used twice. */
  @Transactional
  public UUID accept(String token, String fullName, String password) {
    return accept(token, fullName, password, PersonLanguages.FRENCH);
  }

  /** Accepts, the new person's language being the interface's ("fr" or "en"). */
  @Transactional
  public UUID accept(String token, String fullName, String password, String language) {
    Invitations.Invitation invitation = open(token, true);
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    if (fullName == null || fullName.trim().length() < 2 || fullName.trim().length() > 120) {
      errors.add("fullName", ProblemCode.FULL_NAME_LENGTH);
    }
    EmailAddress email = EmailAddress.of(invitation.email());
    for (Message problem : PasswordPolicy.problems(password, email)) {
      errors.add("password", problem);
    }
    if (accounts.emailTaken(email.value())) {
      errors.add("email", ProblemCode.EMAIL_TAKEN);
    }
    errors.throwIfAny();
    UUID personId =
        accounts.insertPerson(
            invitation.organisationId(), email.value(), fullName.trim(), hasher.hash(password));
    accounts.replaceRoles(
        personId, Set.copyOf(invitation.roles()), Set.copyOf(invitation.serviceIds()));
    languages.set(personId, language);
    invitations.markAccepted(invitation.id());
    audit.record(
        null,
        invitation.organisationId(),
        "invitation.accepted",
        "person",
        personId,
        Map.of("email", email.value()));
    return personId;
  }

  private Invitations.Invitation open(String token, boolean forUpdate) {
    Invitations.Invitation invitation =
        invitations
            .byTokenHash(SecretToken.hashOf(token == null ? "" : token), forUpdate)
            .orElseThrow(() -> new NotFound("Invitation"));
    if (!invitation.state().usable()) {
      throw new Problems.LinkExpired(ProblemCode.INVITATION_EXPIRED);
    }
    return invitation;
  }
}
