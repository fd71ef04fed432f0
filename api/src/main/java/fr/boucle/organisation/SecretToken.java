package fr.boucle.organisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random secret shown once (an invitation link, a reset link, an API token) and stored only as
 * its SHA-256 hash: a database leak reveals no usable secret.
 */
public record SecretToken(String value) {

  private static final SecureRandom RANDOM = new SecureRandom();

  public static SecretToken generate(String prefix) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new SecretToken(prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  public byte[] hash() {
    return hashOf(value);
  }

  public static byte[] hashOf(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "SecretToken[redacted]";
  }
}
