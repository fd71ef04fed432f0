package fr.boucle.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.ordering.OrderBilling;
import fr.boucle.ordering.OrderStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvoiceCompositionTest {

  private static final OrderBilling.Address ADDRESS =
      new OrderBilling.Address("1 rue de la Mairie", "93100", "Montreuil");

  private static OrderBilling.Billable order() {
    return new OrderBilling.Billable(
        UUID.randomUUID(),
        "BC-2026-000007",
        OrderStatus.DELIVERED,
        UUID.randomUUID(),
        UUID.randomUUID(),
        UUID.randomUUID(),
        "Direction des crèches",
        "SERV-042",
        ADDRESS,
        "AC-2026-01",
        2,
        "Mobilier",
        LocalDate.parse("2026-03-02"),
        ADDRESS,
        List.of(
            // 3 × 33.33 € at 20 %, 1 × 10.01 € at 20 %, 2 × 12.35 € at 5.5 %.
            new OrderBilling.Line(1, "SKU-1", "Chaise", 3, 3_333, 2000, 9_999),
            new OrderBilling.Line(2, "SKU-2", "Lampe", 1, 1_001, 2000, 1_001),
            new OrderBilling.Line(3, "SKU-3", "Livre", 2, 1_235, 550, 2_470)),
        1_500,
        2000,
        9_999 + 1_001 + 2_470 + 1_500,
        0);
  }

  private static BillingProfile profile(InvoiceDocument.VatRegime regime) {
    return new BillingProfile(
        regime,
        "FR44732829320",
        "FR7630006000011234567890189",
        "AGRIFRPP",
        "Atelier Bois",
        "3 rue du Port",
        "44000",
        "Nantes",
        null);
  }

  private static InvoiceDocument invoice(InvoiceDocument.VatRegime regime) {
    return InvoiceComposition.invoice(
        UUID.randomUUID(),
        "FA-2026-000001",
        LocalDate.parse("2026-03-05"),
        30,
        order(),
        new InvoiceComposition.Seller("Atelier Bois", "73282932000074", profile(regime)),
        new InvoiceComposition.Buyer("Ville de Montreuil", "21930048000015"));
  }

  @Test
  void billsEachLineAndTheDeliveryWithVatPerRateRoundedOnce() {
    InvoiceDocument d = invoice(InvoiceDocument.VatRegime.LIABLE);
    assertThat(d.lines()).hasSize(4);
    assertThat(d.lines().get(3).description()).isEqualTo("Frais de livraison");
    // 20 %: 99.99 + 10.01 + 15.00 = 125.00 → 25.00; 5.5 %: 24.70 → 1.3585 → 1.36.
    assertThat(d.vat())
        .containsExactly(
            new InvoiceDocument.VatBreakdown("S", 550, 2_470, 136, null),
            new InvoiceDocument.VatBreakdown("S", 2000, 12_500, 2_500, null));
    assertThat(d.totalExclVatCents()).isEqualTo(14_970);
    assertThat(d.totalVatCents()).isEqualTo(2_636);
    assertThat(d.totalInclVatCents()).isEqualTo(17_606);
    assertThat(d.dueCents()).isEqualTo(17_606);
    assertThat(d.dueDate()).isEqualTo(LocalDate.parse("2026-04-04"));
    assertThat(d.buyerReference()).isEqualTo("SERV-042");
    assertThat(d.purchaseOrderNumber()).isEqualTo("BC-2026-000007");
    assertThat(d.lotLabel()).isEqualTo("Lot 2 — Mobilier");
    assertThat(d.seller().vatNumber()).isEqualTo("FR44732829320");
    assertThat(d.seller().electronicAddress()).isEqualTo("73282932000074");
    assertThat(d.terms().text())
        .contains("30 jours", "04/04/2026", "FR7630006000011234567890189")
        .contains("majoré de 8 points", "40 €", "Pas d'escompte");
  }

  @Test
  void chargesNoVatAndMentionsArticle293BForAFranchiseSeller() {
    InvoiceDocument d = invoice(InvoiceDocument.VatRegime.FRANCHISE_293B);
    assertThat(d.lines()).allMatch(l -> l.vatRateBp() == 0);
    assertThat(d.vat())
        .containsExactly(
            new InvoiceDocument.VatBreakdown(
                "E", 0, 14_970, 0, "TVA non applicable, art. 293 B du CGI"));
    assertThat(d.totalVatCents()).isZero();
    assertThat(d.totalInclVatCents()).isEqualTo(14_970);
    assertThat(d.seller().vatNumber()).isNull();
  }

  @Test
  void aCreditNoteRepeatsTheInvoiceAndReferencesIt() {
    InvoiceDocument invoice = invoice(InvoiceDocument.VatRegime.LIABLE);
    InvoiceDocument credit =
        InvoiceComposition.creditNote(
            UUID.randomUUID(),
            "AV-2026-000001",
            LocalDate.parse("2026-03-20"),
            invoice,
            "Erreur de quantité");
    assertThat(credit.kind()).isEqualTo(InvoiceDocument.Kind.CREDIT_NOTE);
    assertThat(credit.correctedNumber()).isEqualTo("FA-2026-000001");
    assertThat(credit.correctedIssueDate()).isEqualTo(LocalDate.parse("2026-03-05"));
    assertThat(credit.totalInclVatCents()).isEqualTo(invoice.totalInclVatCents());
    assertThat(credit.lines()).isEqualTo(invoice.lines());
    assertThat(credit.terms().text()).contains("FA-2026-000001", "Erreur de quantité");
  }
}
