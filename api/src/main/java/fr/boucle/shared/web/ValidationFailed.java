package fr.boucle.shared.web;

import io.micronaut.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;

/** A request broke domain rules; every bad field is named, each with its code. */
public class ValidationFailed extends ProblemException {

  public ValidationFailed(List<Problem.FieldError> errors) {
    super(HttpStatus.BAD_REQUEST, summary(errors.size()), errors);
  }

  /** One field error alone. */
  public ValidationFailed(Problem.FieldError error) {
    this(List.of(error));
  }

  /** "One field is invalid." or "3 fields are invalid.", as code {@code validation-failed}. */
  public static Message summary(int count) {
    return Message.of(ProblemCode.VALIDATION_FAILED, "count", count);
  }

  /** Collects field errors, then throws them all at once. */
  public static final class Collector {
    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** A bad field, why as a code with its values as name, value pairs. */
    public Collector add(String field, ProblemCode code, Object... nameValuePairs) {
      errors.add(Problem.FieldError.of(field, code, nameValuePairs));
      return this;
    }

    public Collector add(String field, Message message) {
      errors.add(new Problem.FieldError(field, message));
      return this;
    }

    public Collector add(Problem.FieldError error) {
      errors.add(error);
      return this;
    }

    public int size() {
      return errors.size();
    }

    public List<Problem.FieldError> errors() {
      return List.copyOf(errors);
    }

    public boolean has(String field) {
      return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public void throwIfAny() {
      if (!errors.isEmpty()) {
        throw new ValidationFailed(errors);
      }
    }
  }
}
