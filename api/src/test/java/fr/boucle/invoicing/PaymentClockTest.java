package fr.boucle.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.organisation.PublicBodyType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PaymentClockTest {

  private static final EcbRates RATES;

  static {
    TreeMap<LocalDate, BigDecimal> rates = new TreeMap<>();
    rates.put(LocalDate.parse("2024-06-12"), new BigDecimal("4.25"));
    rates.put(LocalDate.parse("2024-09-18"), new BigDecimal("3.65"));
    rates.put(LocalDate.parse("2024-12-18"), new BigDecimal("3.15"));
    rates.put(LocalDate.parse("2025-06-11"), new BigDecimal("2.15"));
    RATES = new EcbRates("https://www.ecb.europa.eu/", LocalDate.parse("2025-12-31"), rates);
  }

  private final PaymentClock clock = new PaymentClock(RATES);

  @Test
  void givesHospitalsFiftyDaysAndEveryoneElseThirty() {
    assertThat(PaymentClock.legalDelayDays(PublicBodyType.HOSPITAL)).isEqualTo(50);
    assertThat(PaymentClock.legalDelayDays(PublicBodyType.COMMUNE)).isEqualTo(30);
    assertThat(PaymentClock.legalDelayDays(PublicBodyType.STATE_SERVICE)).isEqualTo(30);
    assertThat(PaymentClock.legalDelayDays(null)).isEqualTo(30);
    assertThat(PaymentClock.dueDate(LocalDate.parse("2025-01-15"), 50))
        .isEqualTo(LocalDate.parse("2025-03-06"));
  }

  @Test
  void countsDaysLeftWithoutInterestBeforeTheDueDate() {
    LocalDate due = LocalDate.parse("2025-03-31");
    PaymentClock.State onTime = clock.state(due, 100_000, LocalDate.parse("2025-03-21"));
    assertThat(onTime.daysLeft()).isEqualTo(10);
    assertThat(onTime.overdue()).isFalse();
    assertThat(onTime.interestCents()).isZero();
    assertThat(onTime.indemnityCents()).isZero();
    assertThat(onTime.ecbRatePercent()).isNull();
    // On the due date itself, not late yet.
    assertThat(clock.state(due, 100_000, due).overdue()).isFalse();
  }

  @Test
  void takesTheRateInForceOnTheFirstDayOfTheHalfYearInterestStartedIn() {
    // Due 30 June 2025: interest runs from 1 July 2025, so the rate of 1 July (2.15, set 11 June).
    PaymentClock.State july =
        clock.state(LocalDate.parse("2025-06-30"), 100_000, LocalDate.parse("2025-07-10"));
    assertThat(july.ecbRatePercent()).isEqualByComparingTo("2.15");
    // Due 29 June 2025: interest runs from 30 June, in the first half-year: the rate of 1 January
    // 2025 (3.15, set 18 December 2024), although 2.15 was in force from 11 June.
    PaymentClock.State june =
        clock.state(LocalDate.parse("2025-06-29"), 100_000, LocalDate.parse("2025-07-10"));
    assertThat(june.ecbRatePercent()).isEqualByComparingTo("3.15");
    assertThat(PaymentClock.halfYearStart(LocalDate.parse("2024-12-31")))
        .isEqualTo(LocalDate.parse("2024-07-01"));
  }

  @Test
  void computesTheInterestRoundedToTheCentPlusTheFlatIndemnity() {
    // 1 234.56 € × (3.15 + 8) % × 45 / 365 = 16.9710 € → 16.97 €.
    PaymentClock.State late =
        clock.state(LocalDate.parse("2025-02-01"), 123_456, LocalDate.parse("2025-03-18"));
    assertThat(late.overdue()).isTrue();
    assertThat(late.daysLate()).isEqualTo(45);
    assertThat(late.daysLeft()).isEqualTo(-45);
    assertThat(late.interestCents()).isEqualTo(1_697);
    assertThat(late.indemnityCents()).isEqualTo(4_000);
    assertThat(late.rateMayBeOutdated()).isFalse();
    // Half a cent rounds up: 365 € × 10 % × 1 day / 365 = 0.10 €; 18.25 € × 10 % / 365 = 0.005 €.
    assertThat(PaymentClock.interestCents(1_825, new BigDecimal("2"), 1)).isEqualTo(1);
    assertThat(PaymentClock.interestCents(1_824, new BigDecimal("2"), 1)).isZero();
  }

  @Test
  void saysWhenTheRateTableMayBeOlderThanTheHalfYearUsed() {
    PaymentClock.State late =
        clock.state(LocalDate.parse("2026-01-10"), 10_000, LocalDate.parse("2026-02-10"));
    assertThat(late.ecbRatePercent()).isEqualByComparingTo("2.15");
    assertThat(late.rateMayBeOutdated()).isTrue();
  }

  @Test
  void owesNothingOnAnInvoiceWithNothingDue() {
    PaymentClock.State paid =
        clock.state(LocalDate.parse("2025-01-10"), 0, LocalDate.parse("2025-03-10"));
    assertThat(paid.overdue()).isFalse();
    assertThat(paid.indemnityCents()).isZero();
  }
}
