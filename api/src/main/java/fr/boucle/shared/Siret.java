package fr.boucle.shared;

import java.util.Objects;

/**
 * A French establishment identifier (SIRET): 14 digits whose Luhn checksum is valid, except La
 * Poste's establishments (SIREN 356 000 000), whose digits must add up to a multiple of 5.
 */
public final class Siret {

  private static final String LA_POSTE_SIREN = "356000000";
  private final String value;

  private Siret(String value) {
    this.value = value;
  }

  /**
   * Parses a SIRET, ignoring spaces; throws {@link IllegalArgumentException} saying what is wrong.
   */
  public static Siret of(String raw) {
    if (raw == null) {
      throw new IllegalArgumentException("SIRET is required");
    }
    String digits = raw.replace(" ", "");
    if (!digits.matches("[0-9]{14}")) {
      throw new IllegalArgumentException("SIRET must have exactly 14 digits");
    }
    if (!hasValidChecksum(digits)) {
      throw new IllegalArgumentException("SIRET checksum is invalid");
    }
    return new Siret(digits);
  }

  public static boolean isValid(String raw) {
    try {
      of(raw);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static boolean hasValidChecksum(String digits) {
    if (digits.startsWith(LA_POSTE_SIREN) && !digits.equals("35600000000048")) {
      return digitSum(digits) % 5 == 0;
    }
    return luhnSum(digits) % 10 == 0;
  }

  /** The digit that, appended to 13 digits, makes a Luhn-valid SIRET. */
  public static int luhnCheckDigit(String thirteenDigits) {
    int sum = luhnSum(thirteenDigits + "0");
    return (10 - sum % 10) % 10;
  }

  private static int luhnSum(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum;
  }

  private static int digitSum(String digits) {
    return digits.chars().map(c -> c - '0').sum();
  }

  public String value() {
    return value;
  }

  public String siren() {
    return value.substring(0, 9);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Siret other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
