package fr.boucle.ordering.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.ordering.OrderViews;
import fr.boucle.organisation.BuyerServices;
import fr.boucle.shared.pdf.HtmlPdf;
import fr.boucle.shared.security.CurrentUser;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The printable purchase order (bon de commande) with its legal mentions: buyer and service,
 * supplier and SIRET, the framework agreement and lot it is placed under, lines, VAT per rate,
 * totals, delivery, payment and invoicing terms. A tagged PDF in French ({@link PurchaseOrderHtml}
 * says why) printed by the shared {@link HtmlPdf}.
 */
@Singleton
public class PurchaseOrderPdf {

  private final ListOrders orders;
  private final BuyerServices services;
  private final AgreementLots lots;
  private final HtmlPdf pdf;

  PurchaseOrderPdf(ListOrders orders, BuyerServices services, AgreementLots lots, HtmlPdf pdf) {
    this.orders = orders;
    this.services = services;
    this.lots = lots;
    this.pdf = pdf;
  }

  /** The order's PDF; 404 like the order itself when the caller may not see it. */
  public byte[] render(CurrentUser user, UUID orderId) {
    OrderViews.Order o = orders.get(user, orderId);
    AgreementLots.LotSummary lot = lots.summaries(List.of(o.lot().lotId())).get(0);
    String chorusCode =
        services.find(o.buyer().id(), o.service().id()).orElseThrow().chorusServiceCode();
    String html =
        PurchaseOrderHtml.render(
            o, chorusCode, lot.insertionHoursTarget(), lot.environmentalClause());
    Instant moment = o.submittedAt() == null ? Instant.now() : o.submittedAt();
    return pdf.render(new HtmlPdf.Document(html, moment, HtmlPdf.Archive.NONE));
  }
}
