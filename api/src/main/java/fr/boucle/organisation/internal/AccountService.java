package fr.boucle.organisation.internal;

import fr.boucle.audit.AuditLog;
import fr.boucle.organisation.EmailAddress;
import fr.boucle.organisation.OrganisationStatus;
import fr.boucle.organisation.PasswordPolicy;
import fr.boucle.organisation.SecretToken;
import fr.boucle.organisation.SignUpCommand;
import fr.boucle.shared.Siret;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.OrganisationKind;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ValidationFailed;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Sign-up, sign-in, invitations and password resets. */
@Singleton
public class AccountService {

  static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
  static final Duration RESET_VALIDITY = Duration.ofHours(1);
  static final int RESETS_PER_HOUR = 3;

  /** What an invitation link shows before it is accepted. */
  @io.micronaut.serde.annotation.Serdeable
  public record InvitationPreview(String organisationName, String email, List<Role> roles) {}

  private final Sql sql;
  private final Accounts accounts;
  private final PasswordHasher hasher;
  private final LoginThrottle throttle;
  private final Mailer mailer;
  private final AuditLog audit;

  AccountService(
      Sql sql,
      Accounts accounts,
      PasswordHasher hasher,
      LoginThrottle throttle,
      Mailer mailer,
      AuditLog audit) {
    this.sql = sql;
    this.accounts = accounts;
    this.hasher = hasher;
    this.throttle = throttle;
    this.mailer = mailer;
    this.audit = audit;
  }

  /** Creates a pending organisation and its administrator; all or nothing. */
  @Transactional
  public UUID signUp(SignUpCommand command) {
    SignUpCommand.NewOrganisation o = command.organisation();
    SignUpCommand.NewAdmin a = command.admin();
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    if (o.kind() == OrganisationKind.OPERATOR) {
      errors.add("organisation.kind", "must be SUPPLIER or BUYER");
    }
    String siret = null;
    try {
      siret = Siret.of(o.siret()).value();
      if (sql.count("SELECT count(*) FROM organisation WHERE siret = ?", siret) > 0) {
        errors.add("organisation.siret", "is already registered on Boucle");
      }
    } catch (IllegalArgumentException e) {
      errors.add("organisation.siret", e.getMessage());
    }
    if (o.kind() == OrganisationKind.SUPPLIER) {
      if (o.insertionStatus() == null) {
        errors.add("organisation.insertionStatus", "is required for a supplier");
      } else if (o.insertionStatus().needsProof()) {
        if (o.insertionProofReference() == null || o.insertionProofReference().isBlank()) {
          errors.add(
              "organisation.insertionProofReference", "is required for " + o.insertionStatus());
        }
        if (o.insertionValidUntil() == null) {
          errors.add("organisation.insertionValidUntil", "is required for " + o.insertionStatus());
        } else if (o.insertionValidUntil().isBefore(LocalDate.now())) {
          errors.add("organisation.insertionValidUntil", "must not be in the past");
        }
      }
      if (o.publicBodyType() != null) {
        errors.add("organisation.publicBodyType", "applies to buyers only");
      }
    }
    if (o.kind() == OrganisationKind.BUYER) {
      if (o.publicBodyType() == null) {
        errors.add("organisation.publicBodyType", "is required for a buyer");
      }
      if (o.insertionStatus() != null) {
        errors.add("organisation.insertionStatus", "applies to suppliers only");
      }
    }
    EmailAddress email = null;
    try {
      email = EmailAddress.of(a.email());
      if (accounts.emailTaken(email.value())) {
        errors.add("admin.email", "already has a Boucle account");
      }
    } catch (IllegalArgumentException e) {
      errors.add("admin.email", e.getMessage());
    }
    for (String problem : PasswordPolicy.problems(a.password(), email)) {
      errors.add("admin.password", problem);
    }
    errors.throwIfAny();

    UUID organisationId = UUID.randomUUID();
    sql.update(
        "INSERT INTO organisation (id, kind, legal_name, siret, legal_form, insertion_status,"
            + " insertion_proof_reference, insertion_valid_until, public_body_type, status,"
            + " contact_email) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)",
        organisationId,
        o.kind(),
        o.legalName().trim(),
        siret,
        o.legalForm(),
        o.insertionStatus(),
        o.insertionProofReference(),
        o.insertionValidUntil(),
        o.publicBodyType(),
        email.value());
    UUID personId =
        accounts.insertPerson(
            organisationId, email.value(), a.fullName().trim(), hasher.hash(a.password()));
    accounts.replaceRoles(personId, Set.of(Role.adminOf(o.kind())), Set.of());
    audit.record(
        null,
        organisationId,
        "organisation.signed-up",
        "organisation",
        organisationId,
        Map.of("legalName", o.legalName(), "admin", email.value()));
    return organisationId;
  }

