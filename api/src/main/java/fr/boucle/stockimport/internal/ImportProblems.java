package fr.boucle.stockimport.internal;

import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemException;
import fr.boucle.stockimport.ImportStatus;
import io.micronaut.http.HttpStatus;
import java.util.List;

/** The problems an import answers with. */
final class ImportProblems {

  private ImportProblems() {}

  /** The upload was larger than allowed. */
  static final class FileTooLarge extends ProblemException {
    FileTooLarge(long max) {
      super(
          HttpStatus.REQUEST_ENTITY_TOO_LARGE,
          "The file is larger than " + (max / (1024 * 1024)) + " MB.",
          List.of(
              new Problem.FieldError(
                  "file",
                  "must be at most "
                      + (max / (1024 * 1024))
                      + " MB: split it into several files")));
    }
  }

  /** Refuses to map, check or run a job that is running or done. */
  static void refuseUnlessEditable(ImportStatus status) {
    status
        .whyNotEditable()
        .ifPresent(why -> {
          throw new ProblemException(HttpStatus.CONFLICT, why);
        });
  }

  static ProblemException cannotRunNow() {
    return new ProblemException(HttpStatus.CONFLICT, "This import cannot be run now.");
  }

  static ProblemException fileGone() {
    return new ProblemException(
        HttpStatus.GONE, "The uploaded file is no longer kept; upload it again.");
  }
}
