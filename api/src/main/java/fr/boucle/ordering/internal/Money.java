package fr.boucle.ordering.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Formats cents for people (French conventions). */
final class Money {

  private Money() {}

  static String euros(long cents) {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.FRANCE);
    return format
        .format(BigDecimal.valueOf(cents, 2))
        .replace('\u202f', ' ')
        .replace('\u00a0', ' ');
  }

  static String rate(int basisPoints) {
    return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString().replace('.', ',')
        + " %";
  }
}
