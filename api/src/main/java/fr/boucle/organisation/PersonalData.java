package fr.boucle.organisation;

import fr.boucle.audit.AuditEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The copy of a person's data they download (RGPD art. 15 and 20): everything Boucle holds about
 * them, secrets excepted (no password hash, no API token secret or hash).
 */
@Serdeable
public record PersonalData(
    Instant exportedAt,
    Profile profile,
    List<String> roles,
    List<Service> services,
    SignIns signIns,
    List<ApiToken> apiTokens,
    List<AuditEvent> audit,
    Map<String, List<PersonalDataSource.AuthoredRecord>> authored) {

  @Serdeable
  public record Profile(
      UUID id,
      String fullName,
      String email,
      UUID organisationId,
      String organisationName,
      String organisationKind,
      boolean active,
      boolean passwordSet,
      @Nullable String oidcSubject,
      Instant createdAt) {}

  @Serdeable
  public record Service(UUID id, String name) {}

  /**
   * Sign-in traces: the last sign-in, how many times sessions were ended (the security stamp: a
   * session is a signed cookie that is not stored), and the failed sign-ins recorded for the
   * address (kept for the throttling window, then deleted by the retention job).
   */
  @Serdeable
  public record SignIns(
      @Nullable Instant lastSignedInAt,
      int sessionsEndedCount,
      @Nullable Instant inactivityWarnedAt,
      List<Failure> failures) {}

  @Serdeable
  public record Failure(Instant occurredAt, String clientAddress) {}

  /** An API token the person created, without its secret. */
  @Serdeable
  public record ApiToken(
      UUID id,
      String name,
      String prefix,
      List<String> scopes,
      Instant createdAt,
      @Nullable Instant lastUsedAt,
      @Nullable Instant revokedAt) {}
}
