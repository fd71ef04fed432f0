package fr.boucle.shared.web;

import io.micronaut.http.HttpStatus;

/** The caller may see the object but not do this to it (e.g. a staff member changing roles). */
public class Forbidden extends ProblemException {
  public Forbidden(ProblemCode code, Object... nameValuePairs) {
    super(HttpStatus.FORBIDDEN, code, nameValuePairs);
  }

  public Forbidden(Message message) {
    super(HttpStatus.FORBIDDEN, message);
  }
}
