package fr.boucle.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How long stock takes to sell: each unit sold counts once, with the whole days (Europe/Paris) from
 * its listing's publication to the sale (0 when sold the day it was published, never below). The
 * median of an even count is the mean of the two middle units (so it may end in .5); units of a
 * listing never published do not count; null without any unit.
 */
public final class SaleDelays {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final List<long[]> samples = new ArrayList<>(); // {days, units}

  /** Adds {@code units} sold at {@code soldAt} of a listing published at {@code publishedAt}. */
  public SaleDelays add(Instant publishedAt, Instant soldAt, int units) {
    if (publishedAt == null || units <= 0) {
      return this;
    }
    LocalDate published = LocalDate.ofInstant(publishedAt, PARIS);
    LocalDate sold = LocalDate.ofInstant(soldAt, PARIS);
    samples.add(new long[] {Math.max(0, ChronoUnit.DAYS.between(published, sold)), units});
    return this;
  }

  /** The median in days, or null without any unit. */
  public Double median() {
    long count = samples.stream().mapToLong(s -> s[1]).sum();
    if (count == 0) {
      return null;
    }
    List<long[]> sorted = new ArrayList<>(samples);
    sorted.sort((a, b) -> Long.compare(a[0], b[0]));
    long lower = dayOfUnit(sorted, (count - 1) / 2);
    long upper = dayOfUnit(sorted, count / 2);
    return (lower + upper) / 2.0;
  }

  private static long dayOfUnit(List<long[]> sorted, long index) {
    long seen = 0;
    for (long[] s : sorted) {
      seen += s[1];
      if (index < seen) {
        return s[0];
      }
    }
    throw new IllegalStateException("index past the units");
  }
}
