package fr.boucle.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.shared.web.Problem;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PurchaseElsewhereEntryTest {

  private static final String TEXTILES =
      "Produits textiles à l'exception des équipements de protection individuels";
  private static final Set<String> CATEGORIES = Set.of(TEXTILES);
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  private static PurchaseElsewhereEntry entry(
      long total, long reuse, long donation, long recycled) {
    return new PurchaseElsewhereEntry(
        LocalDate.of(2026, 3, 2),
        TEXTILES,
        "Uniforms",
        "Atelier",
        total,
        reuse,
        donation,
        recycled);
  }

  @Test
  void acceptsPartsUpToTheTotal() {
    assertThat(entry(10_000, 5_000, 2_000, 3_000).problems("", CATEGORIES, TODAY)).isEmpty();
    assertThat(entry(10_000, 0, 0, 0).problems("", CATEGORIES, TODAY)).isEmpty();
  }

  @Test
  void refusesPartsAboveTheTotalNamingEachPart() {
    assertThat(entry(10_000, 5_000, 2_000, 3_001).problems("rows[4].", CATEGORIES, TODAY))
        .extracting(Problem.FieldError::field)
        .containsExactly("rows[4].reuseCents", "rows[4].donationCents", "rows[4].recycledCents");
  }

  @Test
  void namesEveryMissingOrBadField() {
    PurchaseElsewhereEntry bad =
        new PurchaseElsewhereEntry(
            LocalDate.of(2026, 7, 1), "Chaussettes", " ", null, -1L, null, 0L, 0L);
    assertThat(bad.problems("", CATEGORIES, TODAY))
        .extracting(Problem.FieldError::field)
        .containsExactly(
            "purchasedOn",
            "category",
            "description",
            "supplierName",
            "totalExclVatCents",
            "reuseCents");
  }
}
