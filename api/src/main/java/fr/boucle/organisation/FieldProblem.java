package fr.boucle.organisation;

import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;

/** A field of a request that breaks a rule, named as the request names it. */
public record FieldProblem(String field, Message message) {
  public FieldProblem(String field, ProblemCode code, Object... params) {
    this(field, Message.of(code, params));
  }
}