  /** Checks a password sign-in, counting failures; answers the account to open a session for. */
  @Transactional(dontRollbackOn = Problems.InvalidCredentials.class)
  public Accounts.Account authenticate(String rawEmail, String password, String clientIp) {
    String email = rawEmail == null ? "" : rawEmail.trim().toLowerCase(java.util.Locale.ROOT);
    if (throttle.isThrottled(email, clientIp)) {
      throw new Problems.LoginThrottled();
    }
    Optional<Accounts.Account> account = accounts.byEmail(email);
    boolean ok =
        hasher.matches(
            password == null ? "" : password,
            account.map(Accounts.Account::passwordHash).orElse(null));
    if (!ok) {
      throttle.recordFailure(email, clientIp);
      throw new Problems.InvalidCredentials();
    }
    Accounts.Account found = account.get();
    if (!found.active() || found.organisationStatus() == OrganisationStatus.SUSPENDED) {
      throw new Problems.AccountDisabled();
    }
    throttle.clear(email);
    return found;
  }

  public Optional<Accounts.Account> account(UUID personId) {
    return accounts.byId(personId);
  }

  @Transactional
  public UUID invite(CurrentUser admin, String rawEmail, Set<Role> roles, Set<UUID> serviceIds) {
    OrganisationService.requireAdmin(admin);
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    EmailAddress email = null;
    try {
      email = EmailAddress.of(rawEmail);
      if (accounts.emailTaken(email.value())) {
        errors.add("email", "already has a Boucle account");
      }
    } catch (IllegalArgumentException e) {
      errors.add("email", e.getMessage());
    }
    OrganisationKind kind = admin.organisationKind();
    validateRoles(errors, kind, roles, serviceIds, admin.organisationId());
    errors.throwIfAny();
    SecretToken token = SecretToken.generate("inv_");
    UUID id = UUID.randomUUID();
    sql.update(
        "INSERT INTO invitation (id, organisation_id, email, roles, service_ids, token_hash,"
            + " invited_by, expires_at) VALUES (?, ?, ?, ?, ?::uuid[], ?, ?, ?)",
        id,
        admin.organisationId(),
        email.value(),
        List.copyOf(roles),
        serviceIds.stream().map(UUID::toString).toList(),
        token.hash(),
        admin.personId(),
        Instant.now().plus(INVITATION_VALIDITY));
    String organisationName =
        sql.one(
                "SELECT legal_name FROM organisation WHERE id = ?",
                rs -> rs.getString(1),
                admin.organisationId())
            .orElseThrow();
    audit.record(
        admin,
        admin.organisationId(),
        "invitation.sent",
        "invitation",
        id,
        Map.of("email", email.value(), "roles", roles.stream().map(Enum::name).sorted().toList()));
    mailer.invitation(email.value(), organisationName, admin.label(), token.value());
    return id;
  }

  void validateRoles(
      ValidationFailed.Collector errors,
      OrganisationKind kind,
      Set<Role> roles,
      Set<UUID> serviceIds,
      UUID organisationId) {
    if (roles == null || roles.isEmpty()) {
      errors.add("roles", "must name at least one role");
      return;
    }
    for (Role role : roles) {
      if (role.organisationKind() != kind) {
        errors.add(
            "roles", role + " is not a role of a " + kind.name().toLowerCase() + " organisation");
      }
    }
    boolean serviceBound = roles.stream().anyMatch(Role::isServiceBound);
    if (serviceBound && (serviceIds == null || serviceIds.isEmpty())) {
      errors.add("serviceIds", "requesters and approvers must belong to at least one service");
    }
    if (serviceIds != null && !serviceIds.isEmpty()) {
      List<UUID> own = accounts.serviceIdsOf(organisationId);
      for (UUID service : serviceIds) {
        if (!own.contains(service)) {
          errors.add("serviceIds", "service " + service + " is not one of your organisation's");
        }
      }
    }
  }

