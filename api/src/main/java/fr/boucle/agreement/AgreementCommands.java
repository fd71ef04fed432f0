package fr.boucle.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Requests the agreement area accepts. */
public final class AgreementCommands {

  private AgreementCommands() {}

  /** A whole framework agreement with its lots (create, or replace while it is a draft). */
  @Serdeable
  public record SaveAgreement(
      @NotBlank @Size(max = 60) String reference,
      @NotBlank @Size(min = 3, max = 200) String title,
      @NotNull Procedure procedure,
      @NotNull LocalDate launchedOn,
      @NotNull LocalDate startDate,
      @NotNull LocalDate initialEndDate,
      @Nullable @Min(0) @Max(10) Integer renewalCount,
      @Nullable @Min(1) @Max(48) Integer renewalMonths,
      @NotEmpty @Size(max = 50) List<@NotNull @Valid SaveLot> lots) {}

  @Serdeable
  public record SaveLot(
      @NotNull @Min(1) @Max(999) Integer number,
      @NotBlank @Size(max = 200) String title,
      @NotEmpty @Size(max = 100) List<@NotBlank String> categoryIds,
      @NotNull Reservation reservation,
      @NotEmpty @Size(max = 50) List<@NotNull UUID> supplierIds,
      @NotNull @PositiveOrZero Long minimumExclVatCents,
      @NotNull @Positive Long maximumExclVatCents,
      @NotNull PriceTerms priceTerms,
      @Nullable @Min(0) @Max(10_000) Integer discountBasisPoints,
      @Nullable @Size(max = 200) List<@NotNull @Valid UnitPrice> unitPrices,
      @Nullable @PositiveOrZero Integer insertionHoursTarget,
      @Nullable @Size(max = 4000) String environmentalClause,
      /* The platform's commission on card and transfer payments through Stripe, in basis points
      (0 to 10 000, 0 when absent: e.g. reserved lots). */
      @Nullable @Min(0) @Max(10_000) Integer platformCommissionBp) {}

  @Serdeable
  public record UnitPrice(
      @NotBlank String categoryId, @NotNull @PositiveOrZero Long unitPriceExclVatCents) {}
}
