package fr.boucle.invoicing.internal.document;

import fr.boucle.invoicing.InvoiceDocument;
import fr.boucle.invoicing.InvoiceDocument.Kind;
import fr.boucle.invoicing.InvoiceDocument.Party;
import fr.boucle.invoicing.InvoiceDocument.VatRegime;
import fr.boucle.shared.pdf.HtmlPdf;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.owasp.encoder.Encode;

/**
 * The printable invoice as XHTML for openhtmltopdf: sober, in the manner of the French State's
 * design system, in French. Every value from the document goes through the OWASP encoder; the
 * markup around it is ours.
 */
final class InvoiceHtml {

  /** The family name the renderer registers the embedded DejaVu Sans under. */
  static final String FONT_FAMILY = HtmlPdf.FONT_FAMILY;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private static final String CSS =
      """
      @page { size: A4; margin: 16mm 14mm 18mm 14mm;
        @bottom-center { content: "Page " counter(page) " / " counter(pages);
          font-family: '%1$s'; font-size: 7.5pt; color: #666666; } }
      body { font-family: '%1$s'; font-size: 8.5pt; color: #161616; line-height: 1.35; }
      h1 { font-size: 15pt; margin: 0 0 2pt 0; color: #000091; }
      h2 { font-size: 9pt; margin: 0 0 3pt 0; text-transform: uppercase; color: #000091;
        border-bottom: 1pt solid #000091; padding-bottom: 1pt; }
      p { margin: 0 0 2pt 0; }
      .muted { color: #3a3a3a; }
      .mark { border-left: 4pt solid #000091; padding-left: 6pt; margin-bottom: 10pt; }
      table { width: 100%%; border-collapse: collapse; }
      div.blocks { display: table; width: 100%%; }
      div.row { display: table-row; }
      div.block { display: table-cell; width: 50%%; vertical-align: top; padding: 0 8pt 8pt 0; }
      caption { text-align: left; font-weight: bold; font-size: 9pt; color: #000091;
        text-transform: uppercase; padding-bottom: 2pt; }
      table.grid { margin-bottom: 8pt; -fs-table-paginate: paginate; }
      table.grid th { background-color: #eeeeee; text-align: left; font-weight: bold;
        padding: 3pt 4pt; border-bottom: 1pt solid #929292; }
      table.grid td { padding: 3pt 4pt; border-bottom: 0.5pt solid #dddddd; vertical-align: top; }
      table.grid tr { page-break-inside: avoid; }
      .num, .ref { text-align: right; white-space: nowrap; }
      table.grid th.num { text-align: right; }
      .ref { text-align: left; font-weight: bold; }
      .desc { word-wrap: break-word; }
      table.totals { width: 48%%; margin-left: 52%%; margin-bottom: 10pt; }
      table.totals td, table.totals th { padding: 2pt 4pt; text-align: left; font-weight: normal; }
      table.totals td { text-align: right; white-space: nowrap; }
      table.totals tr.strong td, table.totals tr.strong th { font-weight: bold;
        border-top: 1pt solid #161616; }
      .box { border: 0.5pt solid #929292; padding: 5pt 7pt; margin-bottom: 8pt; }
      .small { font-size: 7.5pt; }
      """
          .formatted(FONT_FAMILY);

  private InvoiceHtml() {}

  static String render(InvoiceDocument doc) {
    boolean credit = doc.kind() == Kind.CREDIT_NOTE;
    String title = (credit ? "Avoir n° " : "Facture n° ") + doc.number();
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"UTF-8\"/><title>")
        .append(e(title))
        .append("</title><meta name=\"subject\" content=\"")
        .append(e(title + " de " + doc.seller().legalName() + " à " + doc.buyer().legalName()))
        .append("\"/><style>")
        .append(CSS)
        .append("</style></head><body>");

    h.append("<div class=\"mark\"><h1>").append(e(title)).append("</h1><p>");
    h.append("Date d'émission : <b>").append(day(doc.issueDate())).append("</b>");
    if (!credit) {
      h.append(" — date d'échéance : <b>").append(day(doc.dueDate())).append("</b>");
    }
    h.append("</p>");
    if (credit) {
      h.append("<p>Avoir rectifiant la facture n° <b>")
          .append(e(doc.correctedNumber()))
          .append("</b> du ")
          .append(day(doc.correctedIssueDate()))
          .append(".</p>");
    }
    h.append("</div>");

