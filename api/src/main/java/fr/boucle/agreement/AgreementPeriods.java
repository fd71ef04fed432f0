package fr.boucle.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The initial period of a framework agreement followed by its renewal periods, each renewal lasting
 * {@code renewalMonths}. A lot's minimum and maximum apply to each period.
 */
public record AgreementPeriods(
    LocalDate startDate, LocalDate initialEndDate, int renewalCount, int renewalMonths) {

  /** The longest an agreement may last, renewals included (article L2125-1). */
  public static final int MAX_YEARS = 4;

  /** One period, both days included. */
  public record Period(int index, LocalDate startsOn, LocalDate endsOn) {
    public boolean contains(LocalDate day) {
      return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
  }

  public List<Period> periods() {
    List<Period> periods = new ArrayList<>();
    periods.add(new Period(0, startDate, initialEndDate));
    for (int k = 1; k <= renewalCount; k++) {
      periods.add(
          new Period(
              k,
              initialEndDate.plusMonths((long) (k - 1) * renewalMonths).plusDays(1),
              initialEndDate.plusMonths((long) k * renewalMonths)));
    }
    return periods;
  }

  public LocalDate endDate() {
    return initialEndDate.plusMonths((long) renewalCount * renewalMonths);
  }

  /** Whether the whole agreement, renewals included, fits in four years. */
  public boolean withinMaximumDuration() {
    return endDate().isBefore(startDate.plusYears(MAX_YEARS));
  }

  public Optional<Period> periodOn(LocalDate day) {
    return periods().stream().filter(p -> p.contains(day)).findFirst();
  }
}