  public InvitationPreview previewInvitation(String token) {
    return openInvitation(token, false);
  }

  private InvitationPreview openInvitation(String token, boolean forUpdate) {
    record Row(
        String orgName,
        String email,
        List<String> roles,
        Instant expiresAt,
        Instant acceptedAt,
        Instant revokedAt) {}
    Row row =
        sql.one(
                "SELECT o.legal_name, i.email, i.roles, i.expires_at, i.accepted_at, i.revoked_at"
                    + " FROM invitation i JOIN organisation o ON o.id = i.organisation_id"
                    + " WHERE i.token_hash = ?"
                    + (forUpdate ? " FOR UPDATE OF i" : ""),
                rs ->
                    new Row(
                        rs.getString("legal_name"),
                        rs.getString("email"),
                        Sql.strings(rs, "roles"),
                        Sql.instant(rs, "expires_at"),
                        Sql.instant(rs, "accepted_at"),
                        Sql.instant(rs, "revoked_at")),
                SecretToken.hashOf(token == null ? "" : token))
            .orElseThrow(() -> new NotFound("Invitation"));
    if (row.acceptedAt() != null
        || row.revokedAt() != null
        || row.expiresAt().isBefore(Instant.now())) {
      throw new Problems.LinkExpired("This invitation");
    }
    return new InvitationPreview(
        row.orgName(), row.email(), row.roles().stream().map(Role::valueOf).toList());
  }

  /** Creates the invited person's account; the invitation cannot be used twice. */
  @Transactional
  public UUID acceptInvitation(String token, String fullName, String password) {
    InvitationPreview preview = openInvitation(token, true);
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    if (fullName == null || fullName.trim().length() < 2 || fullName.trim().length() > 120) {
      errors.add("fullName", "must have between 2 and 120 characters");
    }
    EmailAddress email = EmailAddress.of(preview.email());
    for (String problem : PasswordPolicy.problems(password, email)) {
      errors.add("password", problem);
    }
    if (accounts.emailTaken(email.value())) {
      errors.add("email", "already has a Boucle account");
    }
    errors.throwIfAny();
    record Invitation(UUID id, UUID organisationId, List<String> serviceIds) {}
    Invitation invitation =
        sql.one(
                "SELECT id, organisation_id, service_ids FROM invitation WHERE token_hash = ?",
                rs ->
                    new Invitation(
                        Sql.uuid(rs, "id"),
                        Sql.uuid(rs, "organisation_id"),
                        Sql.strings(rs, "service_ids")),
                SecretToken.hashOf(token))
            .orElseThrow();
    UUID personId =
        accounts.insertPerson(
            invitation.organisationId(), email.value(), fullName.trim(), hasher.hash(password));
    accounts.replaceRoles(
        personId,
        Set.copyOf(preview.roles()),
        Set.copyOf(invitation.serviceIds().stream().map(UUID::fromString).toList()));
    sql.update("UPDATE invitation SET accepted_at = now() WHERE id = ?", invitation.id());
    audit.record(
        null,
        invitation.organisationId(),
        "invitation.accepted",
        "person",
        personId,
        Map.of("email", email.value()));
    return personId;
  }