    h.append("<div class=\"blocks\"><div class=\"row\"><div class=\"block\">");
    party(h, "Vendeur", doc.seller());
    if (doc.sellerVatRegime() == VatRegime.LIABLE && doc.seller().vatNumber() != null) {
      h.append("<p>N° TVA intracommunautaire : ")
          .append(e(doc.seller().vatNumber()))
          .append("</p>");
    } else {
      h.append("<p><b>").append(e(CiiInvoice.FRANCHISE_MENTION)).append("</b></p>");
    }
    h.append("</div><div class=\"block\">");
    party(h, "Acheteur", doc.buyer());
    if (doc.buyer().vatNumber() != null) {
      h.append("<p>N° TVA : ").append(e(doc.buyer().vatNumber())).append("</p>");
    }
    h.append("<p>Code service : <b>")
        .append(doc.buyerReference() == null ? "—" : e(doc.buyerReference()))
        .append("</b></p></div></div><div class=\"row\"><div class=\"block\">");
    h.append("<h2>Références</h2>");
    h.append("<p>Bon de commande (engagement) n° <span class=\"ref\">")
        .append(e(doc.purchaseOrderNumber()))
        .append("</span></p>");
    h.append("<p>Accord-cadre : ").append(e(doc.contractReference())).append("</p>");
    h.append("<p>Lot : ").append(e(doc.lotLabel())).append("</p>");
    h.append("</div><div class=\"block\"><h2>Livraison</h2>");
    h.append("<p>Date : ")
        .append(doc.deliveryDate() == null ? "—" : day(doc.deliveryDate()))
        .append("</p>");
    if (doc.deliveryAddress() != null) {
      h.append("<p>Adresse : ");
      address(h, doc.deliveryAddress());
      h.append("</p>");
    }
    h.append("</div></div></div>");

