package fr.boucle.shared.web;

import io.micronaut.http.HttpStatus;
import java.util.List;

/**
 * Base of the domain's named failures (e.g. {@code LoginThrottled}, {@code InvitationExpired}):
 * each says which HTTP status and problem it becomes, with its stable code, and which fields were
 * wrong. The exception's own message is the English text, for logs.
 */
public class ProblemException extends RuntimeException {

  private final HttpStatus status;
  private final Message problem;
  private final List<Problem.FieldError> errors;

  public ProblemException(HttpStatus status, ProblemCode code, Object... nameValuePairs) {
    this(status, Message.of(code, nameValuePairs), List.of());
  }

  public ProblemException(HttpStatus status, Message message) {
    this(status, message, List.of());
  }

  public ProblemException(HttpStatus status, Message message, List<Problem.FieldError> errors) {
    super(message.english());
    this.status = status;
    this.problem = message;
    this.errors = List.copyOf(errors);
  }

  public HttpStatus status() {
    return status;
  }

  /** What happened, as a code with its values. */
  public Message problem() {
    return problem;
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
