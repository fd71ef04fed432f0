package fr.boucle.invoicing;

import fr.boucle.ordering.OrderBilling;
import fr.boucle.shared.Vat;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Composes the document an invoice or a credit note freezes: the lines of the delivered order, VAT
 * per rate (or none, with the art. 293 B mention, for a franchise seller), totals exact to the
 * cent, the legal payment terms and the parties. Plain Java.
 */
public final class InvoiceComposition {

  /** The mention of a seller not liable to VAT (VAT category E). */
  public static final String FRANCHISE_MENTION = "TVA non applicable, art. 293 B du CGI";

  /** UNTDID 4461: SEPA credit transfer. */
  public static final String SEPA_TRANSFER = "58";

  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private InvoiceComposition() {}

  /** The seller as its organisation and billing profile describe it. */
  public record Seller(String legalName, String siret, BillingProfile profile) {}

  /** The buyer's organisation. */
  public record Buyer(String legalName, String siret) {}

  /** The invoice of a delivered order, issued on {@code issueDate}, due after the legal delay. */
  public static InvoiceDocument invoice(
      UUID id,
      String number,
      LocalDate issueDate,
      int delayDays,
      OrderBilling.Billable order,
      Seller seller,
      Buyer buyer) {
    BillingProfile profile = seller.profile();
    InvoiceDocument.VatRegime regime = profile.vatRegime();
    boolean liable = regime == InvoiceDocument.VatRegime.LIABLE;
    List<InvoiceDocument.Line> lines = new ArrayList<>();
    for (OrderBilling.Line l : order.lines()) {
      lines.add(
          new InvoiceDocument.Line(
              lines.size() + 1,
              l.title(),
              l.sku(),
              l.quantity(),
              l.unitPriceExclVatCents(),
              liable ? l.vatRateBasisPoints() : 0,
              l.lineExclVatCents()));
    }
    if (order.deliveryFeeExclVatCents() > 0) {
      lines.add(
          new InvoiceDocument.Line(
              lines.size() + 1,
              "Frais de livraison",
              null,
              1,
              order.deliveryFeeExclVatCents(),
              liable ? order.deliveryFeeVatRateBasisPoints() : 0,
              order.deliveryFeeExclVatCents()));
    }
    List<InvoiceDocument.VatBreakdown> vat = vat(lines, regime);
    long excl = lines.stream().mapToLong(InvoiceDocument.Line::lineExclVatCents).sum();
    long vatTotal = vat.stream().mapToLong(InvoiceDocument.VatBreakdown::vatCents).sum();
    LocalDate due = PaymentClock.dueDate(issueDate, delayDays);
    InvoiceDocument.BankAccount account =
        new InvoiceDocument.BankAccount(profile.iban(), profile.bic(), profile.accountHolder());
    return new InvoiceDocument(
        id,
        InvoiceDocument.Kind.INVOICE,
        number,
        issueDate,
        due,
        null,
        null,
        new InvoiceDocument.Party(
            seller.legalName(),
            seller.siret(),
            liable ? profile.vatNumber() : null,
            new InvoiceDocument.Address(profile.street(), profile.postcode(), profile.city(), "FR"),
            profile.electronicAddress() == null ? seller.siret() : profile.electronicAddress(),
            null),
        new InvoiceDocument.Party(
            buyer.legalName(),
            buyer.siret(),
            null,
            new InvoiceDocument.Address(
                order.serviceAddress().street(),
                order.serviceAddress().postcode(),
                order.serviceAddress().city(),
                "FR"),
            buyer.siret(),
            null),
        order.chorusServiceCode(),
        order.number() == null ? order.orderId().toString() : order.number(),
        order.agreementReference(),
        "Lot " + order.lotNumber() + " — " + order.lotTitle(),
        order.deliveredOn(),
        new InvoiceDocument.Address(
            order.deliveryAddress().street(),
            order.deliveryAddress().postcode(),
            order.deliveryAddress().city(),
            "FR"),
        regime,
        List.copyOf(lines),
        vat,
        excl,
        vatTotal,
        excl + vatTotal,
        0,
        excl + vatTotal,
        new InvoiceDocument.PaymentTerms(
            delayDays, invoiceTerms(delayDays, due, account), SEPA_TRANSFER),
        account);
  }

