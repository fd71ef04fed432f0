package fr.boucle.invoicing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Requests the invoicing area accepts. */
public final class InvoiceCommands {

  private InvoiceCommands() {}

  /** Issues the invoice of a delivered order; the comment goes on the order's timeline. */
  @Serdeable
  public record Issue(@Nullable @Size(max = 1000) String comment) {}

  /** A full credit note cancelling the invoice, saying why. */
  @Serdeable
  public record CreditNote(@NotBlank @Size(max = 500) String reason) {}

  /** A payment the supplier received (by transfer unless said otherwise). */
  @Serdeable
  public record RecordPayment(
      @NotNull @Min(1) @Max(1_000_000_000_00L) Long amountCents,
      @NotNull LocalDate receivedOn,
      @Nullable InvoiceLedger.Method method,
      @Nullable @Size(max = 140) String reference) {}

  /** The supplier's billing profile, replaced as a whole. */
  @Serdeable
  public record SaveBillingProfile(
      @NotNull InvoiceDocument.VatRegime vatRegime,
      @Nullable @Size(max = 20) String vatNumber,
      @Nullable @Size(max = 42) String iban,
      @Nullable @Size(max = 15) String bic,
      @Nullable @Size(max = 140) String accountHolder,
      @Nullable @Size(max = 200) String street,
      @Nullable @Size(max = 10) String postcode,
      @Nullable @Size(max = 100) String city,
      @Nullable @Size(max = 200) String electronicAddress) {}
}