    lines(h, doc);
    vat(h, doc);
    totals(h, doc);
    payment(h, doc);
    h.append("</body></html>");
    return h.toString();
  }

  private static void party(StringBuilder h, String heading, Party p) {
    h.append("<h2>").append(heading).append("</h2>");
    h.append("<p><b>").append(e(p.legalName())).append("</b></p><p>");
    address(h, p.address());
    h.append("</p><p>SIRET : ")
        .append(e(p.siret()))
        .append(" — SIREN : ")
        .append(e(p.siren()))
        .append("</p>");
  }

  private static void address(StringBuilder h, InvoiceDocument.Address a) {
    h.append(e(a.street())).append(", ").append(e(a.postcode())).append(' ').append(e(a.city()));
    if (!"FR".equals(a.countryCode())) {
      h.append(" (").append(e(a.countryCode())).append(')');
    }
  }

  private static void lines(StringBuilder h, InvoiceDocument doc) {
    h.append("<table class=\"grid\"><caption>Lignes</caption><thead><tr>")
        .append("<th scope=\"col\">N°</th><th scope=\"col\">Désignation</th>")
        .append("<th scope=\"col\" class=\"num\">Qté</th>")
        .append("<th scope=\"col\" class=\"num\">PU HT</th>")
        .append("<th scope=\"col\" class=\"num\">TVA</th>")
        .append("<th scope=\"col\" class=\"num\">Total HT</th></tr></thead><tbody>");
    for (InvoiceDocument.Line line : doc.lines()) {
      h.append("<tr><td>").append(line.number()).append("</td><td class=\"desc\">");
      h.append(e(line.description()));
      if (line.sellerItemId() != null) {
        h.append("<br/><span class=\"small muted\">Réf. ")
            .append(e(line.sellerItemId()))
            .append("</span>");
      }
      h.append("</td><td class=\"num\">").append(line.quantity());
      h.append("</td><td class=\"num\">").append(money(line.unitPriceExclVatCents()));
      h.append("</td><td class=\"num\">")
          .append(doc.sellerVatRegime() == VatRegime.LIABLE ? rate(line.vatRateBp()) : "—");
      h.append("</td><td class=\"num\">").append(money(line.lineExclVatCents()));
      h.append("</td></tr>");
    }
    h.append("</tbody></table>");
  }

  private static void vat(StringBuilder h, InvoiceDocument doc) {
    h.append("<table class=\"grid\"><caption>Récapitulatif de la TVA</caption><thead><tr>")
        .append("<th scope=\"col\">TVA</th><th scope=\"col\" class=\"num\">Base HT</th>")
        .append("<th scope=\"col\" class=\"num\">Montant TVA</th></tr></thead><tbody>");
    for (InvoiceDocument.VatBreakdown v : doc.vat()) {
      h.append("<tr><td>");
      if ("S".equals(v.categoryCode())) {
        h.append("Taux normal ou réduit ").append(rate(v.rateBp()));
      } else {
        h.append("Exonération (")
            .append(e(v.exemptionReason() == null ? v.categoryCode() : v.exemptionReason()))
            .append(')');
      }
      h.append("</td><td class=\"num\">").append(money(v.taxableCents()));
      h.append("</td><td class=\"num\">").append(money(v.vatCents())).append("</td></tr>");
    }
    h.append("</tbody></table>");
  }

  private static void totals(StringBuilder h, InvoiceDocument doc) {
    h.append("<table class=\"totals\"><caption>Totaux</caption><tbody>");
    total(h, "Total HT", doc.totalExclVatCents(), false);
    total(h, "Total TVA", doc.totalVatCents(), false);
    total(h, "Total TTC", doc.totalInclVatCents(), doc.prepaidCents() == 0);
    if (doc.prepaidCents() != 0) {
      total(h, "Déjà payé", doc.prepaidCents(), false);
      total(h, "Net à payer", doc.dueCents(), true);
    }
    h.append("</tbody></table>");
  }

  private static void total(StringBuilder h, String label, long cents, boolean strong) {
    h.append(strong ? "<tr class=\"strong\">" : "<tr>")
        .append("<th scope=\"row\">")
        .append(label)
        .append("</th><td class=\"num\">")
        .append(money(cents))
        .append("</td></tr>");
  }

  private static void payment(StringBuilder h, InvoiceDocument doc) {
    h.append("<div class=\"box\"><h2>Paiement</h2>");
    if (doc.kind() == Kind.INVOICE && doc.dueCents() == 0) {
      h.append("<p><b>Facture acquittée</b> (payée")
          .append("48".equals(doc.terms().meansCode()) ? " par carte bancaire" : "")
          .append(" le ")
          .append(day(doc.dueDate()))
          .append(").</p>");
    } else if (doc.kind() == Kind.INVOICE) {
      h.append("<p>À régler au plus tard le <b>")
          .append(day(doc.dueDate()))
          .append("</b> (délai de ")
          .append(doc.terms().delayDays())
          .append(" jours), par virement :</p>");
    }
    InvoiceDocument.BankAccount bank = doc.bankAccount();
    if (bank != null) {
      h.append("<p>IBAN : <b>").append(e(bank.iban())).append("</b>");
      if (bank.bic() != null) {
        h.append(" — BIC : <b>").append(e(bank.bic())).append("</b>");
      }
      h.append(" — titulaire : ").append(e(bank.holder())).append("</p>");
    }
    h.append("<p class=\"small\">").append(e(doc.terms().text())).append("</p>");
    h.append("<p class=\"small\">").append(e(CiiInvoice.NOTE_PMD)).append("</p>");
    h.append("<p class=\"small\">").append(e(CiiInvoice.NOTE_PMT)).append("</p>");
    h.append("<p class=\"small\">").append(e(CiiInvoice.NOTE_AAB)).append("</p></div>");
    h.append("<p class=\"small muted\">Facture électronique Factur-X (profil EN 16931) : ")
        .append("les données structurées jointes (factur-x.xml) reprennent ce document.</p>");
  }

  /** The OWASP encoder for XML content and attributes (the renderer parses XHTML as XML). */
  static String e(String value) {
    return Encode.forXml(value);
  }

  static String day(LocalDate date) {
    return DAY.format(date);
  }

  static String money(long cents) {
    return amount(BigDecimal.valueOf(cents, 2)) + "\u00a0€";
  }

  static String rate(int basisPoints) {
    return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.FRANCE))
            .format(BigDecimal.valueOf(basisPoints, 2))
        + "\u00a0%";
  }

  private static String amount(BigDecimal euros) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
    symbols.setGroupingSeparator('\u00a0');
    DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
    return format.format(euros);
  }
}
