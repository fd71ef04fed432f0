package fr.boucle.agreement;

import fr.boucle.shared.Vat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

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

  /**
   * A lot's unit price for a listing: the catalogue price less the discount under {@code
   * CATALOGUE_DISCOUNT}, else the schedule's price of the listing's category or its nearest
   * ancestor (given itself first), or empty when the schedule has none.
   */
  public static OptionalLong unitPrice(
      PriceTerms terms,
      Integer discountBasisPoints,
      Map<String, Long> schedule,
      long cataloguePriceCents,
      List<String> categoryAndAncestors) {
    if (terms == PriceTerms.CATALOGUE_DISCOUNT) {
      return OptionalLong.of(discounted(cataloguePriceCents, discountBasisPoints));
    }
    for (String category : categoryAndAncestors) {
      Long price = schedule.get(category);
      if (price != null) {
        return OptionalLong.of(price);
      }
    }
    return OptionalLong.empty();
  }

  public static long line(long unitPriceCents, int quantity) {
    return Math.multiplyExact(unitPriceCents, (long) quantity);
  }
}
