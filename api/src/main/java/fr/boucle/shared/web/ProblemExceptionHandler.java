package fr.boucle.shared.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.net.URI;

/**
 * Turns the domain's named failures into problem+json, keeping their type, code and field errors,
 * worded in the request's language.
 */
@Singleton
class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, ProblemException e) {
    Problem problem =
        Problem.of(
            request,
            URI.create("https://boucle.fr/problems/" + e.type()),
            e.status(),
            e.problem(),
            e.errors());
    MutableHttpResponse<Problem> response = problem.toResponse();
    if (e instanceof ServiceUnavailable unavailable) {
      response.header("Retry-After", String.valueOf(unavailable.retryAfterSeconds()));
    }
    return response;
  }
}
