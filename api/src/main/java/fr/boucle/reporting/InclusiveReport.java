package fr.boucle.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * A buyer's consumed spend (committed + invoiced excl. VAT, in cents) by its suppliers' insertion
 * status, and separately on reserved lots, per month of the orders' submission.
 */
@Serdeable
public record InclusiveReport(
    LocalDate from,
    LocalDate to,
    long totalCents,
    long siaeCents,
    long eaEsatCents,
    long reservedLotsCents,
    long otherCents,
    @Nullable Integer inclusiveShareBp,
    List<Month> months) {

  /** One month ({@code yyyy-mm}); other = total − SIAE − EA/ESAT. */
  @Serdeable
  public record Month(
      String month, long totalCents, long siaeCents, long eaEsatCents, long reservedLotsCents) {}

  /** A share in basis points, rounded down; null over zero. */
  public static Integer shareBp(long part, long total) {
    return total == 0 ? null : (int) (part * 10_000 / total);
  }
}
