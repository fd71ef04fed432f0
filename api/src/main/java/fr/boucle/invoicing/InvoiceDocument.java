package fr.boucle.invoicing;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything an issued invoice or credit note says, frozen when it is issued: the seller's and
 * buyer's identities as they were, the lines, the VAT breakdown and the payment terms. The Factur-X
 * PDF and the CII XML are rendered from this alone ({@link InvoiceRendering}), so an issued
 * document renders the same forever. Amounts are in euro cents, VAT rates in basis points (2000 =
 * 20 %).
 */
public record InvoiceDocument(
    UUID id,
    Kind kind,
    /* BT-1: the seller's number, chronological and without gaps per supplier. */
    String number,
    /* BT-2. */
    LocalDate issueDate,
    /* BT-9: from the buyer's legal payment delay. */
    LocalDate dueDate,
    /* BT-3 381 notes: the invoice this credit note corrects (BT-25, BT-26). */
    @Nullable String correctedNumber,
    @Nullable LocalDate correctedIssueDate,
    Party seller,
    Party buyer,
    /* BT-10: the buyer's "code service" for Chorus Pro; null when the service has none. */
    @Nullable String buyerReference,
    /* BT-13: the purchase order number (our order number, the buyer's engagement). */
    String purchaseOrderNumber,
    /* BT-12: the framework agreement's reference, and the lot's number and title. */
    String contractReference,
    String lotLabel,
    /* BT-72: the date the goods were delivered. */
    @Nullable LocalDate deliveryDate,
    @Nullable Address deliveryAddress,
    VatRegime sellerVatRegime,
    List<Line> lines,
    List<VatBreakdown> vat,
    long totalExclVatCents,
    long totalVatCents,
    long totalInclVatCents,
    /* BT-113: already paid (by card through Checkout: the "A2" billing frame). */
    long prepaidCents,
    /* BT-115. */
    long dueCents,
    PaymentTerms terms,
    /* BT-84..86: the seller's account the buyer pays by transfer. */
    @Nullable BankAccount bankAccount) {

  public enum Kind {
    /* UNTDID 1001 code 380. */
    INVOICE,
    /* UNTDID 1001 code 381. */
    CREDIT_NOTE
  }

  /** Whether the seller charges VAT; franchise sellers mention art. 293 B of the CGI instead. */
  public enum VatRegime {
    LIABLE,
    FRANCHISE_293B
  }

  public record Party(
      String legalName,
      /* 14 digits; BT-30 carries its first 9 (SIREN), BT-29/BT-46 the SIRET with scheme 0009. */
      String siret,
      /* BT-31/BT-48, e.g. FR32123456789; null when not liable. */
      @Nullable String vatNumber,
      Address address,
      /* BT-34/BT-49 electronic address: an e-mail (scheme EM) or the SIRET (scheme 0009). */
      String electronicAddress,
      @Nullable String contactEmail) {

    public String siren() {
      return siret.substring(0, 9);
    }
  }

  public record Address(String street, String postcode, String city, String countryCode) {}

  public record Line(
      int number,
      String description,
      /* The supplier's SKU (BT-155). */
      @Nullable String sellerItemId,
      int quantity,
      long unitPriceExclVatCents,
      int vatRateBp,
      long lineExclVatCents) {}

  /** One VAT category and rate (BG-23): S with its rate, or E with the exemption reason. */
  public record VatBreakdown(
      String categoryCode,
      int rateBp,
      long taxableCents,
      long vatCents,
      @Nullable String exemptionReason) {}

  public record PaymentTerms(
      /* The legal delay in days: 30 (State, local authorities), 50 (public hospitals), 60. */
      int delayDays,
      /* BT-20 in French, with the late-payment interest and the 40 EUR indemnity (PMT, PMD). */
      String text,
      /* UNTDID 4461: 30 credit transfer, 58 SEPA credit transfer, 48 bank card. */
      String meansCode) {}

  public record BankAccount(String iban, @Nullable String bic, String holder) {}
}
