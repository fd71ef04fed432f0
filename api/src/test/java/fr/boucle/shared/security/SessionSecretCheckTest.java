package fr.boucle.shared.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

class SessionSecretCheckTest {

  @Test
  void refusesNoSecretThePublishedOneAndOnesShorterThan256Bits() {
    for (String secret :
        new String[] {
          null, "", "   ", "dev-only-boucle-session-secret-change-me-0123456789", "x".repeat(31)
        }) {
      assertThatThrownBy(() -> SessionSecretCheck.check(secret))
          .as("secret %s", secret)
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining("BOUCLE_JWT_SECRET");
    }
  }

  @Test
  void acceptsARandomSecretOf256BitsOrMore() {
    assertThatCode(() -> SessionSecretCheck.check("x".repeat(32))).doesNotThrowAnyException();
  }
}
