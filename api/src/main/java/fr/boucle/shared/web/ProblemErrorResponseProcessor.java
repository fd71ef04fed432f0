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
    List<Problem.FieldError> fieldErrors = new ArrayList<>();
    if (status.getCode() < 500) {
      for (Error error : context.getErrors()) {
        if (error.getPath().isPresent()) {
          fieldErrors.add(
              Problem.FieldError.of(
                  fieldName(error.getPath().get()), fieldCode(error.getMessage())));
        }
      }
    }
    Message message =
        !fieldErrors.isEmpty() ? ValidationFailed.summary(fieldErrors.size()) : forStatus(status);
    Problem problem =
        Problem.of(
            context.getRequest(),
            typeFor(status, !fieldErrors.isEmpty()),
            status,
            message,
            fieldErrors.isEmpty() ? null : List.copyOf(fieldErrors));
    return response.body(problem).contentType(PROBLEM_JSON);
  }

  /** Micronaut's own words for a bad argument, as a code: missing, or not readable. */
  static ProblemCode fieldCode(String micronautMessage) {
    return micronautMessage != null && micronautMessage.startsWith("Required ")
        ? ProblemCode.FIELD_REQUIRED
        : ProblemCode.FIELD_FORMAT;
  }

  /**
   * A problem Micronaut itself answers (no route, wrong method, unreadable body…), said by its
   * status. A 5xx never carries the exception's message: that stays in the log.
   */
  static Message forStatus(HttpStatus status) {
    return Message.of(
        switch (status.getCode()) {
          case 400 -> ProblemCode.BAD_REQUEST;
          case 401 -> ProblemCode.UNAUTHORIZED;
          case 403 -> ProblemCode.FORBIDDEN;
          case 404 -> ProblemCode.PAGE_NOT_FOUND;
          case 405 -> ProblemCode.METHOD_NOT_ALLOWED;
          case 406 -> ProblemCode.NOT_ACCEPTABLE;
          case 413 -> ProblemCode.REQUEST_TOO_LARGE;
          case 415 -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
          default -> status.getCode() >= 500 ? ProblemCode.INTERNAL_ERROR : ProblemCode.BAD_REQUEST;
        });
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
