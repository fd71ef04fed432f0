package fr.boucle.organisation.internal;

import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.retention.RetentionSettings;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts failed sign-ins in PostgreSQL (so every instance sees the same count): past the limit for
 * an e-mail or a client address within the window, sign-in is refused until the window passes.
 */
@Singleton
class LoginThrottle {

  static final Duration WINDOW = Duration.ofMinutes(15);
  private final Sql sql;
  private final int perEmail;
  private final int perAddress;

  private final RetentionSettings retention;
  private final Clock clock;

  LoginThrottle(
      Sql sql,
      @Value("${boucle.security.login.max-failures-per-email:5}") int perEmail,
      @Value("${boucle.security.login.max-failures-per-address:30}") int perAddress,
      RetentionSettings retention,
      Clock clock) {
    this.sql = sql;
    this.perEmail = perEmail;
    this.perAddress = perAddress;
    this.retention = retention;
    this.clock = clock;
  }

  boolean isThrottled(String email, String clientIp) {
    Instant since = Instant.now().minus(WINDOW);
    return sql.count(
                "SELECT count(*) FROM login_failure WHERE email = ? AND occurred_at > ?",
                email,
                since)
            >= perEmail
        || sql.count(
                "SELECT count(*) FROM login_failure WHERE client_ip = ? AND occurred_at > ?",
                clientIp,
                since)
            >= perAddress;
  }

  void recordFailure(String email, String clientIp) {
    sql.update("INSERT INTO login_failure (email, client_ip) VALUES (?, ?)", email, clientIp);
  }

  void clear(String email) {
    sql.update("DELETE FROM login_failure WHERE email = ?", email);
  }

  /** The retention job's pass, every 10 minutes. */
  @Scheduled(fixedDelay = "10m", initialDelay = "1m")
  int purge() {
    return purge(clock.instant());
  }

  /**
   * Failures older than boucle.retention.sign-in-failures (never less than the throttling window,
   * which needs them) are deleted; answers how many.
   */
  int purge(Instant now) {
    Duration keep =
        retention.signInFailures().compareTo(WINDOW) < 0 ? WINDOW : retention.signInFailures();
    return sql.update(
        "DELETE FROM login_failure WHERE occurred_at < ?",
        java.sql.Timestamp.from(now.minus(keep)));
  }
}
