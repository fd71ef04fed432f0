package fr.boucle.shared.web;

import io.micronaut.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;

/** A request broke domain rules; every bad field is named. */
public class ValidationFailed extends ProblemException {

  public ValidationFailed(List<Problem.FieldError> errors) {
    super(
        HttpStatus.BAD_REQUEST,
        errors.size() == 1 ? "One field is invalid." : errors.size() + " fields are invalid.",
        errors);
  }

  /** Collects field errors, then throws them all at once. */
  public static final class Collector {
    private final List<Problem.FieldError> errors = new ArrayList<>();

    public Collector add(String field, String message) {
      errors.add(new Problem.FieldError(field, message));
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
