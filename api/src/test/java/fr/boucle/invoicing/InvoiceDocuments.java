package fr.boucle.invoicing;

import fr.boucle.invoicing.InvoiceDocument.Address;
import fr.boucle.invoicing.InvoiceDocument.BankAccount;
import fr.boucle.invoicing.InvoiceDocument.Kind;
import fr.boucle.invoicing.InvoiceDocument.Line;
import fr.boucle.invoicing.InvoiceDocument.Party;
import fr.boucle.invoicing.InvoiceDocument.PaymentTerms;
import fr.boucle.invoicing.InvoiceDocument.VatBreakdown;
import fr.boucle.invoicing.InvoiceDocument.VatRegime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Issued documents as the invoicing area freezes them, for rendering tests: a VAT-liable reuse
 * enterprise, a franchise association, a credit note, an invoice paid by card. VAT per rate is
 * computed like an issuer does it: the lines' bases summed per rate, then rounded half up.
 */
public final class InvoiceDocuments {

  public static final String TERMS =
      "Paiement à 30 jours à compter de la réception de la facture, par virement. Tout retard"
          + " entraîne de plein droit des intérêts moratoires au taux BCE majoré de 8 points et"
          + " une indemnité forfaitaire de 40 € pour frais de recouvrement.";

  public static final Party RESSOURCERIE =
      new Party(
          "La Ressourcerie du Val SCIC SARL",
          "73282932000074",
          "FR44732829320",
          new Address("12 rue des Ateliers", "94200", "Ivry-sur-Seine", "FR"),
          "facturation@ressourcerie-val.fr",
          "compta@ressourcerie-val.fr");

  public static final Party ASSOCIATION =
      new Party(
          "Association Le Relais Solidaire",
          "41144412300017",
          null,
          new Address("3 impasse des Lilas", "69007", "Lyon", "FR"),
          "41144412300017",
          null);

  public static final Party MAIRIE =
      new Party(
          "Commune de Villeneuve-Saint-Georges",
          "21940078100013",
          null,
          new Address("Place Pierre Sémard", "94190", "Villeneuve-Saint-Georges", "FR"),
          "21940078100013",
          "achats@villeneuve.example.fr");

  private InvoiceDocuments() {}

  public static Line line(int n, String description, String sku, int qty, long unit, int rateBp) {
    return new Line(n, description, sku, qty, unit, rateBp, unit * qty);
  }

  /** 20 % and 5.5 % lines and a delivery fee line, from a VAT-liable supplier. */
  public static InvoiceDocument liableTwoRates() {
    return invoice(
        "F2026-000042",
        RESSOURCERIE,
        VatRegime.LIABLE,
        List.of(
            line(
                1, "Bureau reconditionné 160 × 80 cm, plateau chêne", "BUR-160-CH", 4, 8_990, 2000),
            line(2, "Chaise de bureau ergonomique, remise à neuf", "CH-ERGO-02", 12, 4_575, 2000),
            line(3, "Manuels scolaires d'occasion (lot de 10)", "LIV-SCO-10", 3, 1_333, 550),
            line(4, "Frais de livraison", "LIVRAISON", 1, 3_500, 2000)),
        0);
  }

  public static InvoiceDocument franchiseAssociation() {
    return invoice(
        "A-2026-7",
        ASSOCIATION,
        VatRegime.FRANCHISE_293B,
        List.of(
            line(1, "Vélo reconditionné adulte", "VELO-AD", 2, 12_000, 0),
            line(2, "Frais de livraison", null, 1, 2_000, 0)),
        0);
  }

  /** Corrects {@link #liableTwoRates()}: two chairs came back. */
  public static InvoiceDocument creditNote() {
    InvoiceDocument base =
        invoice(
            "AV2026-000003",
            RESSOURCERIE,
            VatRegime.LIABLE,
            List.of(
                line(
                    1,
                    "Chaise de bureau ergonomique, remise à neuf (retour)",
                    "CH-ERGO-02",
                    2,
                    4_575,
                    2000)),
            0);
    return withKind(base, Kind.CREDIT_NOTE, "F2026-000042", LocalDate.of(2026, 11, 30));
  }

