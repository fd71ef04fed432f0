package fr.boucle.organisation.internal;

import fr.boucle.audit.AuditLog;
import fr.boucle.organisation.OrganisationStatus;
import fr.boucle.organisation.SignUpCommand;
import fr.boucle.organisation.SignUpRules;
import fr.boucle.shared.security.Role;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** An organisation signs up with its administrator: it waits, PENDING, for the operator. */
@Singleton
public class SignUp {

  private final Organisations organisations;
  private final Accounts accounts;
  private final PasswordHasher hasher;
  private final AuditLog audit;
  private final PersonLanguages languages;

  SignUp(
      Organisations organisations,
      Accounts accounts,
      PasswordHasher hasher,
      AuditLog audit,
      PersonLanguages languages) {
    this.organisations = organisations;
    this.accounts = accounts;
    this.hasher = hasher;
    this.audit = audit;
    this.languages = languages;
  }

  /** Creates a pending organisation and its administrator; all or nothing. */
  @Transactional
  public UUID signUp(SignUpCommand command) {
    return signUp(command, PersonLanguages.FRENCH);
  }

  /** Signs up, the administrator's language being the interface's ("fr" or "en"). */
  @Transactional
  public UUID signUp(SignUpCommand command, String language) {
    SignUpRules.Checked checked =
        SignUpRules.check(
            command, organisations::existsBySiret, accounts::emailTaken, LocalDate.now());
    FieldProblems.throwIfAny(checked.problems());
    SignUpCommand.NewOrganisation o = command.organisation();
    SignUpCommand.NewAdmin a = command.admin();
    String email = checked.email().value();
    UUID organisationId = UUID.randomUUID();
    organisations.save(
        Organisations.Row.of(
            organisationId,
            o.kind(),
            o.legalName().trim(),
            checked.siret(),
            o.legalForm(),
            o.insertionStatus(),
            o.insertionProofReference(),
            o.insertionValidUntil(),
            o.publicBodyType(),
            OrganisationStatus.PENDING,
            email));
    UUID personId =
        accounts.insertPerson(
            organisationId, email, a.fullName().trim(), hasher.hash(a.password()));
    accounts.replaceRoles(personId, Set.of(Role.adminOf(o.kind())), Set.of());
    languages.set(personId, language);
    audit.record(
        null,
        organisationId,
        "organisation.signed-up",
        "organisation",
        organisationId,
        Map.of("legalName", o.legalName(), "admin", email));
    return organisationId;
  }
}
