package fr.boucle.stockimport;

import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import java.util.Optional;

/** How a run writes the file's listings. */
public enum ImportMode {
  /** Valid lines go in, one transaction per batch; the rejected ones are reported. */
  PARTIAL(ImportPhase.WRITING, ProblemCode.IMPORT_STOPPED_PARTLY_IMPORTED),
  /** The whole file is checked first, then written in one transaction, or nothing is. */
  ALL_OR_NOTHING(ImportPhase.VALIDATING, ProblemCode.IMPORT_STOPPED_NOTHING_IMPORTED);

  private final ImportPhase firstPhase;
  private final ProblemCode afterFailure;

  ImportMode(ImportPhase firstPhase, ProblemCode afterFailure) {
    this.firstPhase = firstPhase;
    this.afterFailure = afterFailure;
  }

  /** The mode a client asked for, in any case; PARTIAL when it names none. */
  public static Optional<ImportMode> parse(@Nullable String wanted) {
    if (wanted == null) {
      return Optional.of(PARTIAL);
    }
    String name = wanted.strip().toUpperCase(Locale.ROOT);
    for (ImportMode mode : values()) {
      if (mode.name().equals(name)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }

  /** The phase a run in this mode starts with. */
  public ImportPhase firstPhase() {
    return firstPhase;
  }

  /** The message of a run in this mode stopped by an unexpected error: what was written. */
  public Message unexpectedFailureMessage() {
    return Message.of(afterFailure);
  }
}