  /**
   * The full credit note of an invoice: the same lines and amounts (type 381 makes them a credit),
   * referencing the invoice it cancels.
   */
  public static InvoiceDocument creditNote(
      UUID id, String number, LocalDate issueDate, InvoiceDocument invoice, String reason) {
    String text =
        "Avoir annulant la facture "
            + invoice.number()
            + " du "
            + FRENCH_DATE.format(invoice.issueDate())
            + ". Motif : "
            + reason
            + ". Le montant de la facture annulée n'est plus dû.";
    return new InvoiceDocument(
        id,
        InvoiceDocument.Kind.CREDIT_NOTE,
        number,
        issueDate,
        issueDate,
        invoice.number(),
        invoice.issueDate(),
        invoice.seller(),
        invoice.buyer(),
        invoice.buyerReference(),
        invoice.purchaseOrderNumber(),
        invoice.contractReference(),
        invoice.lotLabel(),
        invoice.deliveryDate(),
        invoice.deliveryAddress(),
        invoice.sellerVatRegime(),
        invoice.lines(),
        invoice.vat(),
        invoice.totalExclVatCents(),
        invoice.totalVatCents(),
        invoice.totalInclVatCents(),
        0,
        invoice.totalInclVatCents(),
        new InvoiceDocument.PaymentTerms(0, text, invoice.terms().meansCode()),
        invoice.bankAccount());
  }

  /**
   * VAT per category and rate (BG-23), each rounded half up once on its taxable amount: S at its
   * rate, Z at zero; E with the art. 293 B mention for a franchise seller.
   */
  public static List<InvoiceDocument.VatBreakdown> vat(
      List<InvoiceDocument.Line> lines, InvoiceDocument.VatRegime regime) {
    if (regime == InvoiceDocument.VatRegime.FRANCHISE_293B) {
      long taxable = lines.stream().mapToLong(InvoiceDocument.Line::lineExclVatCents).sum();
      return List.of(new InvoiceDocument.VatBreakdown("E", 0, taxable, 0, FRANCHISE_MENTION));
    }
    Map<Integer, Long> byRate = new TreeMap<>();
    for (InvoiceDocument.Line line : lines) {
      byRate.merge(line.vatRateBp(), line.lineExclVatCents(), Long::sum);
    }
    List<InvoiceDocument.VatBreakdown> vat = new ArrayList<>();
    byRate.forEach((rate, taxable) ->
        vat.add(
            new InvoiceDocument.VatBreakdown(
                rate == 0 ? "Z" : "S", rate, taxable, Vat.of(taxable, rate), null)));
    return List.copyOf(vat);
  }

  /** The mention of a seller's VAT regime on the invoice, or null when it charges VAT. */
  public static @Nullable String vatMention(InvoiceDocument.VatRegime regime) {
    return regime == InvoiceDocument.VatRegime.FRANCHISE_293B ? FRANCHISE_MENTION : null;
  }

  /** BT-20: the payment terms and the legal mentions on late payment (in French). */
  static String invoiceTerms(int delayDays, LocalDate due, InvoiceDocument.BankAccount account) {
    return "Paiement à "
        + delayDays
        + " jours à compter de la réception de la facture, au plus tard le "
        + FRENCH_DATE.format(due)
        + ", par virement sur le compte IBAN "
        + account.iban()
        + (account.bic() == null ? "" : " (BIC " + account.bic() + ")")
        + " de "
        + account.holder()
        + ". Pas d'escompte pour paiement anticipé. Tout retard de paiement fait courir de plein"
        + " droit des intérêts moratoires au taux de refinancement principal de la Banque centrale"
        + " européenne en vigueur au premier jour du semestre concerné, majoré de 8 points, et une"
        + " indemnité forfaitaire pour frais de recouvrement de 40 € (code de la commande publique,"
        + " art. L. 2192-13, R. 2192-31 et D. 2192-35).";
  }
}
