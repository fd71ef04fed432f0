package fr.boucle.organisation;

import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: long rather than clever (ANSSI and NIST guidance), not a well-known
 * password, and not built from the person's own e-mail address.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private static final Set<String> COMMON =
      Set.of(
          "motdepasse123",
          "motdepasse1234",
          "azertyuiop123",
          "azertyuiopqsd",
          "123456789012",
          "password1234",
          "password12345",
          "qwertyuiop123",
          "marianne2024",
          "soleil123456",
          "bonjour12345",
          "changeme1234",
          "administrateur",
          "boucleboucle",
          "000000000000",
          "111111111111",
          "abcdefghijkl",
          "motdepasse!!",
          "iloveyou1234",
          "welcome12345");

  private PasswordPolicy() {}

  /** The reasons the password is refused; empty when it is acceptable. */
  public static List<Message> problems(String password, EmailAddress email) {
    List<Message> problems = new ArrayList<>();
    if (password == null || password.length() < MIN_LENGTH) {
      problems.add(Message.of(ProblemCode.PASSWORD_TOO_SHORT, "min", MIN_LENGTH));
      return problems;
    }
    if (password.length() > MAX_LENGTH) {
      problems.add(Message.of(ProblemCode.PASSWORD_TOO_LONG, "max", MAX_LENGTH));
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower) || lower.chars().distinct().count() < 5) {
      problems.add(Message.of(ProblemCode.PASSWORD_TOO_COMMON));
    }
    if (email != null && email.localPart().length() >= 4 && lower.contains(email.localPart())) {
      problems.add(Message.of(ProblemCode.PASSWORD_CONTAINS_EMAIL));
    }
    return problems;
  }
}
