package fr.boucle.organisation.internal;

import fr.boucle.shared.jdbc.Sql;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
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

  LoginThrottle(
      Sql sql,
      @Value("${boucle.security.login.max-failures-per-email:5}") int perEmail,
      @Value("${boucle.security.login.max-failures-per-address:30}") int perAddress) {
    this.sql = sql;
    this.perEmail = perEmail;
    this.perAddress = perAddress;
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

  /** Failures older than the window count for nothing: deleted; answers how many. */
  @Scheduled(fixedDelay = "10m", initialDelay = "1m")
  int purge() {
    return sql.update(
        "DELETE FROM login_failure WHERE occurred_at < ?",
        java.sql.Timestamp.from(Instant.now().minus(WINDOW)));
  }
}
