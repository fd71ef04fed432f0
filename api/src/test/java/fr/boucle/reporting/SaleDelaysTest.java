package fr.boucle.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SaleDelaysTest {

  private static final Instant PUBLISHED = Instant.parse("2026-03-01T10:00:00Z");

  private static Instant daysLater(int days) {
    return PUBLISHED.plusSeconds(days * 86_400L);
  }

  @Test
  void countsEachUnitOnceAndTakesTheMiddleUnit() {
    // Units: 2 days ×1, 10 days ×3, 30 days ×1 → 2, 10, 10, 10, 30: median 10.
    SaleDelays delays =
        new SaleDelays()
            .add(PUBLISHED, daysLater(2), 1)
            .add(PUBLISHED, daysLater(10), 3)
            .add(PUBLISHED, daysLater(30), 1);
    assertThat(delays.median()).isEqualTo(10.0);
  }

  @Test
  void averagesTheTwoMiddleUnitsOfAnEvenCount() {
    SaleDelays delays =
        new SaleDelays().add(PUBLISHED, daysLater(4), 1).add(PUBLISHED, daysLater(9), 1);
    assertThat(delays.median()).isEqualTo(6.5);
  }

  @Test
  void countsWholeParisDaysNeverBelowZeroAndSkipsUnpublishedListings() {
    // Published 23:30 in Paris on 1 March, sold 00:30 on 2 March: one day.
    Instant late = Instant.parse("2026-03-01T22:30:00Z");
    assertThat(new SaleDelays().add(late, late.plusSeconds(3600), 2).median()).isEqualTo(1.0);
    assertThat(new SaleDelays().add(PUBLISHED, PUBLISHED.minusSeconds(86_400 * 3), 1).median())
        .isEqualTo(0.0);
    assertThat(new SaleDelays().add(null, PUBLISHED, 4).median()).isNull();
    assertThat(new SaleDelays().median()).isNull();
  }
}
