package fr.boucle.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.shared.jdbc.Sql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class LoginThrottleIT {

  @Inject LoginThrottle throttle;
  @Inject Sql sql;

  @Test
  void failuresOlderThanTheWindowArePurged() {
    sql.update("DELETE FROM login_failure");
    Instant now = Instant.now();
    for (Instant at :
        new Instant[] {
          now.minus(2, ChronoUnit.HOURS), now.minus(16, ChronoUnit.MINUTES), now.minusSeconds(5)
        }) {
      sql.update(
          "INSERT INTO login_failure (email, client_ip, occurred_at) VALUES (?, ?, ?)",
          "purge@boucle.test",
          "192.0.2.1",
          Timestamp.from(at));
    }
    assertThat(throttle.purge()).isEqualTo(2);
    assertThat(sql.count("SELECT count(*) FROM login_failure")).isEqualTo(1);
    sql.update("DELETE FROM login_failure");
  }
}
