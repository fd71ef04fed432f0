package fr.boucle.shared.web;

import io.micronaut.http.HttpStatus;

/**
 * A dependency Boucle can live without for a while (Elasticsearch) does not answer: 503 with the
 * seconds after which to try again in {@code Retry-After}.
 */
public class ServiceUnavailable extends ProblemException {

  private final int retryAfterSeconds;

  public ServiceUnavailable(ProblemCode code, int retryAfterSeconds) {
    super(HttpStatus.SERVICE_UNAVAILABLE, code);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
