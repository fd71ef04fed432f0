package fr.boucle.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** French VAT on exact amounts: rates in basis points (2000 = 20 %), amounts in cents. */
public final class Vat {

  private static final BigDecimal BASIS = BigDecimal.valueOf(10_000);

  private Vat() {}

  /** The VAT on an amount excluding VAT, rounded half-up to the cent. */
  public static long of(long exclVatCents, int rateBasisPoints) {
    return BigDecimal.valueOf(exclVatCents)
        .multiply(BigDecimal.valueOf(rateBasisPoints))
        .divide(BASIS, 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /** The amount including VAT: the amount plus its VAT rounded half-up to the cent. */
  public static long inclusive(long exclVatCents, int rateBasisPoints) {
    return Math.addExact(exclVatCents, of(exclVatCents, rateBasisPoints));
  }
}
