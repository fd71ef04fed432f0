package fr.boucle.ordering.internal;

import fr.boucle.agreement.Reservation;
import fr.boucle.ordering.OrderStatus;
import fr.boucle.ordering.OrderViews;
import fr.boucle.organisation.InsertionStatus;
import fr.boucle.shared.pdf.HtmlPdf;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.owasp.encoder.Encode;

/**
 * The purchase order (bon de commande) as XHTML for the shared {@link HtmlPdf}: headings, the lines
 * as a table with its caption and header cells, the totals, the mentions and the history. In French
 * whatever the reader's language: it is the public buyer's commitment under a French public
 * contract (loi n° 94-665, art. 5: a public body's contracts are written in French), the supplier
 * invoices against it on Chorus Pro, like the invoice it leads to.
 */
final class PurchaseOrderHtml {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

  private static final String CSS =
      """
      @page { size: A4; margin: 16mm 14mm 18mm 14mm;
        @bottom-center { content: "Page " counter(page) " / " counter(pages);
          font-family: '%1$s'; font-size: 7.5pt; color: #666666; } }
      body { font-family: '%1$s'; font-size: 8.5pt; color: #161616; line-height: 1.35; }
      h1 { font-size: 15pt; margin: 0 0 2pt 0; color: #000091; }
      h2 { font-size: 9pt; margin: 8pt 0 3pt 0; text-transform: uppercase; color: #000091;
        border-bottom: 1pt solid #000091; padding-bottom: 1pt; }
      p { margin: 0 0 2pt 0; }
      .muted { color: #3a3a3a; }
      .small { font-size: 7.5pt; }
      .mark { border-left: 4pt solid #000091; padding-left: 6pt; margin-bottom: 8pt; }
      table { width: 100%%; border-collapse: collapse; }
      caption { text-align: left; font-weight: bold; font-size: 9pt; color: #000091;
        text-transform: uppercase; padding-bottom: 2pt; }
      table.grid { margin: 6pt 0 8pt 0; -fs-table-paginate: paginate; }
      table.grid thead th { background-color: #eeeeee; text-align: left; font-weight: bold;
        padding: 3pt 4pt; border-bottom: 1pt solid #929292; }
      table.grid td { padding: 3pt 4pt; border-bottom: 0.5pt solid #dddddd; vertical-align: top; }
      table.grid tr { page-break-inside: avoid; }
      .num { text-align: right; white-space: nowrap; }
      table.grid th.num { text-align: right; }
      .desc { word-wrap: break-word; }
      table.totals { width: 48%%; margin-left: 52%%; margin-bottom: 8pt; }
      table.totals th { text-align: left; font-weight: normal; padding: 2pt 4pt; }
      table.totals td { text-align: right; white-space: nowrap; padding: 2pt 4pt; }
      table.totals tr.strong th, table.totals tr.strong td { font-weight: bold;
        border-top: 1pt solid #161616; }
      ul { margin: 0 0 2pt 0; padding-left: 12pt; }
      """
          .formatted(HtmlPdf.FONT_FAMILY);

  private PurchaseOrderHtml() {}

  /** The document's title: "Bon de commande N° …". */
  static String title(OrderViews.Order o) {
    return "Bon de commande n° " + number(o);
  }

