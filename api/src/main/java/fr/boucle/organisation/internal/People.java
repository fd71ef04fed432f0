package fr.boucle.organisation.internal;

import fr.boucle.organisation.Views;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.Role;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The person table with person_role and person_service, as an organisation's administrators manage
 * them ({@link Accounts} reads people for sign-in and creates them).
 */
@Singleton
class People {

  private final Sql sql;

  People(Sql sql) {
    this.sql = sql;
  }

  /** An organisation's members by name, with their roles and services. */
  List<Views.MemberView> ofOrganisation(UUID organisationId) {
    return sql.list(
        "SELECT p.id, p.email, p.full_name, p.active,"
            + " ARRAY(SELECT role FROM person_role r WHERE r.person_id = p.id) AS roles,"
            + " ARRAY(SELECT service_id::text FROM person_service s WHERE s.person_id = p.id) AS services"
            + " FROM person p WHERE p.organisation_id = ? ORDER BY p.full_name",
        People::member,
        organisationId);
  }

  long activeWithRole(UUID organisationId, Role role) {
    return sql.count(
        "SELECT count(*) FROM person p JOIN person_role r ON r.person_id = p.id"
            + " WHERE p.organisation_id = ? AND p.active AND r.role = ?",
        organisationId,
        role);
  }

  long inService(UUID serviceId) {
    return sql.count("SELECT count(*) FROM person_service WHERE service_id = ?", serviceId);
  }

  /** Ends the person's sessions: those issued with an older stamp stop working. */
  void endSessions(UUID personId) {
    sql.update("UPDATE person SET security_stamp = security_stamp + 1 WHERE id = ?", personId);
  }

  /** (De)activates one of the organisation's members and ends their sessions. */
  void setActive(UUID personId, UUID organisationId, boolean active) {
    sql.update(
        "UPDATE person SET active = ?, security_stamp = security_stamp + 1 WHERE id = ? AND organisation_id = ?",
        active,
        personId,
        organisationId);
  }

  /** Sets a new password hash and ends the person's sessions. */
  void setPassword(UUID personId, String passwordHash) {
    sql.update(
        "UPDATE person SET password_hash = ?, security_stamp = security_stamp + 1 WHERE id = ?",
        passwordHash,
        personId);
  }

  /** Whether a session issued with this stamp is still good (person active, org not suspended). */
  boolean sessionStillValid(UUID personId, int stamp) {
    return sql.count(
            "SELECT count(*) FROM person p JOIN organisation o ON o.id = p.organisation_id"
                + " WHERE p.id = ? AND p.active AND p.security_stamp = ? AND o.status <> 'SUSPENDED'",
            personId,
            stamp)
        > 0;
  }

  private static Views.MemberView member(ResultSet rs) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Sql.strings(rs, "roles").forEach(r -> roles.add(Role.valueOf(r)));
    Set<UUID> services = new LinkedHashSet<>(Sql.uuids(rs, "services"));
    return new Views.MemberView(
        Sql.uuid(rs, "id"),
        rs.getString("email"),
        rs.getString("full_name"),
        rs.getBoolean("active"),
        Set.copyOf(roles),
        Set.copyOf(services));
  }
}
