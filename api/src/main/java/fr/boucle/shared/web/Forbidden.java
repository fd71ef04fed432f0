package fr.boucle.shared.web;

import io.micronaut.http.HttpStatus;

/** The caller may see the object but not do this to it (e.g. a staff member changing roles). */
public class Forbidden extends ProblemException {
  public Forbidden(String detail) {
    super(HttpStatus.FORBIDDEN, detail);
  }
}