  /** Sends a reset link when the address belongs to an active person; silent otherwise. */
  @Transactional
  public void requestPasswordReset(String rawEmail) {
    String email = rawEmail == null ? "" : rawEmail.trim().toLowerCase(java.util.Locale.ROOT);
    Optional<Accounts.Account> account = accounts.byEmail(email).filter(Accounts.Account::active);
    if (account.isEmpty()) {
      return;
    }
    UUID personId = account.get().personId();
    // At most a few links an hour: more would only flood the person's mailbox.
    if (sql.count(
            "SELECT count(*) FROM password_reset WHERE person_id = ? AND expires_at > ?",
            personId,
            java.sql.Timestamp.from(Instant.now().plus(RESET_VALIDITY).minus(Duration.ofHours(1))))
        >= RESETS_PER_HOUR) {
      return;
    }
    // The newest link is the only good one: older unused links stop working.
    sql.update(
        "UPDATE password_reset SET used_at = now() WHERE person_id = ? AND used_at IS NULL",
        personId);
    SecretToken token = SecretToken.generate("rst_");
    sql.update(
        "INSERT INTO password_reset (token_hash, person_id, expires_at) VALUES (?, ?, ?)",
        token.hash(),
        personId,
        Instant.now().plus(RESET_VALIDITY));
    mailer.passwordReset(email, token.value());
  }

  @Transactional
  public void resetPassword(String token, String password) {
    record Reset(UUID personId, String email, Instant expiresAt, Instant usedAt) {}
    Reset reset =
        sql.one(
                "SELECT r.person_id, p.email, r.expires_at, r.used_at FROM password_reset r"
                    + " JOIN person p ON p.id = r.person_id WHERE r.token_hash = ? FOR UPDATE OF r",
                rs ->
                    new Reset(
                        Sql.uuid(rs, "person_id"),
                        rs.getString("email"),
                        Sql.instant(rs, "expires_at"),
                        Sql.instant(rs, "used_at")),
                SecretToken.hashOf(token == null ? "" : token))
            .orElseThrow(() -> new NotFound("Reset link"));
    if (reset.usedAt() != null || reset.expiresAt().isBefore(Instant.now())) {
      throw new Problems.LinkExpired("This reset link");
    }
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    for (String problem : PasswordPolicy.problems(password, EmailAddress.of(reset.email()))) {
      errors.add("password", problem);
    }
    errors.throwIfAny();
    sql.update(
        "UPDATE person SET password_hash = ?, security_stamp = security_stamp + 1 WHERE id = ?",
        hasher.hash(password),
        reset.personId());
    sql.update(
        "UPDATE password_reset SET used_at = now() WHERE token_hash = ?",
        SecretToken.hashOf(token));
    throttle.clear(reset.email());
  }

  /** Whether a session issued with this stamp is still good (person active, org not suspended). */
  /** Signing out ends the person's sessions on the server, not only the browser's cookie. */
  public void endSessions(UUID personId) {
    sql.update("UPDATE person SET security_stamp = security_stamp + 1 WHERE id = ?", personId);
  }

  public boolean sessionStillValid(UUID personId, int stamp) {
    return sql.count(
            "SELECT count(*) FROM person p JOIN organisation o ON o.id = p.organisation_id"
                + " WHERE p.id = ? AND p.active AND p.security_stamp = ? AND o.status <> 'SUSPENDED'",
            personId,
            stamp)
        > 0;
  }

  /** Creates the platform operator's account at start-up when configured and missing. */
  @Transactional
  public void ensureOperator(String rawEmail, String password) {
    EmailAddress email = EmailAddress.of(rawEmail);
    if (accounts.emailTaken(email.value())) {
      return;
    }
    UUID organisationId =
        sql.one("SELECT id FROM organisation WHERE kind = 'OPERATOR'", rs -> Sql.uuid(rs, "id"))
            .orElseGet(() -> {
              UUID id = UUID.randomUUID();
              sql.update(
                  "INSERT INTO organisation (id, kind, legal_name, siret, status) VALUES (?,"
                      + " 'OPERATOR', 'Opérateur Boucle', ?, 'ACTIVE')",
                  id,
                  "00000000000000".substring(0, 13) + Siret.luhnCheckDigit("0000000000000"));
              return id;
            });
    UUID personId =
        accounts.insertPerson(
            organisationId, email.value(), "Opérateur Boucle", hasher.hash(password));
    accounts.replaceRoles(personId, Set.of(Role.OPERATOR), Set.of());
  }
}
