package fr.boucle.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which database failures are "come back in a moment" (503) rather than a fault (500). */
class DatabaseBusyHandlerTest {

  @Test
  void aLostConnectionOrARestartingServerIsUnavailableNotBroken() {
    assertThat(DatabaseBusyHandler.unavailable("08006")).isTrue(); // connection failure
    assertThat(DatabaseBusyHandler.unavailable("08001")).isTrue(); // cannot connect
    assertThat(DatabaseBusyHandler.unavailable("57P01")).isTrue(); // admin shutdown
    assertThat(DatabaseBusyHandler.unavailable("57P03")).isTrue(); // cannot connect now
    assertThat(DatabaseBusyHandler.unavailable("23505")).isFalse(); // a unique violation is a bug
    assertThat(DatabaseBusyHandler.unavailable("57014")).isFalse(); // statement timeout: busy
    assertThat(DatabaseBusyHandler.unavailable(null)).isFalse();
  }
}
