package fr.boucle.shared.web;

import io.micronaut.http.HttpStatus;

/**
 * No such object for this caller: missing, or another organisation's (indistinguishable). Code
 * {@code not-found}, with the kind of object in {@code resource} (e.g. {@code Listing}).
 */
public class NotFound extends ProblemException {
  public NotFound(String what) {
    super(HttpStatus.NOT_FOUND, ProblemCode.NOT_FOUND, "resource", what);
  }
}
