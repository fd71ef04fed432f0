package fr.boucle.reporting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A social clause's insertion-hours target spread over the lot's periods: each period plans the
 * target × its share of the lot's maximum (the sum of its periods' maxima), in whole hours by the
 * largest remainder, so the periods add up to the target exactly.
 */
public final class PlannedHours {

  private PlannedHours() {}

  /** The hours planned per period, in the order of {@code periodMaximaCents}. */
  public static List<Long> spread(long targetHours, List<Long> periodMaximaCents) {
    if (targetHours < 0) {
      throw new IllegalArgumentException("negative target");
    }
    long total = periodMaximaCents.stream().mapToLong(Long::longValue).sum();
    List<Long> planned = new ArrayList<>();
    if (total <= 0) {
      periodMaximaCents.forEach(m -> planned.add(0L));
      return planned;
    }
    long[] remainders = new long[periodMaximaCents.size()];
    long given = 0;
    for (int i = 0; i < periodMaximaCents.size(); i++) {
      // Hours × cents may pass a long: divide exactly in BigInteger.
      BigInteger[] qr =
          BigInteger.valueOf(targetHours)
              .multiply(BigInteger.valueOf(periodMaximaCents.get(i)))
              .divideAndRemainder(BigInteger.valueOf(total));
      planned.add(qr[0].longValueExact());
      remainders[i] = qr[1].longValueExact();
      given += qr[0].longValueExact();
    }
    long left = targetHours - given;
    while (left > 0) {
      int best = 0;
      for (int i = 1; i < remainders.length; i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      planned.set(best, planned.get(best) + 1);
      remainders[best] = -1;
      left--;
    }
    return planned;
  }
}
