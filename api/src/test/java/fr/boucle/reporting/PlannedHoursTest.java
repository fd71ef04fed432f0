package fr.boucle.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlannedHoursTest {

  @Test
  void spreadsTheTargetByEachPeriodsShareOfTheLotMaximum() {
    assertThat(PlannedHours.spread(120, List.of(100_000_00L, 100_000_00L, 100_000_00L)))
        .containsExactly(40L, 40L, 40L);
    assertThat(PlannedHours.spread(300, List.of(200_000_00L, 100_000_00L)))
        .containsExactly(200L, 100L);
  }

  @Test
  void givesTheRoundedOffHoursToTheLargestRemaindersSoPeriodsAddUpToTheTarget() {
    // 100 × 1/3 = 33.33 each: one period gets the hour left, the first of equal remainders.
    assertThat(PlannedHours.spread(100, List.of(1L, 1L, 1L))).containsExactly(34L, 33L, 33L);
    // 10 × 2/7 = 2.857, 10 × 5/7 = 7.143: the first period's .857 wins the hour.
    assertThat(PlannedHours.spread(10, List.of(2L, 5L))).containsExactly(3L, 7L);
    List<Long> planned = PlannedHours.spread(1_000_000, List.of(999_999_999_999_99L, 7L, 13L));
    assertThat(planned.stream().mapToLong(Long::longValue).sum()).isEqualTo(1_000_000L);
  }

  @Test
  void plansNothingWithoutAMaximumAndRefusesANegativeTarget() {
    assertThat(PlannedHours.spread(50, List.of(0L, 0L))).containsExactly(0L, 0L);
    assertThat(PlannedHours.spread(0, List.of(5L, 5L))).containsExactly(0L, 0L);
    assertThatThrownBy(() -> PlannedHours.spread(-1, List.of(5L)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
