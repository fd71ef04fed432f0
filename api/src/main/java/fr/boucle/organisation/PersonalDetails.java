package fr.boucle.organisation;

import fr.boucle.shared.web.ProblemCode;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's correction of their own details (RGPD art. 16): a name of 2 to 120 characters and a
 * valid address that nobody else uses and that is not an erased person's placeholder.
 */
public record PersonalDetails(String fullName, EmailAddress email) {

  /** The details once trimmed, or every bad field named. */
  public static Checked check(String rawName, String rawEmail, EmailTaken taken) {
    List<FieldProblem> problems = new ArrayList<>();
    String name = rawName == null ? "" : rawName.trim().replaceAll("\\s+", " ");
    if (name.length() < 2 || name.length() > 120) {
      problems.add(new FieldProblem("fullName", ProblemCode.FULL_NAME_LENGTH));
    }
    EmailAddress email = null;
    try {
      email = EmailAddress.of(rawEmail);
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("email", ProblemCode.EMAIL_INVALID));
    }
    if (email != null && Erasure.isPlaceholder(email.value())) {
      problems.add(new FieldProblem("email", ProblemCode.EMAIL_INVALID));
      email = null;
    }
    if (email != null && taken.byAnotherPerson(email.value())) {
      problems.add(new FieldProblem("email", ProblemCode.EMAIL_TAKEN));
    }
    return problems.isEmpty()
        ? new Checked(new PersonalDetails(name, email), List.of())
        : new Checked(null, List.copyOf(problems));
  }

  /** Whether an address already belongs to someone else. */
  @FunctionalInterface
  public interface EmailTaken {
    boolean byAnotherPerson(String email);
  }

  /** The details, or the problems that stop them. */
  public record Checked(PersonalDetails details, List<FieldProblem> problems) {}
}
