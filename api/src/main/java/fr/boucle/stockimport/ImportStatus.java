package fr.boucle.stockimport;

import fr.boucle.shared.web.ProblemCode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where an import job stands, and which status may follow which: an uploaded job may be mapped,
 * checked (dry run) and run; a run ends DONE or FAILED; a failed job may be run again, a done one
 * never (its file is deleted).
 */
public enum ImportStatus {
  /** The file is kept and inspected; its mapping may change. */
  UPLOADED,
  /** A dry run read the whole file with the current mapping. */
  PREVIEWED,
  /** A run is going on in the background. */
  RUNNING,
  /** The run went to its end: its counters say what was written. */
  DONE,
  /** The run stopped: nothing, or the batches counted, were written; it may be run again. */
  FAILED;

  /** The statuses from which a dry run or a run may start. */
  public static final Set<ImportStatus> STARTABLE = EnumSet.of(UPLOADED, PREVIEWED, FAILED);

  /** Why the job's mapping, dry run or run may not start now; empty when they may. */
  public Optional<ProblemCode> whyNotEditable() {
    return switch (this) {
      case RUNNING -> Optional.of(ProblemCode.IMPORT_RUNNING);
      case DONE -> Optional.of(ProblemCode.IMPORT_DONE);
      default -> Optional.empty();
    };
  }

  /** The statuses this one may follow: a transition from anything else is illegal. */
  public Set<ImportStatus> reachableFrom() {
    return switch (this) {
      case UPLOADED -> EnumSet.of(PREVIEWED); // a new mapping voids the dry run
      case PREVIEWED, RUNNING -> STARTABLE;
      case DONE, FAILED -> EnumSet.of(RUNNING);
    };
  }

  public boolean mayBecome(ImportStatus next) {
    return next.reachableFrom().contains(this);
  }

  /** The status after a new mapping: a dry run of the previous mapping no longer holds. */
  public ImportStatus afterMapping() {
    return this == PREVIEWED ? UPLOADED : this;
  }

  /**
   * Whether the uploaded file still has a use: not once DONE, and not when the job was left
   * untouched since {@code cutoff} (unless it is running).
   */
  public boolean keepsFile(Instant updatedAt, Instant cutoff) {
    return this != DONE && (this == RUNNING || !updatedAt.isBefore(cutoff));
  }
}
