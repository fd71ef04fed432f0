package fr.boucle.agreement;

import fr.boucle.shared.Vat;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rounding rule of order lines: the unit price after discount is rounded half-up to the cent; a
 * line's amount excluding VAT is that unit price times the quantity; its VAT is rounded half-up to
 * the cent per line. Order totals are sums of lines.
 */
public final class Pricing {

  private static final BigDecimal BASIS = BigDecimal.valueOf(10_000);

  private Pricing() {}

  /** A catalogue price less a discount in basis points (1250 = 12.5 %), rounded half-up. */
  public static long discounted(long priceCents, int discountBasisPoints) {
    return BigDecimal.valueOf(priceCents)
        .multiply(BigDecimal.valueOf(10_000L - discountBasisPoints))
        .divide(BASIS, 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /** The VAT of a line at a rate in basis points (2000 = 20 %), rounded half-up to the cent. */
  public static long vat(long lineExclVatCents, int vatRateBasisPoints) {
    return Vat.of(lineExclVatCents, vatRateBasisPoints);
  }

  public static long line(long unitPriceCents, int quantity) {
    return Math.multiplyExact(unitPriceCents, (long) quantity);
  }
}
