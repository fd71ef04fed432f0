package fr.boucle.organisation;

import java.time.Instant;

/** Where an invitation stands: used, withdrawn, past its validity, or waiting. */
public enum InvitationState {
  PENDING,
  ACCEPTED,
  REVOKED,
  EXPIRED;

  public static InvitationState of(
      Instant acceptedAt, Instant revokedAt, Instant expiresAt, Instant now) {
    if (acceptedAt != null) {
      return ACCEPTED;
    }
    if (revokedAt != null) {
      return REVOKED;
    }
    return expiresAt.isBefore(now) ? EXPIRED : PENDING;
  }

  /** Whether the link still opens an account. */
  public boolean usable() {
    return this == PENDING;
  }
}
