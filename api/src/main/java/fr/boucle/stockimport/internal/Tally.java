package fr.boucle.stockimport.internal;

import fr.boucle.listing.ListingWriter;
import fr.boucle.stockimport.LineError;
import java.util.List;

/** Counters of one pass over a file. */
final class Tally {
  int processed;
  int created;
  int updated;
  int unchanged;
  int rejected;
  int storedErrors;

  /** Counts what the writer did (or would do) with each row; refused rows count as rejected. */
  void count(List<ListingWriter.Result> results) {
    for (ListingWriter.Result r : results) {
      if (r.refusal() != null) {
        continue; // counted with the rejected lines
      }
      switch (r.outcome()) {
        case CREATED -> created++;
        case UPDATED -> updated++;
        case UNCHANGED -> unchanged++;
      }
    }
  }

  /** Only what was checked and rejected: nothing was written. */
  Tally nothingWritten() {
    Tally t = new Tally();
    t.processed = processed;
    t.rejected = rejected;
    return t;
  }

  /**
   * How many lines a list of errors covers: one line may have several errors, each line's ending
   * with a null marker.
   */
  static int lineCount(List<LineError> rejected) {
    int n = 0;
    for (LineError e : rejected) {
      if (e == null) {
        n++;
      }
    }
    return n;
  }
}
