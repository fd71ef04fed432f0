package fr.boucle.shared.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns every error the server answers into {@code application/problem+json}. A 5xx never carries
 * the exception's message or stack trace: those stay in the log.
 */
@Singleton
@Primary
class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

  static final MediaType PROBLEM_JSON = MediaType.of(Problem.MEDIA_TYPE);

  @Override
  public MutableHttpResponse<Problem> processResponse(
      ErrorContext context, MutableHttpResponse<?> response) {
    HttpStatus status = response.getStatus();
    String detail = null;
    List<Problem.FieldError> fieldErrors = new ArrayList<>();
    if (status.getCode() < 500) {
      for (Error error : context.getErrors()) {
        if (error.getPath().isPresent()) {
          fieldErrors.add(
              new Problem.FieldError(fieldName(error.getPath().get()), error.getMessage()));
        } else if (detail == null) {
          detail = error.getMessage();
        }
      }
    } else {
      detail = "An unexpected error occurred. It has been logged; please try again later.";
    }
    if (detail == null && !fieldErrors.isEmpty()) {
      detail =
          fieldErrors.size() == 1
              ? "One field is invalid."
              : fieldErrors.size() + " fields are invalid.";
    }
    Problem problem =
        new Problem(
            typeFor(status, !fieldErrors.isEmpty()),
            status.getReason(),
            status.getCode(),
            detail,
            context.getRequest().getPath(),
            fieldErrors.isEmpty() ? null : List.copyOf(fieldErrors));
    return response.body(problem).contentType(PROBLEM_JSON);
  }

  /**
   * Strips the method-parameter prefix Micronaut validation puts on a path (create.command.title).
   */
  static String fieldName(String path) {
    String[] parts = path.split("\\.");
    if (parts.length >= 3) {
      return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
    }
    return parts.length == 2 ? parts[1] : path;
  }

  private static URI typeFor(HttpStatus status, boolean validation) {
    if (validation) {
      return URI.create("https://boucle.fr/problems/validation");
    }
    return URI.create("about:blank");
  }
}
