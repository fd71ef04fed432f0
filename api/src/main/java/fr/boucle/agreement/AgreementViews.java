package fr.boucle.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the agreement area answers. Amounts are cents excl. VAT. */
public final class AgreementViews {

  private AgreementViews() {}

  @Serdeable
  public record AgreementSummary(
      UUID id,
      String reference,
      String title,
      Procedure procedure,
      LocalDate startDate,
      LocalDate endDate,
      AgreementStatus status,
      boolean inForceToday,
      int lotCount,
      Party buyer) {}

  @Serdeable
  public record AgreementView(
      UUID id,
      String reference,
      String title,
      Procedure procedure,
      LocalDate launchedOn,
      LocalDate startDate,
      LocalDate initialEndDate,
      int renewalCount,
      int renewalMonths,
      LocalDate endDate,
      AgreementStatus status,
      boolean inForceToday,
      boolean environmentalClauseRequired,
      Party buyer,
      List<LotView> lots,
      Instant createdAt,
      Instant updatedAt) {}

  @Serdeable
  public record LotView(
      UUID id,
      int number,
      String title,
      Reservation reservation,
      List<String> categoryIds,
      List<Party> suppliers,
      long minimumExclVatCents,
      long maximumExclVatCents,
      PriceTerms priceTerms,
      @Nullable Integer discountBasisPoints,
      List<AgreementCommands.UnitPrice> unitPrices,
      @Nullable Integer insertionHoursTarget,
      @Nullable String environmentalClause,
      List<PeriodView> periods,
      int platformCommissionBp) {}

  /** A lot period and its consumption; {@code current} marks the period in force today. */
  @Serdeable
  public record PeriodView(
      int index,
      LocalDate startsOn,
      LocalDate endsOn,
      long maximumExclVatCents,
      long committedExclVatCents,
      long invoicedExclVatCents,
      long remainingExclVatCents,
      boolean current) {}

  /** An organisation as agreements show it. */
  @Serdeable
  public record Party(UUID id, String legalName, String siret, @Nullable String insertionStatus) {}
}
