package fr.boucle.invoicing;

import fr.boucle.organisation.PublicBodyType;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The legal payment clock of public buyers: the delay from receipt of the invoice (30 days, 50 for
 * public hospitals), and once it has passed the late-payment interest (the ECB main refinancing
 * rate in force on the first day of the half-year in which interest started to run, plus 8 points,
 * per day late over 365) and the flat 40 EUR recovery indemnity per invoice.
 */
public final class PaymentClock {

  /**
   * The flat recovery indemnity, per invoice paid late (art. D. 2192-35 code commande publique).
   */
  public static final long INDEMNITY_CENTS = 40_00;

  /** Points added to the ECB rate. */
  public static final BigDecimal PENALTY_POINTS = new BigDecimal("8");

  private static final BigDecimal DAYS_A_YEAR = new BigDecimal("365");
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private final EcbRates rates;

  public PaymentClock(EcbRates rates) {
    this.rates = rates;
  }

  /**
   * The legal delay in days for a buyer: 50 for public hospitals, 30 for the State, local
   * authorities and their other public bodies. (Public enterprises, 60 days, have no type yet.)
   */
  public static int legalDelayDays(@Nullable PublicBodyType type) {
    return type == PublicBodyType.HOSPITAL ? 50 : 30;
  }

  /** The due date: the day of receipt (the issue date here) plus the delay. */
  public static LocalDate dueDate(LocalDate receivedOn, int delayDays) {
    return receivedOn.plusDays(delayDays);
  }

  /**
   * Where an invoice stands on {@code today}.
   *
   * @param daysLeft days until the due date (negative once late)
   * @param ecbRatePercent the ECB rate used for the interest (null when not late)
   * @param rateMayBeOutdated the half-year used starts after the rate table was last checked
   */
  public record State(
      long daysLeft,
      boolean overdue,
      long daysLate,
      @Nullable BigDecimal ecbRatePercent,
      long interestCents,
      long indemnityCents,
      boolean rateMayBeOutdated) {}

  /** The clock of an amount still due; nothing is owed on an invoice with nothing due. */
  public State state(LocalDate dueDate, long dueCents, LocalDate today) {
    long daysLeft = ChronoUnit.DAYS.between(today, dueDate);
    if (dueCents <= 0 || daysLeft >= 0) {
      return new State(daysLeft, false, 0, null, 0, 0, false);
    }
    long daysLate = -daysLeft;
    LocalDate halfYear = halfYearStart(dueDate.plusDays(1));
    BigDecimal rate = rates.rateOn(halfYear);
    return new State(
        daysLeft,
        true,
        daysLate,
        rate,
        interestCents(dueCents, rate, daysLate),
        INDEMNITY_CENTS,
        rates.mayBeOutdatedOn(halfYear));
  }

  /** Amount × (rate + 8 points) × days late / 365, rounded half up to the cent. */
  public static long interestCents(long dueCents, BigDecimal ecbRatePercent, long daysLate) {
    return BigDecimal.valueOf(dueCents)
        .multiply(ecbRatePercent.add(PENALTY_POINTS))
        .multiply(BigDecimal.valueOf(daysLate))
        .divide(HUNDRED.multiply(DAYS_A_YEAR), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /** The first day of the half-year the day falls in (1 January or 1 July). */
  public static LocalDate halfYearStart(LocalDate day) {
    return LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
  }
}
