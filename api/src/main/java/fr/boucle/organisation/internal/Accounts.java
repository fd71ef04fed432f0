package fr.boucle.organisation.internal;

import fr.boucle.organisation.OrganisationStatus;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.OrganisationKind;
import fr.boucle.shared.security.Role;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reads people with what a session needs: their organisation, roles and services. */
@Singleton
public class Accounts {

  /**
   * A person as authentication sees them; {@code oidcSubject} is the "provider:subject" bound at
   * their first OpenID Connect sign-in, null before.
   */
  public record Account(
      UUID personId,
      String email,
      String fullName,
      String passwordHash,
      boolean active,
      int securityStamp,
      UUID organisationId,
      String organisationName,
      OrganisationKind kind,
      OrganisationStatus organisationStatus,
      Set<Role> roles,
      Set<UUID> serviceIds,
      String oidcSubject) {}

  private static final String SELECT =
      "SELECT p.id, p.email, p.full_name, p.password_hash, p.active, p.security_stamp, p.oidc_subject,"
          + " o.id AS org_id, o.legal_name, o.kind, o.status,"
          + " ARRAY(SELECT role FROM person_role r WHERE r.person_id = p.id) AS roles,"
          + " ARRAY(SELECT service_id::text FROM person_service s WHERE s.person_id = p.id) AS services"
          + " FROM person p JOIN organisation o ON o.id = p.organisation_id";

  private final Sql sql;

  Accounts(Sql sql) {
    this.sql = sql;
  }

  Optional<Account> byEmail(String email) {
    return sql.one(SELECT + " WHERE p.email = ?", Accounts::map, email);
  }

  Optional<Account> byId(UUID personId) {
    return sql.one(SELECT + " WHERE p.id = ?", Accounts::map, personId);
  }

  Optional<Account> byOidcSubject(String subject) {
    return sql.one(SELECT + " WHERE p.oidc_subject = ?", Accounts::map, subject);
  }

  private static Account map(ResultSet rs) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String r : Sql.strings(rs, "roles")) {
      roles.add(Role.valueOf(r));
    }
    Set<UUID> services = new LinkedHashSet<>(Sql.uuids(rs, "services"));
    return new Account(
        Sql.uuid(rs, "id"),
        rs.getString("email"),
        rs.getString("full_name"),
        rs.getString("password_hash"),
        rs.getBoolean("active"),
        rs.getInt("security_stamp"),
        Sql.uuid(rs, "org_id"),
        rs.getString("legal_name"),
        OrganisationKind.valueOf(rs.getString("kind")),
        OrganisationStatus.valueOf(rs.getString("status")),
        Set.copyOf(roles),
        Set.copyOf(services),
        rs.getString("oidc_subject"));
  }

  void replaceRoles(UUID personId, Set<Role> roles, Set<UUID> serviceIds) {
    sql.update("DELETE FROM person_role WHERE person_id = ?", personId);
    sql.update("DELETE FROM person_service WHERE person_id = ?", personId);
    for (Role role : roles) {
      sql.update("INSERT INTO person_role (person_id, role) VALUES (?, ?)", personId, role);
    }
    for (UUID service : serviceIds) {
      sql.update(
          "INSERT INTO person_service (person_id, service_id) VALUES (?, ?)", personId, service);
    }
  }

  UUID insertPerson(UUID organisationId, String email, String fullName, String passwordHash) {
    UUID id = UUID.randomUUID();
    sql.update(
        "INSERT INTO person (id, organisation_id, email, full_name, password_hash) VALUES (?, ?, ?, ?, ?)",
        id,
        organisationId,
        email,
        fullName,
        passwordHash);
    return id;
  }

  boolean emailTaken(String email) {
    return sql.count("SELECT count(*) FROM person WHERE email = ?", email) > 0;
  }

  List<UUID> serviceIdsOf(UUID organisationId) {
    return sql.list(
        "SELECT id FROM buyer_service WHERE organisation_id = ?",
        rs -> Sql.uuid(rs, "id"),
        organisationId);
  }
}
