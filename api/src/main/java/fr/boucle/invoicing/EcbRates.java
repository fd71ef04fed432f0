package fr.boucle.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The ECB main refinancing operations rate by the date each took effect, kept as data with its
 * source and the day the table was last checked against it.
 */
public record EcbRates(
    String source, LocalDate checkedOn, NavigableMap<LocalDate, BigDecimal> rates) {

  public EcbRates {
    if (rates.isEmpty()) {
      throw new IllegalArgumentException("no ECB rate");
    }
    rates = new TreeMap<>(rates);
  }

  /** The rate in force on that day (the last one that took effect on or before it). */
  public BigDecimal rateOn(LocalDate day) {
    Map.Entry<LocalDate, BigDecimal> entry = rates.floorEntry(day);
    if (entry == null) {
      throw new IllegalArgumentException("no ECB rate known on " + day);
    }
    return entry.getValue();
  }

  /** Whether the ECB may have changed its rate by that day since the table was checked. */
  public boolean mayBeOutdatedOn(LocalDate day) {
    return day.isAfter(checkedOn);
  }
}
