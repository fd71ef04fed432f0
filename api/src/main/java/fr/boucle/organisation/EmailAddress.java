package fr.boucle.organisation;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, trimmed and lower-cased so that one person has one address. */
public record EmailAddress(String value) {

  private static final Pattern SHAPE =
      Pattern.compile(
          "^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$");

  public EmailAddress {
    if (value == null || value.length() > 254 || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("must be a valid e-mail address");
    }
  }

  public static EmailAddress of(String raw) {
    if (raw == null) {
      throw new IllegalArgumentException("must be a valid e-mail address");
    }
    return new EmailAddress(raw.trim().toLowerCase(Locale.ROOT));
  }

  public String localPart() {
    return value.substring(0, value.indexOf('@'));
  }

  @Override
  public String toString() {
    return value;
  }
}
