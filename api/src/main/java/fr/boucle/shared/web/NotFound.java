package fr.boucle.shared.web;

import io.micronaut.http.HttpStatus;

/** No such object for this caller: missing, or another organisation's (indistinguishable). */
public class NotFound extends ProblemException {
  public NotFound(String what) {
    super(HttpStatus.NOT_FOUND, what + " not found");
  }
}