  /** Paid by card through Checkout when ordered: prepaid in full, nothing due. */
  public static InvoiceDocument paidByCard() {
    InvoiceDocument d =
        invoice(
            "F2026-000043",
            RESSOURCERIE,
            VatRegime.LIABLE,
            List.of(line(1, "Armoire métallique 2 portes", "ARM-2P", 1, 15_000, 2000)),
            18_000);
    return new InvoiceDocument(
        d.id(),
        d.kind(),
        d.number(),
        d.issueDate(),
        d.issueDate(),
        null,
        null,
        d.seller(),
        d.buyer(),
        d.buyerReference(),
        d.purchaseOrderNumber(),
        d.contractReference(),
        d.lotLabel(),
        d.deliveryDate(),
        d.deliveryAddress(),
        d.sellerVatRegime(),
        d.lines(),
        d.vat(),
        d.totalExclVatCents(),
        d.totalVatCents(),
        d.totalInclVatCents(),
        d.prepaidCents(),
        d.dueCents(),
        new PaymentTerms(30, "Facture acquittée par carte bancaire le jour de la commande.", "48"),
        null);
  }

  /** Markup, ampersands, quotes, accents and a very long description. */
  public static InvoiceDocument awkwardText() {
    String longText =
        "Lot de mobilier scolaire <table> & \"chaises\" d'écolier — réparées à l'atelier d'insertion"
            + " (ponçage, vernis à l'eau, patins neufs) ; ".repeat(6)
            + "fin.";
    Party seller =
        new Party(
            "Ateliers <Réemploi> & Fils \"Solidaires\"",
            "73282932000074",
            "FR44732829320",
            new Address("5 bis, rue de l'Église & du Marché", "94200", "Ivry-sur-Seine", "FR"),
            "factures@ateliers-reemploi.fr",
            null);
    InvoiceDocument d =
        invoice(
            "F2026-000044",
            seller,
            VatRegime.LIABLE,
            List.of(
                line(1, longText, "MOB-<SCO>", 25, 1_999, 2000),
                line(
                    2, "Étagère « Œuvre » <script>alert('x')</script> & co", null, 3, 2_501, 1000)),
            0);
    return d;
  }

  public static InvoiceDocument invoice(
      String number, Party seller, VatRegime regime, List<Line> lines, long prepaidCents) {
    Map<Integer, long[]> perRate = new TreeMap<>();
    for (Line l : lines) {
      perRate.computeIfAbsent(l.vatRateBp(), r -> new long[1])[0] += l.lineExclVatCents();
    }
    List<VatBreakdown> vat = new ArrayList<>();
    long base = 0;
    long tax = 0;
    for (Map.Entry<Integer, long[]> e : perRate.entrySet()) {
      long taxable = e.getValue()[0];
      long amount =
          BigDecimal.valueOf(taxable)
              .multiply(BigDecimal.valueOf(e.getKey()))
              .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP)
              .longValueExact();
      vat.add(
          regime == VatRegime.LIABLE
              ? new VatBreakdown("S", e.getKey(), taxable, amount, null)
              : new VatBreakdown("E", 0, taxable, 0, "TVA non applicable, art. 293 B du CGI"));
      base += taxable;
      tax += amount;
    }
    LocalDate issued = LocalDate.of(2026, 11, 30);
    return new InvoiceDocument(
        UUID.nameUUIDFromBytes(number.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        Kind.INVOICE,
        number,
        issued,
        issued.plusDays(30),
        null,
        null,
        seller,
        MAIRIE,
        "SERV-ACHATS-01",
        "CMD-2026-000317",
        "AC-2025-014",
        "Lot 2 — Mobilier de bureau reconditionné",
        LocalDate.of(2026, 11, 27),
        new Address(
            "Centre technique municipal, 8 rue Paul Bert",
            "94190",
            "Villeneuve-Saint-Georges",
            "FR"),
        regime,
        lines,
        vat,
        base,
        tax,
        base + tax,
        prepaidCents,
        base + tax - prepaidCents,
        new PaymentTerms(30, TERMS, "58"),
        new BankAccount("FR7630006000011234567890189", "AGRIFRPPXXX", seller.legalName()));
  }

  public static InvoiceDocument withKind(
      InvoiceDocument d, Kind kind, String correctedNumber, LocalDate correctedIssueDate) {
    return new InvoiceDocument(
        d.id(),
        kind,
        d.number(),
        d.issueDate(),
        d.dueDate(),
        correctedNumber,
        correctedIssueDate,
        d.seller(),
        d.buyer(),
        d.buyerReference(),
        d.purchaseOrderNumber(),
        d.contractReference(),
        d.lotLabel(),
        d.deliveryDate(),
        d.deliveryAddress(),
        d.sellerVatRegime(),
        d.lines(),
        d.vat(),
        d.totalExclVatCents(),
        d.totalVatCents(),
        d.totalInclVatCents(),
        d.prepaidCents(),
        d.dueCents(),
        d.terms(),
        d.bankAccount());
  }
}
