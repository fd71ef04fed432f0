package fr.boucle.shared.web;

import io.micronaut.http.HttpStatus;
import java.util.List;

/**
 * Base of the domain's named failures (e.g. {@code LoginThrottled}, {@code InvitationExpired}):
 * each says which HTTP status and problem it becomes, and which fields were wrong.
 */
public class ProblemException extends RuntimeException {

  private final HttpStatus status;
  private final List<Problem.FieldError> errors;

  public ProblemException(HttpStatus status, String detail) {
    this(status, detail, List.of());
  }

  public ProblemException(HttpStatus status, String detail, List<Problem.FieldError> errors) {
    super(detail);
    this.status = status;
    this.errors = List.copyOf(errors);
  }

  public HttpStatus status() {
    return status;
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }

  /**
   * The problem type: the exception's name, e.g. {@code
   * https://boucle.fr/problems/login-throttled}.
   */
  public String type() {
    return getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
  }
}
