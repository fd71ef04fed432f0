package fr.boucle.ordering.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.agreement.Reservation;
import fr.boucle.ordering.OrderViews;
import fr.boucle.organisation.BuyerServices;
import fr.boucle.shared.security.CurrentUser;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The printable purchase order (bon de commande) with its legal mentions: buyer and service,
 * supplier and SIRET, the framework agreement and lot it is placed under, lines, VAT per rate,
 * totals, delivery, payment and invoicing terms.
 */
@Singleton
public class PurchaseOrderPdf {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));
  private static final float MARGIN = 50;

  private final ListOrders orders;
  private final BuyerServices services;
  private final AgreementLots lots;

  PurchaseOrderPdf(ListOrders orders, BuyerServices services, AgreementLots lots) {
    this.orders = orders;
    this.services = services;
    this.lots = lots;
  }

  private record Extra(String chorusCode, Integer insertionHours, String environmentalClause) {}

  /** The order's PDF; 404 like the order itself when the caller may not see it. */
  public byte[] render(CurrentUser user, java.util.UUID orderId) {
    OrderViews.Order o = orders.get(user, orderId);
    AgreementLots.LotSummary lot = lots.summaries(List.of(o.lot().lotId())).get(0);
    Extra extra =
        new Extra(
            services.find(o.buyer().id(), o.service().id()).orElseThrow().chorusServiceCode(),
            lot.insertionHoursTarget(),
            lot.environmentalClause());
    try (PDDocument doc = new PDDocument()) {
      PDDocumentInformation info = doc.getDocumentInformation();
      String number = o.number() == null ? "(numérotation en cours)" : o.number();
      info.setTitle("Bon de commande " + number);
      info.setAuthor(o.buyer().legalName());
      Writer w = new Writer(doc);
      w.text(Writer.BOLD, 16, "BON DE COMMANDE N° " + number);
      w.text(
          Writer.REGULAR,
          9,
          "Émis le " + MOMENT.format(o.submittedAt()) + " — statut : " + o.status());
      w.gap(8);
      w.text(Writer.BOLD, 10, "Acheteur (pouvoir adjudicateur)");
      w.text(Writer.REGULAR, 9, o.buyer().legalName() + " — SIRET " + o.buyer().siret());
      w.text(
          Writer.REGULAR,
          9,
          "Service demandeur : "
              + o.service().name()
              + (extra.chorusCode() == null
                  ? ""
                  : " (code service Chorus Pro " + extra.chorusCode() + ")"));
      w.text(Writer.REGULAR, 9, "Demandeur : " + o.requesterName());
      w.gap(6);
      w.text(Writer.BOLD, 10, "Titulaire");
      w.text(Writer.REGULAR, 9, o.supplier().legalName() + " — SIRET " + o.supplier().siret());
      if (o.supplier().insertionStatus() != null) {
        w.text(Writer.REGULAR, 9, "Statut d'insertion : " + o.supplier().insertionStatus());
      }
      w.gap(6);
      w.text(Writer.BOLD, 10, "Marché");
      w.text(
          Writer.REGULAR,
          9,
          "Accord-cadre " + o.lot().agreementReference() + " — " + o.lot().agreementTitle());
      w.text(Writer.REGULAR, 9, "Lot " + o.lot().lotNumber() + " — " + o.lot().lotTitle());
      if (o.lot().reservation() == Reservation.EA_ESAT) {
        w.text(
            Writer.REGULAR,
            9,
            "Lot réservé aux entreprises adaptées et ESAT (art. L2113-12 du code de la commande publique).");
      } else if (o.lot().reservation() == Reservation.SIAE) {
        w.text(
            Writer.REGULAR,
            9,
            "Lot réservé aux structures d'insertion par l'activité économique (art. L2113-13 du code de la commande publique).");
      }
      if (extra.insertionHours() != null && extra.insertionHours() > 0) {
        w.text(
            Writer.REGULAR,
            9,
            "Clause sociale : objectif de "
                + extra.insertionHours()
                + " heures d'insertion sur le lot.");
      }
      if (extra.environmentalClause() != null) {
        w.text(Writer.REGULAR, 9, "Clause environnementale : " + extra.environmentalClause());
      }
      w.gap(6);
      w.text(Writer.BOLD, 10, "Livraison");
      w.text(
          Writer.REGULAR,
          9,
          o.deliveryAddress().street()
              + ", "
              + o.deliveryAddress().postcode()
              + " "
              + o.deliveryAddress().city()
              + " — le "
              + DAY.format(o.deliveryDate()));
      if (o.note() != null) {
        w.text(Writer.REGULAR, 9, "Observations : " + o.note());
      }
      w.gap(10);
      float[] cols = {MARGIN, MARGIN + 70, MARGIN + 275, MARGIN + 310, MARGIN + 375, MARGIN + 420};
      w.row(Writer.BOLD, cols, "Référence", "Désignation", "Qté", "PU HT", "TVA", "Total HT");
      w.rule();
      for (OrderViews.Line line : o.lines()) {
        w.row(
            Writer.REGULAR,
            cols,
            line.sku(),
            line.title(),
            String.valueOf(line.quantity()),
            Money.euros(line.unitPriceExclVatCents()),
            Money.rate(line.vatRateBasisPoints()),
            Money.euros(line.lineExclVatCents()));
      }
      OrderViews.DeliveryFee fee = o.deliveryFee();
      if (fee.exclVatCents() > 0) {
        w.row(
            Writer.REGULAR,
            cols,
            "LIVRAISON",
            "Frais de livraison",
            "1",
            Money.euros(fee.exclVatCents()),
            Money.rate(fee.vatRateBasisPoints()),
            Money.euros(fee.exclVatCents()));
      }
      w.rule();
      w.gap(4);
      for (OrderViews.VatSubtotal vat : o.vat()) {
        w.text(
            Writer.REGULAR,
            9,
            "TVA "
                + Money.rate(vat.vatRateBasisPoints())
                + " sur "
                + Money.euros(vat.baseExclVatCents())
                + " : "
                + Money.euros(vat.vatCents()));
      }
      w.text(Writer.BOLD, 10, "Total HT : " + Money.euros(o.totals().exclVatCents()));
      w.text(Writer.BOLD, 10, "Total TVA : " + Money.euros(o.totals().vatCents()));
      w.text(Writer.BOLD, 11, "Total TTC : " + Money.euros(o.totals().inclVatCents()));
      w.gap(10);
      w.text(Writer.BOLD, 9, "Mentions");
      w.text(
          Writer.REGULAR,
          8,
          "Bon de commande émis en exécution de l'accord-cadre et du lot ci-dessus, dont il applique les prix.");
      w.text(
          Writer.REGULAR,
          8,
          "Prix unitaires arrondis au centime (demi supérieur) ; TVA calculée par ligne et arrondie au centime.");
      w.text(
          Writer.REGULAR,
          8,
          "Facture à déposer sur Chorus Pro en rappelant le numéro de ce bon de commande et le SIRET de l'acheteur.");
      w.text(
          Writer.REGULAR,
          8,
          "Délai global de paiement : 30 jours (art. R2192-10 du code de la commande publique) ; intérêts moratoires");
      w.text(
          Writer.REGULAR,
          8,
          "et indemnité forfaitaire de 40 € pour frais de recouvrement en cas de retard (art. L2192-13).");
      if (!o.events().isEmpty()) {
        w.gap(6);
        w.text(Writer.BOLD, 9, "Historique");
        for (OrderViews.Event e : o.events()) {
          w.text(
              Writer.REGULAR,
              8,
              MOMENT.format(e.at())
                  + " — "
                  + e.to()
                  + " — "
                  + e.actorLabel()
                  + (e.comment() == null ? "" : " (" + e.comment() + ")"));
        }
      }
      w.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes lines top-down, starting a new page when one is full. */
  private static final class Writer {
    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final PDDocument doc;
    private PDPageContentStream out;
    private float y;

    Writer(PDDocument doc) throws IOException {
      this.doc = doc;
      newPage();
    }

    private void newPage() throws IOException {
      if (out != null) {
        out.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      out = new PDPageContentStream(doc, page);
      y = page.getMediaBox().getHeight() - MARGIN;
    }

    private void ensure(float height) throws IOException {
      if (y - height < MARGIN) {
        newPage();
      }
    }

    void gap(float h) {
      y -= h;
    }

    void text(PDType1Font font, float size, String text) throws IOException {
      for (String line :
          wrap(font, size, clean(font, text), PDRectangle.A4.getWidth() - 2 * MARGIN)) {
        ensure(size + 3);
        y -= size + 3;
        show(font, size, MARGIN, line);
      }
    }

    void row(PDType1Font font, float[] x, String... cells) throws IOException {
      ensure(12);
      y -= 12;
      for (int i = 0; i < cells.length; i++) {
        float width = (i + 1 < x.length ? x[i + 1] : PDRectangle.A4.getWidth() - MARGIN) - x[i] - 4;
        String cell = clean(font, cells[i]);
        while (cell.length() > 1 && font.getStringWidth(cell) / 1000 * 8 > width) {
          cell = cell.substring(0, cell.length() - 2) + "…";
          cell = clean(font, cell);
        }
        show(font, 8, x[i], cell);
      }
    }

    void rule() throws IOException {
      y -= 3;
      out.moveTo(MARGIN, y);
      out.lineTo(PDRectangle.A4.getWidth() - MARGIN, y);
      out.stroke();
    }

    private void show(PDType1Font font, float size, float x, String text) throws IOException {
      out.beginText();
      out.setFont(font, size);
      out.newLineAtOffset(x, y);
      out.showText(text);
      out.endText();
    }

    void close() throws IOException {
      out.close();
    }

    /** Keeps the characters the standard font can encode (WinAnsi), replacing the others. */
    private static String clean(PDType1Font font, String text) {
      StringBuilder b = new StringBuilder();
      text.codePoints()
          .forEach(cp -> {
            String ch = cp == 0x202f || cp == 0x00a0 ? " " : new String(Character.toChars(cp));
            try {
              font.encode(ch);
              b.append(ch);
            } catch (IOException | IllegalArgumentException e) {
              b.append('?');
            }
          });
      return b.toString();
    }

    private static List<String> wrap(PDType1Font font, float size, String text, float width)
        throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.split(" ")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(candidate);
        }
      }
      lines.add(line.toString());
      return lines;
    }
  }
}
