package fr.boucle.organisation.internal;

import fr.boucle.organisation.PersonalData;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the organisation area's tables hold about one person (person, person_role, person_service,
 * buyer_service, login_failure, api_token), and the erasure of what is only theirs.
 */
@Singleton
class PersonalRecords {

  private final Sql sql;

  PersonalRecords(Sql sql) {
    this.sql = sql;
  }

  /** The person's row with their organisation, for the copy of their data. */
  record PersonRow(
      PersonalData.Profile profile,
      int securityStamp,
      Instant lastSignedInAt,
      Instant inactivityWarnedAt) {}

  Optional<PersonRow> person(UUID personId) {
    return sql.one(
        "SELECT p.id, p.full_name, p.email, p.organisation_id, o.legal_name, o.kind, p.active,"
            + " p.password_hash IS NOT NULL AS password_set, p.oidc_subject, p.created_at,"
            + " p.security_stamp, p.last_signed_in_at, p.inactivity_warned_at"
            + " FROM person p JOIN organisation o ON o.id = p.organisation_id WHERE p.id = ?",
        rs ->
            new PersonRow(
                new PersonalData.Profile(
                    Sql.uuid(rs, "id"),
                    rs.getString("full_name"),
                    rs.getString("email"),
                    Sql.uuid(rs, "organisation_id"),
                    rs.getString("legal_name"),
                    rs.getString("kind"),
                    rs.getBoolean("active"),
                    rs.getBoolean("password_set"),
                    rs.getString("oidc_subject"),
                    Sql.instant(rs, "created_at")),
                rs.getInt("security_stamp"),
                Sql.instant(rs, "last_signed_in_at"),
                Sql.instant(rs, "inactivity_warned_at")),
        personId);
  }

  List<String> roles(UUID personId) {
    return sql.list(
        "SELECT role FROM person_role WHERE person_id = ? ORDER BY role",
        rs -> rs.getString("role"),
        personId);
  }

  List<PersonalData.Service> services(UUID personId) {
    return sql.list(
        "SELECT s.id, s.name FROM person_service ps JOIN buyer_service s ON s.id = ps.service_id"
            + " WHERE ps.person_id = ? ORDER BY s.name",
        rs -> new PersonalData.Service(Sql.uuid(rs, "id"), rs.getString("name")),
        personId);
  }

  List<PersonalData.Failure> signInFailures(String email) {
    return sql.list(
        "SELECT occurred_at, client_ip FROM login_failure WHERE email = ? ORDER BY occurred_at",
        rs -> new PersonalData.Failure(Sql.instant(rs, "occurred_at"), rs.getString("client_ip")),
        email);
  }

  List<PersonalData.ApiToken> apiTokens(UUID personId) {
    return sql.list(
        "SELECT id, name, prefix, scopes, created_at, last_used_at, revoked_at FROM api_token"
            + " WHERE created_by = ? ORDER BY created_at",
        rs ->
            new PersonalData.ApiToken(
                Sql.uuid(rs, "id"),
                rs.getString("name"),
                rs.getString("prefix"),
                Sql.strings(rs, "scopes"),
                Sql.instant(rs, "created_at"),
                Sql.instant(rs, "last_used_at"),
                Sql.instant(rs, "revoked_at")),
        personId);
  }

  /** Locks the person's row for the erasure; answers their address (empty when unknown). */
  Optional<String> lockEmail(UUID personId) {
    return sql.one(
        "SELECT email FROM person WHERE id = ? AND erased_at IS NULL FOR UPDATE",
        rs -> rs.getString("email"),
        personId);
  }

  int nextErasureNumber() {
    return (int) sql.count("SELECT nextval('person_erasure_number_seq')");
  }

  /**
   * Keeps the row (orders, needs and the audit trail point at it) without anything personal: the
   * pseudonym for a name, the placeholder for an address, no password nor OpenID Connect subject,
   * deactivated, sessions ended; roles, services, failed sign-ins, invitations to the address,
   * reset links and mails to the address deleted; the API tokens the person created revoked.
   */
  void erase(UUID personId, String formerEmail, int number, String pseudonym, String placeholder) {
    sql.update(
        "UPDATE person SET full_name = ?, email = ?, password_hash = NULL, oidc_subject = NULL,"
            + " active = false, security_stamp = security_stamp + 1, erased_at = now(),"
            + " erasure_number = ?, last_signed_in_at = NULL, inactivity_warned_at = NULL"
            + " WHERE id = ?",
        pseudonym,
        placeholder,
        number,
        personId);
    sql.update("DELETE FROM person_role WHERE person_id = ?", personId);
    sql.update("DELETE FROM person_service WHERE person_id = ?", personId);
    sql.update("DELETE FROM login_failure WHERE email = ?", formerEmail);
    sql.update("DELETE FROM invitation WHERE email = ?", formerEmail);
    sql.update("DELETE FROM password_reset WHERE person_id = ?", personId);
    sql.update("DELETE FROM mail_outbox WHERE recipient = ?", formerEmail);
    sql.update(
        "UPDATE api_token SET revoked_at = COALESCE(revoked_at, now()) WHERE created_by = ?",
        personId);
  }

  /** Corrects a person's name and address; their sessions end (a session names the address). */
  void correct(UUID personId, String fullName, String email) {
    sql.update(
        "UPDATE person SET full_name = ?, email = ?, security_stamp = security_stamp + 1"
            + " WHERE id = ?",
        fullName,
        email,
        personId);
  }

  boolean emailUsedByAnother(String email, UUID personId) {
    return sql.count("SELECT count(*) FROM person WHERE email = ? AND id <> ?", email, personId)
        > 0;
  }

  /** A sign-in: the trace the person sees, and the inactivity clock starts again. */
  void signedIn(UUID personId, Instant at) {
    sql.update(
        "UPDATE person SET last_signed_in_at = ?, inactivity_warned_at = NULL WHERE id = ?",
        Timestamp.from(at),
        personId);
  }
}
