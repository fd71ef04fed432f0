package fr.boucle.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommissionTest {

  @Test
  void takesTheLotsRateRoundedHalfUpToTheCent() {
    assertThat(Commission.feeCents(120_000, 250)).isEqualTo(3_000); // 2.5 % of 1 200 €
    assertThat(Commission.feeCents(1_001, 150)).isEqualTo(15); // 15.015 → 15
    assertThat(Commission.feeCents(1_010, 150)).isEqualTo(15); // 15.15 → 15
    assertThat(Commission.feeCents(1_030, 150)).isEqualTo(15); // 15.45 → 15
    assertThat(Commission.feeCents(1_034, 150)).isEqualTo(16); // 15.51 → 16
  }

  @Test
  void takesNothingAtZeroAndEverythingAtTenThousand() {
    assertThat(Commission.feeCents(99_999, 0)).isZero();
    assertThat(Commission.feeCents(99_999, 10_000)).isEqualTo(99_999);
    assertThat(Commission.feeCents(0, 500)).isZero();
  }

  @Test
  void refusesARateOutsideZeroToTenThousand() {
    assertThatThrownBy(() -> Commission.feeCents(100, 10_001))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Commission.feeCents(100, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
