package fr.boucle.shared.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Refuses to start without a session secret of at least 256 bits: a forgotten BOUCLE_JWT_SECRET
 * must stop the application, not leave sessions signed with a value anyone can read. The values
 * that were ever published with Boucle are refused too.
 */
@Context
class SessionSecretCheck {

  static final int MINIMUM_BYTES = 32;
  private static final Set<String> PUBLISHED =
      Set.of("dev-only-boucle-session-secret-change-me-0123456789");

  SessionSecretCheck(
      @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret:}") String secret) {
    check(secret);
  }

  static void check(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new ConfigurationException(
          "BOUCLE_JWT_SECRET is not set: sessions need a random secret of at least 256 bits,"
              + " the same on every instance (e.g. openssl rand -base64 48)");
    }
    if (PUBLISHED.contains(secret)) {
      throw new ConfigurationException(
          "BOUCLE_JWT_SECRET is a value published with Boucle's sources: set a random one");
    }
    if (secret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_BYTES) {
      throw new ConfigurationException(
          "BOUCLE_JWT_SECRET is shorter than 256 bits (32 bytes): set a longer random secret");
    }
  }
}
