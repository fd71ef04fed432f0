package fr.boucle.organisation.internal;

import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The password_reset table: one-use links, kept as the hash of their token. */
@Singleton
class PasswordResets {

  /** A reset link with the address of the person it resets. */
  record Reset(UUID personId, String email, Instant expiresAt, Instant usedAt) {
    boolean usable(Instant now) {
      return usedAt == null && !expiresAt.isBefore(now);
    }
  }

  private final Sql sql;

  PasswordResets(Sql sql) {
    this.sql = sql;
  }

  /** How many of the person's links expire after a day: those sent since then. */
  long expiringAfter(UUID personId, Instant since) {
    return sql.count(
        "SELECT count(*) FROM password_reset WHERE person_id = ? AND expires_at > ?",
        personId,
        Timestamp.from(since));
  }

  /** Older unused links stop working. */
  void retireUnused(UUID personId) {
    sql.update(
        "UPDATE password_reset SET used_at = now() WHERE person_id = ? AND used_at IS NULL",
        personId);
  }

  void insert(byte[] tokenHash, UUID personId, Instant expiresAt) {
    sql.update(
        "INSERT INTO password_reset (token_hash, person_id, expires_at) VALUES (?, ?, ?)",
        tokenHash,
        personId,
        expiresAt);
  }

  /** The link of a token, locked until the transaction ends. */
  Optional<Reset> lock(byte[] tokenHash) {
    return sql.one(
        "SELECT r.person_id, p.email, r.expires_at, r.used_at FROM password_reset r"
            + " JOIN person p ON p.id = r.person_id WHERE r.token_hash = ? FOR UPDATE OF r",
        rs ->
            new Reset(
                Sql.uuid(rs, "person_id"),
                rs.getString("email"),
                Sql.instant(rs, "expires_at"),
                Sql.instant(rs, "used_at")),
        tokenHash);
  }

  void markUsed(byte[] tokenHash) {
    sql.update("UPDATE password_reset SET used_at = now() WHERE token_hash = ?", tokenHash);
  }
}
