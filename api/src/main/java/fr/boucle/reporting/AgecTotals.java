package fr.boucle.reporting;

import io.micronaut.core.annotation.Nullable;

/**
 * One AGEC category's yearly amounts excl. VAT, in cents: the total spend and the parts that are
 * reuse/reutilisation, donations (valued by the grid of the arrêté of 29 February 2024) and
 * recycled content. The parts never exceed the total together, which the schema does not check.
 */
public record AgecTotals(
    String category, long totalCents, long reuseCents, long donationCents, long recycledCents) {

  public AgecTotals {
    if (totalCents < 0 || reuseCents < 0 || donationCents < 0 || recycledCents < 0) {
      throw new IllegalArgumentException("negative amount for " + category);
    }
    if (Math.addExact(Math.addExact(reuseCents, donationCents), recycledCents) > totalCents) {
      throw new IllegalArgumentException(
          "reuse + donations + recycled exceed the total for " + category);
    }
  }

  /** Everything bought through Boucle is refurbished: reuse or reutilisation. */
  public static AgecTotals boughtThroughBoucle(String category, long cents) {
    return new AgecTotals(category, cents, cents, 0, 0);
  }

  public AgecTotals plus(AgecTotals other) {
    return new AgecTotals(
        category,
        Math.addExact(totalCents, other.totalCents),
        Math.addExact(reuseCents, other.reuseCents),
        Math.addExact(donationCents, other.donationCents),
        Math.addExact(recycledCents, other.recycledCents));
  }

  /** Reuse/reutilisation and donations (which count with reuse), in basis points of the total. */
  public @Nullable Integer reuseShareBp() {
    return share(reuseCents + donationCents);
  }

  public @Nullable Integer recycledShareBp() {
    return share(recycledCents);
  }

  /**
   * Whether each target in force is met (exactly: part × 100 ≥ percent × total); null when no
   * target is in force or nothing was spent.
   */
  public @Nullable Boolean meets(
      @Nullable Integer reusePercent, @Nullable Integer recycledPercent) {
    if (totalCents == 0 || (reusePercent == null && recycledPercent == null)) {
      return null;
    }
    return reached(reuseCents + donationCents, reusePercent)
        && reached(recycledCents, recycledPercent);
  }

  private boolean reached(long part, @Nullable Integer percent) {
    return percent == null
        || Math.multiplyExact(part, 100L) >= Math.multiplyExact((long) percent, totalCents);
  }

  /** Rounded down, so that a share never shows a target as met when it is not. */
  private @Nullable Integer share(long part) {
    return totalCents == 0 ? null : (int) (Math.multiplyExact(part, 10_000L) / totalCents);
  }
}