  static String render(
      OrderViews.Order o, String chorusCode, Integer insertionHours, String environmentalClause) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"UTF-8\"/><title>")
        .append(e(title(o)))
        .append("</title><meta name=\"subject\" content=\"")
        .append(e(title(o) + " de " + o.buyer().legalName() + " à " + o.supplier().legalName()))
        .append("\"/><style>")
        .append(CSS)
        .append("</style></head><body>");
    h.append("<div class=\"mark\"><h1>").append(e(title(o))).append("</h1>");
    h.append("<p>Émis le ")
        .append(o.submittedAt() == null ? "—" : MOMENT.format(o.submittedAt()))
        .append(" — statut : ")
        .append(status(o.status()))
        .append("</p></div>");

    h.append("<h2>Acheteur (pouvoir adjudicateur)</h2>");
    h.append("<p>")
        .append(e(o.buyer().legalName()))
        .append(" — SIRET ")
        .append(e(o.buyer().siret()))
        .append("</p>");
    h.append("<p>Service demandeur : ").append(e(o.service().name()));
    if (chorusCode != null) {
      h.append(" (code service Chorus Pro ").append(e(chorusCode)).append(')');
    }
    h.append("</p><p>Demandeur : ").append(e(o.requesterName())).append("</p>");

    h.append("<h2>Titulaire</h2>");
    h.append("<p>")
        .append(e(o.supplier().legalName()))
        .append(" — SIRET ")
        .append(e(o.supplier().siret()))
        .append("</p>");
    if (o.supplier().insertionStatus() != null) {
      h.append("<p>Statut d'insertion : ")
          .append(e(InsertionStatus.valueOf(o.supplier().insertionStatus()).french()))
          .append("</p>");
    }

    h.append("<h2>Marché</h2>");
    h.append("<p>Accord-cadre ")
        .append(e(o.lot().agreementReference()))
        .append(" — ")
        .append(e(o.lot().agreementTitle()))
        .append("</p>");
    h.append("<p>Lot ")
        .append(o.lot().lotNumber())
        .append(" — ")
        .append(e(o.lot().lotTitle()))
        .append("</p>");
    if (o.lot().reservation() == Reservation.EA_ESAT) {
      h.append(
          "<p>Lot réservé aux entreprises adaptées et ESAT (art. L2113-12 du code de la"
              + " commande publique).</p>");
    } else if (o.lot().reservation() == Reservation.SIAE) {
      h.append(
          "<p>Lot réservé aux structures d'insertion par l'activité économique (art. L2113-13"
              + " du code de la commande publique).</p>");
    }
    if (insertionHours != null && insertionHours > 0) {
      h.append("<p>Clause sociale : objectif de ")
          .append(insertionHours)
          .append(" heures d'insertion sur le lot.</p>");
    }
    if (environmentalClause != null) {
      h.append("<p>Clause environnementale : ").append(e(environmentalClause)).append("</p>");
    }

    h.append("<h2>Livraison</h2>");
    h.append("<p>")
        .append(e(o.deliveryAddress().street()))
        .append(", ")
        .append(e(o.deliveryAddress().postcode()))
        .append(' ')
        .append(e(o.deliveryAddress().city()))
        .append(" — le ")
        .append(DAY.format(o.deliveryDate()))
        .append("</p>");
    if (o.note() != null) {
      h.append("<p>Observations : ").append(e(o.note())).append("</p>");
    }

    lines(h, o);
    totals(h, o);
    mentions(h);
    history(h, o);
    h.append("</body></html>");
    return h.toString();
  }

  private static void lines(StringBuilder h, OrderViews.Order o) {
    h.append("<table class=\"grid\"><caption>Lignes de la commande</caption><thead><tr>")
        .append("<th scope=\"col\">Référence</th><th scope=\"col\">Désignation</th>")
        .append("<th scope=\"col\" class=\"num\">Qté</th>")
        .append("<th scope=\"col\" class=\"num\">PU HT</th>")
        .append("<th scope=\"col\" class=\"num\">TVA</th>")
        .append("<th scope=\"col\" class=\"num\">Total HT</th></tr></thead><tbody>");
    for (OrderViews.Line line : o.lines()) {
      row(
          h,
          line.sku(),
          line.title(),
          line.quantity(),
          line.unitPriceExclVatCents(),
          line.vatRateBasisPoints(),
          line.lineExclVatCents());
    }
    OrderViews.DeliveryFee fee = o.deliveryFee();
    if (fee.exclVatCents() > 0) {
      row(
          h,
          "LIVRAISON",
          "Frais de livraison",
          1,
          fee.exclVatCents(),
          fee.vatRateBasisPoints(),
          fee.exclVatCents());
    }
    h.append("</tbody></table>");
  }

  private static void row(
      StringBuilder h,
      String reference,
      String title,
      long quantity,
      long unitCents,
      int rateBp,
      long totalCents) {
    h.append("<tr><td>")
        .append(e(reference))
        .append("</td><td class=\"desc\">")
        .append(e(title))
        .append("</td><td class=\"num\">")
        .append(quantity)
        .append("</td><td class=\"num\">")
        .append(Money.euros(unitCents))
        .append("</td><td class=\"num\">")
        .append(Money.rate(rateBp))
        .append("</td><td class=\"num\">")
        .append(Money.euros(totalCents))
        .append("</td></tr>");
  }

  private static void totals(StringBuilder h, OrderViews.Order o) {
    h.append("<table class=\"totals\"><caption>Totaux</caption><tbody>");
    for (OrderViews.VatSubtotal vat : o.vat()) {
      total(
          h,
          "TVA "
              + Money.rate(vat.vatRateBasisPoints())
              + " sur "
              + Money.euros(vat.baseExclVatCents()),
          vat.vatCents(),
          false);
    }
    total(h, "Total HT", o.totals().exclVatCents(), true);
    total(h, "Total TVA", o.totals().vatCents(), true);
    total(h, "Total TTC", o.totals().inclVatCents(), true);
    h.append("</tbody></table>");
  }

  private static void total(StringBuilder h, String label, long cents, boolean strong) {
    h.append(strong ? "<tr class=\"strong\">" : "<tr>")
        .append("<th scope=\"row\">")
        .append(e(label))
        .append(" :</th><td>")
        .append(Money.euros(cents))
        .append("</td></tr>");
  }

  private static void mentions(StringBuilder h) {
    h.append("<h2>Mentions</h2><ul class=\"small\">")
        .append(
            "<li>Bon de commande émis en exécution de l'accord-cadre et du lot ci-dessus, dont il"
                + " applique les prix.</li>")
        .append(
            "<li>Prix unitaires arrondis au centime (demi supérieur) ; TVA calculée par ligne et"
                + " arrondie au centime.</li>")
        .append(
            "<li>Facture à déposer sur Chorus Pro en rappelant le numéro de ce bon de commande et"
                + " le SIRET de l'acheteur.</li>")
        .append(
            "<li>Délai global de paiement : 30 jours (art. R2192-10 du code de la commande"
                + " publique) ; intérêts moratoires et indemnité forfaitaire de 40 € pour frais"
                + " de recouvrement en cas de retard (art. L2192-13).</li>")
        .append("</ul>");
  }

  private static void history(StringBuilder h, OrderViews.Order o) {
    if (o.events().isEmpty()) {
      return;
    }
    h.append("<h2>Historique</h2><ul class=\"small\">");
    for (OrderViews.Event event : o.events()) {
      h.append("<li>")
          .append(MOMENT.format(event.at()))
          .append(" — ")
          .append(status(event.to()))
          .append(" — ")
          .append(e(event.actorLabel()));
      if (event.comment() != null) {
        h.append(" (").append(e(event.comment())).append(')');
      }
      h.append("</li>");
    }
    h.append("</ul>");
  }

  private static String number(OrderViews.Order o) {
    return o.number() == null ? "(numérotation en cours)" : o.number();
  }

  /** The status as the document says it, in French. */
  static String status(OrderStatus status) {
    return switch (status) {
      case SUBMITTED -> "soumise";
      case APPROVED -> "approuvée";
      case REJECTED -> "rejetée";
      case ACCEPTED -> "acceptée par le titulaire";
      case REFUSED -> "refusée par le titulaire";
      case READY -> "prête";
      case DELIVERED -> "livrée";
      case INVOICED -> "facturée";
      case PAID -> "payée";
      case CANCELLED -> "annulée";
      case EXPIRED -> "expirée";
    };
  }

  private static String e(String value) {
    return value == null ? "" : Encode.forXml(value);
  }
}
