package fr.boucle.organisation.internal;

import fr.boucle.organisation.InvitationState;
import fr.boucle.organisation.Views;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.Role;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The invitation table: links to join an organisation, kept as the hash of their token. */
@Singleton
class Invitations {

  /** An invitation as its link finds it. */
  record Invitation(
      UUID id,
      UUID organisationId,
      String organisationName,
      String email,
      List<Role> roles,
      List<UUID> serviceIds,
      InvitationState state) {}

  private final Sql sql;

  Invitations(Sql sql) {
    this.sql = sql;
  }

  void insert(
      UUID id,
      UUID organisationId,
      String email,
      Set<Role> roles,
      Set<UUID> serviceIds,
      byte[] tokenHash,
      UUID invitedBy,
      Instant expiresAt) {
    sql.update(
        "INSERT INTO invitation (id, organisation_id, email, roles, service_ids, token_hash,"
            + " invited_by, expires_at) VALUES (?, ?, ?, ?, ?::uuid[], ?, ?, ?)",
        id,
        organisationId,
        email,
        List.copyOf(roles),
        serviceIds.stream().map(UUID::toString).toList(),
        tokenHash,
        invitedBy,
        expiresAt);
  }

  List<Views.InvitationView> ofOrganisation(UUID organisationId) {
    return sql.list(
        "SELECT * FROM invitation WHERE organisation_id = ? ORDER BY created_at DESC",
        Invitations::view,
        organisationId);
  }

  boolean exists(UUID id, UUID organisationId) {
    return sql.count(
            "SELECT count(*) FROM invitation WHERE id = ? AND organisation_id = ?",
            id,
            organisationId)
        > 0;
  }

  /** Revokes an invitation still open; answers whether it was. */
  boolean revoke(UUID id, UUID organisationId) {
    return sql.update(
            "UPDATE invitation SET revoked_at = now() WHERE id = ? AND organisation_id = ?"
                + " AND accepted_at IS NULL AND revoked_at IS NULL",
            id,
            organisationId)
        > 0;
  }

  /** The invitation of a link, locked until the transaction ends when {@code forUpdate}. */
  Optional<Invitation> byTokenHash(byte[] tokenHash, boolean forUpdate) {
    return sql.one(
        "SELECT i.*, o.legal_name FROM invitation i JOIN organisation o ON o.id = i.organisation_id"
            + " WHERE i.token_hash = ?"
            + (forUpdate ? " FOR UPDATE OF i" : ""),
        rs ->
            new Invitation(
                Sql.uuid(rs, "id"),
                Sql.uuid(rs, "organisation_id"),
                rs.getString("legal_name"),
                rs.getString("email"),
                Sql.strings(rs, "roles").stream().map(Role::valueOf).toList(),
                Sql.uuids(rs, "service_ids"),
                state(rs)),
        tokenHash);
  }

  void markAccepted(UUID id) {
    sql.update("UPDATE invitation SET accepted_at = now() WHERE id = ?", id);
  }

  private static InvitationState state(ResultSet rs) throws SQLException {
    return InvitationState.of(
        Sql.instant(rs, "accepted_at"),
        Sql.instant(rs, "revoked_at"),
        Sql.instant(rs, "expires_at"),
        Instant.now());
  }

  private static Views.InvitationView view(ResultSet rs) throws SQLException {
    return new Views.InvitationView(
        Sql.uuid(rs, "id"),
        rs.getString("email"),
        Sql.strings(rs, "roles").stream().map(Role::valueOf).toList(),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "expires_at"),
        state(rs).name());
  }
}
