package fr.boucle.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A buyer's AGEC figures for one year, per category of the declaration schema. */
@Serdeable
public record AgecReport(
    int year,
    String countingRule,
    List<Row> categories,
    long unmappedExclVatCents,
    List<AgecTargets.Source> sources) {

  /**
   * One category: amounts excl. VAT in cents, shares in basis points (rounded down; null without
   * spend), the targets in force for the year in percent (null: none sourced) and whether they are
   * met (null: no target or no spend). {@code targetOrigin}: the décret's targets, or the buyer
   * admin's own for that year and category.
   */
  @Serdeable
  public record Row(
      String category,
      long totalExclVatCents,
      long reuseCents,
      long donationCents,
      long recycledCents,
      @Nullable Integer reuseShareBp,
      @Nullable Integer recycledShareBp,
      @Nullable Integer reuseTargetPercent,
      @Nullable Integer recycledTargetPercent,
      @Nullable Boolean meetsTarget,
      @Nullable AgecTargets.Source source,
      @Nullable String note,
      TargetOrigin targetOrigin) {}
}
