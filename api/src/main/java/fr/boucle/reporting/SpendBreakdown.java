package fr.boucle.reporting;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * The buyer's spend of orders submitted in a range, grouped by service, category, supplier or
 * month; totals are equal for every grouping of the same filters.
 */
@Serdeable
public record SpendBreakdown(
    String by, LocalDate from, LocalDate to, List<Row> rows, Amounts totals) {

  @Serdeable
  public record Row(
      String key,
      String label,
      long committedCents,
      long invoicedCents,
      long paidCents,
      long consumedCents) {}

  @Serdeable
  public record Amounts(
      long committedCents, long invoicedCents, long paidCents, long consumedCents) {}
}
