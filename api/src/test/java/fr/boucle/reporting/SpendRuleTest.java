package fr.boucle.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SpendRuleTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final LocalDate END = LocalDate.of(2026, 12, 31);

  @Test
  void sharesAreBasisPointsRoundedDownAndNullWithoutMaximum() {
    assertThat(SpendRule.consumedBp(79_999, 100_000)).isEqualTo(7_999);
    assertThat(SpendRule.consumedBp(1, 3)).isEqualTo(3_333);
    assertThat(SpendRule.consumedBp(0, 100)).isZero();
    assertThat(SpendRule.consumedBp(5, 0)).isNull();
  }

  @Test
  void alertsFromEightyPercentAndAtTheMaximumToTheCent() {
    assertThat(SpendRule.alert(79_999, 100_000)).isEqualTo(SpendRule.Alert.NONE);
    assertThat(SpendRule.alert(80_000, 100_000)).isEqualTo(SpendRule.Alert.NEAR);
    assertThat(SpendRule.alert(99_999, 100_000)).isEqualTo(SpendRule.Alert.NEAR);
    assertThat(SpendRule.alert(100_000, 100_000)).isEqualTo(SpendRule.Alert.REACHED);
    // 80 % of 1,01 € is 0,808 €: 0,80 € is not there yet, although it rounds to 79 %.
    assertThat(SpendRule.alert(80, 101)).isEqualTo(SpendRule.Alert.NONE);
    assertThat(SpendRule.alert(81, 101)).isEqualTo(SpendRule.Alert.NEAR);
    assertThat(SpendRule.thresholdsCrossed(100_000, 100_000)).containsExactly(80, 100);
    assertThat(SpendRule.thresholdsCrossed(0, 0)).isEmpty();
  }

  @Test
  void forecastsTheDayTheMaximumIsReachedAtThePaceSoFar() {
    // 10 days elapsed (1 to 10 January), 10 % consumed: the maximum on day 100, 10 April.
    assertThat(SpendRule.forecastReachOn(START, END, LocalDate.of(2026, 1, 10), 10_000, 100_000))
        .isEqualTo(LocalDate.of(2026, 4, 10));
    // A pace that does not divide evenly rounds up to the day the maximum is passed: 3 per day
    // over 3 days reaches 100 on day 34.
    assertThat(SpendRule.forecastReachOn(START, END, LocalDate.of(2026, 1, 3), 9, 100))
        .isEqualTo(LocalDate.of(2026, 2, 3));
  }

  @Test
  void forecastsNothingWithoutSpendOrPastThePeriodAndTodayWhenReached() {
    LocalDate mid = LocalDate.of(2026, 7, 1);
    assertThat(SpendRule.forecastReachOn(START, END, mid, 0, 100_000)).isNull();
    assertThat(SpendRule.forecastReachOn(START, END, mid, 10_000, 100_000))
        .as("at this pace, after the end")
        .isNull();
    assertThat(SpendRule.forecastReachOn(START, END, mid, 100_000, 100_000)).isEqualTo(mid);
    assertThat(SpendRule.forecastReachOn(START, END, END.plusDays(1), 50_000, 100_000)).isNull();
    assertThat(SpendRule.forecastReachOn(START, END, END, 99_999, 100_000))
        .as("the next day, after the end")
        .isNull();
  }
}
