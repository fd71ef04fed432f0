package fr.boucle.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A buyer's framework spend per agreement, lot and period (docs/reports-api.md): amounts excl. VAT
 * in cents summed from the spend ledger, shares in basis points (rounded down, null without a
 * maximum). Totals are the sums over every period listed.
 */
@Serdeable
public record SpendOverview(Instant asOf, Figures totals, List<Lot> lots) {

  /** Maximum, committed (ordered, not invoiced), invoiced (incl. paid), paid, remaining. */
  @Serdeable
  public record Figures(
      long maximumCents,
      long committedCents,
      long invoicedCents,
      long paidCents,
      long remainingCents,
      @Nullable Integer consumedBp) {}

  @Serdeable
  public record Lot(
      UUID agreementId,
      String agreementReference,
      String agreementTitle,
      UUID lotId,
      int lotNumber,
      String lotTitle,
      String reservation,
      List<Period> periods) {}

  /**
   * A lot period; {@code alert} counts the whole lot's consumption (the maximum is the lot's), the
   * other amounts the services asked for.
   */
  @Serdeable
  public record Period(
      int periodIndex,
      LocalDate startsOn,
      LocalDate endsOn,
      boolean current,
      long maximumCents,
      long committedCents,
      long invoicedCents,
      long paidCents,
      long remainingCents,
      @Nullable Integer consumedBp,
      @Nullable LocalDate forecastReachOn,
      SpendRule.Alert alert) {}
}
