package fr.boucle.invoicing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the invoicing area answers. Amounts are integer cents (a credit note's are negative), VAT
 * rates basis points.
 */
public final class InvoiceViews {

  private InvoiceViews() {}

  @Serdeable
  public record PartyRef(UUID id, String name) {}

  @Serdeable
  public record CreditNoteRef(
      UUID id, String number, LocalDate issueDate, long totalInclVatCents) {}

  @Serdeable
  public record Payment(
      UUID id,
      long amountCents,
      LocalDate receivedOn,
      InvoiceLedger.Method method,
      @Nullable String reference,
      String recordedBy) {}

  @Serdeable
  public record Line(
      int number,
      String description,
      @Nullable String sku,
      int quantity,
      long unitPriceExclVatCents,
      int vatRateBp,
      long lineExclVatCents) {}

  /**
   * An invoice or credit note with its payment clock. {@code daysLeft} is negative once late; the
   * interest, indemnity and ECB rate are those owed today when overdue (zero/absent otherwise);
   * {@code ecbRateMayBeOutdated} says the half-year used starts after the ECB table was last
   * checked. The list leaves out {@code lines} and {@code payments}.
   */
  @Serdeable
  public record Invoice(
      UUID id,
      InvoiceDocument.Kind kind,
      String number,
      InvoiceStatus status,
      LocalDate issueDate,
      LocalDate dueDate,
      @Nullable Long daysLeft,
      boolean overdue,
      long lateInterestCents,
      long indemnityCents,
      @Nullable BigDecimal ecbRatePercent,
      boolean ecbRateMayBeOutdated,
      PartyRef supplier,
      PartyRef buyer,
      String serviceName,
      UUID orderId,
      String orderNumber,
      String agreementReference,
      String lotLabel,
      long totalExclVatCents,
      long totalVatCents,
      long totalInclVatCents,
      long paidCents,
      long dueCents,
      @Nullable String vatMention,
      @Nullable UUID correctedInvoiceId,
      @Nullable String correctedInvoiceNumber,
      List<CreditNoteRef> creditNotes,
      @Nullable List<Payment> payments,
      @Nullable List<Line> lines,
      boolean canRecordPayment,
      boolean canCreditNote,
      /* Filled by the payment area when Stripe mirrors the invoice; null without Stripe. */
      @Nullable Map<String, Object> stripe) {}

  /**
   * A supplier's billing profile; {@code missing} names the fields still needed before it can issue
   * invoices ({@code complete} when none).
   */
  @Serdeable
  public record BillingProfileView(
      @Nullable InvoiceDocument.VatRegime vatRegime,
      @Nullable String vatNumber,
      @Nullable String iban,
      @Nullable String bic,
      @Nullable String accountHolder,
      @Nullable String street,
      @Nullable String postcode,
      @Nullable String city,
      @Nullable String electronicAddress,
      boolean complete,
      List<String> missing) {}
}
