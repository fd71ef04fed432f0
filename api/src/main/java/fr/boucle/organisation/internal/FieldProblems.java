package fr.boucle.organisation.internal;

import fr.boucle.organisation.FieldProblem;
import fr.boucle.shared.web.ValidationFailed;
import java.util.List;

/** Turns the domain's field problems into one 400 naming every bad field. */
final class FieldProblems {

  private FieldProblems() {}

  static ValidationFailed.Collector collect(
      ValidationFailed.Collector errors, List<FieldProblem> problems) {
    problems.forEach(p -> errors.add(p.field(), p.message()));
    return errors;
  }

  static void throwIfAny(List<FieldProblem> problems) {
    collect(new ValidationFailed.Collector(), problems).throwIfAny();
  }
}
