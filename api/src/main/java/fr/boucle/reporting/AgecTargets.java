package fr.boucle.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Optional;

/**
 * The minimum shares of décret n° 2024-134 (art. 58 of loi AGEC) per AGEC product category, read
 * from {@code reference/agec/targets.json}: a step applies from its year until the next one; a null
 * percent or list means no target is sourced (never a guess).
 */
@Serdeable
public record AgecTargets(String description, Source source, List<CategoryTargets> categories) {

  /** Where a value comes from, and how far it was checked. */
  @Serdeable
  public record Source(String title, String url, String checked) {}

  /** From {@code year} on, at least {@code percent} % (null: not sourced). */
  @Serdeable
  public record Step(int year, @Nullable Integer percent) {}

  /** The targets of one category (the schema's {@code type_produit_acquis} label). */
  @Serdeable
  public record CategoryTargets(
      String category,
      @Nullable List<Step> reuse,
      @Nullable List<Step> recycled,
      @Nullable Source source,
      @Nullable String note) {

    public @Nullable Integer reuseInForce(int year) {
      return inForce(reuse, year);
    }

    public @Nullable Integer recycledInForce(int year) {
      return inForce(recycled, year);
    }
  }

  /** The categories in the schema's order. */
  public List<String> categoryNames() {
    return categories.stream().map(CategoryTargets::category).toList();
  }

  public Optional<CategoryTargets> of(String category) {
    return categories.stream().filter(c -> c.category().equals(category)).findFirst();
  }

  /** The percent of the latest step whose year is not after {@code year}; null when none. */
  public static @Nullable Integer inForce(@Nullable List<Step> steps, int year) {
    if (steps == null) {
      return null;
    }
    Step found = null;
    for (Step s : steps) {
      if (s.year() <= year && (found == null || s.year() > found.year())) {
        found = s;
      }
    }
    return found == null ? null : found.percent();
  }
}
