package fr.boucle.organisation.internal;

import fr.boucle.audit.AuditLog;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.retention.RetentionSettings;
import fr.boucle.shared.security.OrganisationKind;
import fr.boucle.shared.security.Role;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts nobody signs in to any more (boucle.retention.inactive-accounts, counted from the last
 * sign-in, or from the account's creation for one never used): warned by e-mail inactivity-warning
 * before, then deactivated (sessions ended, audited). A deactivation waits a full warning period
 * after the warning, so nobody is deactivated unwarned. The last active administrator of an
 * organisation is never deactivated: the log says so, every run, for the operator to act.
 */
@Singleton
public class InactiveAccounts {

  private static final Logger LOG = LoggerFactory.getLogger(InactiveAccounts.class);
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** What one run did. */
  public record Outcome(int warned, int deactivated, List<UUID> keptLastAdministrators) {}

  private record Idle(
      UUID id,
      String email,
      String language,
      UUID organisationId,
      OrganisationKind kind,
      Instant lastActive) {}

  private final Sql sql;
  private final Mailer mailer;
  private final People people;
  private final AuditLog audit;
  private final RetentionSettings retention;

  InactiveAccounts(
      Sql sql, Mailer mailer, People people, AuditLog audit, RetentionSettings retention) {
    this.sql = sql;
    this.mailer = mailer;
    this.people = people;
    this.audit = audit;
    this.retention = retention;
  }

  @Transactional
  public Outcome run(Instant now) {
    Duration inactive = retention.inactiveAccounts();
    Duration warning = retention.inactivityWarning();
    int warned = 0;
    for (Idle idle : idleSince(now.minus(inactive).plus(warning), false)) {
      mailer.inactivityWarning(
          idle.email(),
          LocalDate.ofInstant(idle.lastActive().plus(inactive), PARIS),
          idle.language());
      sql.update(
          "UPDATE person SET inactivity_warned_at = ? WHERE id = ?",
          Timestamp.from(now),
          idle.id());
      warned++;
    }
    int deactivated = 0;
    List<UUID> kept = new java.util.ArrayList<>();
    for (Idle idle : idleSince(now.minus(inactive), true)) {
      Role admin = Role.adminOf(idle.kind());
      boolean isAdmin =
          sql.count(
                  "SELECT count(*) FROM person_role WHERE person_id = ? AND role = ?",
                  idle.id(),
                  admin)
              > 0;
      if (isAdmin && people.activeWithRole(idle.organisationId(), admin) <= 1) {
        LOG.warn(
            "Inactive account {} of organisation {} NOT deactivated: it is the organisation's last"
                + " active administrator (inactive since {})",
            idle.id(),
            idle.organisationId(),
            idle.lastActive());
        kept.add(idle.id());
        continue;
      }
      people.setActive(idle.id(), idle.organisationId(), false);
      audit.record(
          null,
          idle.organisationId(),
          "person.deactivated-inactive",
          "person",
          idle.id(),
          Map.of("inactiveSince", idle.lastActive().toString()));
      deactivated++;
    }
    if (warned > 0 || deactivated > 0) {
      LOG.info("Inactive accounts: {} warned, {} deactivated", warned, deactivated);
    }
    return new Outcome(warned, deactivated, List.copyOf(kept));
  }

  /**
   * Active, not erased accounts last active before the cutoff: not yet warned, or (when {@code
   * warnedLongEnough}) warned at least a full warning period before the cutoff's deactivation.
   */
  private List<Idle> idleSince(Instant cutoff, boolean warnedLongEnough) {
    String warnedClause =
        warnedLongEnough
            ? " AND p.inactivity_warned_at IS NOT NULL AND p.inactivity_warned_at <= ?"
            : " AND p.inactivity_warned_at IS NULL";
    Object[] params =
        warnedLongEnough
            ? new Object[] {
              Timestamp.from(cutoff),
              Timestamp.from(
                  cutoff.plus(retention.inactiveAccounts()).minus(retention.inactivityWarning()))
            }
            : new Object[] {Timestamp.from(cutoff)};
    return sql.list(
        "SELECT p.id, p.email, p.language, p.organisation_id, o.kind,"
            + " COALESCE(p.last_signed_in_at, p.created_at) AS last_active"
            + " FROM person p JOIN organisation o ON o.id = p.organisation_id"
            + " WHERE p.active AND p.erased_at IS NULL"
            + " AND COALESCE(p.last_signed_in_at, p.created_at) < ?"
            + warnedClause
            + " ORDER BY p.id",
        rs ->
            new Idle(
                Sql.uuid(rs, "id"),
                rs.getString("email"),
                rs.getString("language"),
                Sql.uuid(rs, "organisation_id"),
                OrganisationKind.valueOf(rs.getString("kind")),
                Sql.instant(rs, "last_active")),
        params);
  }
}
