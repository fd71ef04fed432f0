package fr.boucle.reporting;

import io.micronaut.core.annotation.Nullable;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a lot period's consumption against its maximum: the share consumed, the alert level
 * (80 % and 100 %), the thresholds crossed and the day the maximum would be reached at the pace of
 * the period so far. Plain Java, amounts in cents excl. VAT.
 */
public final class SpendRule {

  /** The thresholds that raise an alert, in percent of the maximum. */
  public static final List<Integer> THRESHOLDS = List.of(80, 100);

  /** A lot period's alert level. */
  public enum Alert {
    NONE,
    NEAR,
    REACHED
  }

  private SpendRule() {}

  /** Consumed ÷ maximum in basis points, rounded down; null when the maximum is zero. */
  public static @Nullable Integer consumedBp(long consumedCents, long maximumCents) {
    if (maximumCents <= 0) {
      return null;
    }
    return Math.toIntExact(
        BigInteger.valueOf(consumedCents)
            .multiply(BigInteger.valueOf(10_000))
            .divide(BigInteger.valueOf(maximumCents))
            .longValueExact());
  }

  /** NEAR from 80 % of the maximum, REACHED at 100 %; exact in cents, not in rounded shares. */
  public static Alert alert(long consumedCents, long maximumCents) {
    List<Integer> crossed = thresholdsCrossed(consumedCents, maximumCents);
    if (crossed.contains(100)) {
      return Alert.REACHED;
    }
    return crossed.contains(80) ? Alert.NEAR : Alert.NONE;
  }

  /**
   * The thresholds (80, 100) that consumed has reached: consumed × 100 ≥ threshold × maximum. None
   * for a maximum of zero (nothing can be charged on it).
   */
  public static List<Integer> thresholdsCrossed(long consumedCents, long maximumCents) {
    List<Integer> crossed = new ArrayList<>();
    if (maximumCents <= 0) {
      return crossed;
    }
    for (int t : THRESHOLDS) {
      if (Math.multiplyExact(consumedCents, 100) >= Math.multiplyExact((long) t, maximumCents)) {
        crossed.add(t);
      }
    }
    return crossed;
  }

  /**
   * The day consumed would reach the maximum at the pace of the period so far (consumed ÷ days
   * elapsed, today included): day n of the period with n = ⌈maximum × elapsed ÷ consumed⌉. Today
   * when already reached; null when nothing is consumed, when the period is not under way, or when
   * the day would fall after the period's end.
   */
  public static @Nullable LocalDate forecastReachOn(
      LocalDate startsOn,
      LocalDate endsOn,
      LocalDate today,
      long consumedCents,
      long maximumCents) {
    if (consumedCents <= 0 || today.isBefore(startsOn) || today.isAfter(endsOn)) {
      return null;
    }
    if (consumedCents >= maximumCents) {
      return today;
    }
    long elapsed = ChronoUnit.DAYS.between(startsOn, today) + 1;
    BigInteger[] qr =
        BigInteger.valueOf(maximumCents)
            .multiply(BigInteger.valueOf(elapsed))
            .divideAndRemainder(BigInteger.valueOf(consumedCents));
    long day = qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
    LocalDate reach = startsOn.plusDays(day - 1);
    return reach.isAfter(endsOn) ? null : reach;
  }
}
