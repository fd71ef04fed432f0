package fr.boucle.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailRelaySettingsTest {

  private final MailRelaySettings settings =
      new MailRelaySettings(
          50, 4, Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofDays(7));

  @Test
  void waitsTwiceAsLongAfterEachFailureUpToTheCap() {
    assertThat(settings.retryAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.retryAfter(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(settings.retryAfter(3)).isEqualTo(Duration.ofMinutes(2));
    assertThat(settings.retryAfter(4)).isEqualTo(Duration.ofMinutes(4));
    assertThat(settings.retryAfter(5)).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.retryAfter(1_000)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void givesUpAfterTheConfiguredNumberOfAttempts() {
    assertThat(settings.givesUpAfter(3)).isFalse();
    assertThat(settings.givesUpAfter(4)).isTrue();
  }

  @Test
  void recordsTheDeepestCauseOfAFailure() {
    String error =
        MailRelay.describe(
            new RuntimeException("wrapped", new java.net.ConnectException("Connection refused")));
    assertThat(error).contains("ConnectException: Connection refused");
  }
}
