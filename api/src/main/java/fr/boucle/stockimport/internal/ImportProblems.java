package fr.boucle.stockimport.internal;

import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
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
          Message.of(ProblemCode.IMPORT_FILE_TOO_LARGE, "max", max / (1024 * 1024)),
          List.of(
              Problem.FieldError.of(
                  "file", ProblemCode.IMPORT_FILE_SPLIT, "max", max / (1024 * 1024))));
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
    return new ProblemException(HttpStatus.CONFLICT, ProblemCode.IMPORT_CANNOT_RUN);
  }

  static ProblemException fileGone() {
    return new ProblemException(HttpStatus.GONE, ProblemCode.IMPORT_FILE_GONE);
  }
}
