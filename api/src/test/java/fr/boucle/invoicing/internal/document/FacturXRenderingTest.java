package fr.boucle.invoicing.internal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.boucle.invoicing.InvoiceDocument;
import fr.boucle.invoicing.InvoiceDocuments;
import fr.boucle.shared.pdf.HtmlPdf;
import fr.boucle.shared.pdf.TaggedPdf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The visible invoice: escaped text, French legal mentions, the same bytes every time. */
class FacturXRenderingTest {

  private final FacturXRendering rendering = new FacturXRendering(new HtmlPdf());

  @Test
  void showsMarkupInValuesAsText() throws Exception {
    String text = text(rendering.facturX(InvoiceDocuments.awkwardText()));

    assertThat(text)
        .contains("Ateliers <Réemploi> & Fils \"Solidaires\"")
        .contains("<script>alert('x')</script> & co")
        .contains("Réf. MOB-<SCO>")
        .contains("5 bis, rue de l'Église & du Marché");
  }

  @Test
  void carriesTheLegalMentions() throws Exception {
    byte[] pdf = rendering.facturX(InvoiceDocuments.liableTwoRates());
    // Kept for a person to look at, like the browser tests' screenshots.
    Path samples = Files.createDirectories(Path.of("target", "invoice-samples"));
    Files.write(samples.resolve("F2026-000042.pdf"), pdf);
    String text = text(pdf).replace('\u00a0', ' ');

    assertThat(text)
        .contains("Facture n° F2026-000042")
        .contains("SIRET : 73282932000074 — SIREN : 732829320")
        .contains("N° TVA intracommunautaire : FR44732829320")
        .contains("Code service : SERV-ACHATS-01")
        .contains("Bon de commande (engagement) n°")
        .contains("CMD-2026-000317")
        .contains("Accord-cadre : AC-2025-014")
        .contains("Taux normal ou réduit 5,5 %")
        .contains("Total TTC 1 174,51 €")
        .contains("IBAN : FR7630006000011234567890189")
        .contains("indemnité forfaitaire pour frais de recouvrement de 40 €")
        .contains("majoré de 8 points");
  }

  @Test
  void franchiseAndCreditNoteSayWhatTheyAre() throws Exception {
    assertThat(text(rendering.facturX(InvoiceDocuments.franchiseAssociation())))
        .contains("TVA non applicable, art. 293 B du CGI");
    assertThat(text(rendering.facturX(InvoiceDocuments.creditNote())))
        .contains("Avoir n° AV2026-000003")
        .contains("Avoir rectifiant la facture n° F2026-000042 du 30/11/2026");
  }

  @Test
  void rendersTheSameBytesForTheSameDocument() {
    InvoiceDocument document = InvoiceDocuments.liableTwoRates();

    assertThat(rendering.facturX(document)).isEqualTo(rendering.facturX(document));
    assertThat(rendering.cii(document)).isEqualTo(rendering.cii(document));
  }

  /**
   * The flaky failure under CI load: openhtmltopdf stamped its output with the wall clock, so two
   * renders a second apart differed in their XMP metadata, hence in their object stream's length,
   * and Mustang carried that length into the final trailer. Rendering across a change of second
   * caught it every time.
   */
  @Test
  void rendersTheSameBytesInAnotherSecond() throws Exception {
    InvoiceDocument document = InvoiceDocuments.liableTwoRates();
    long second = java.time.Instant.now().getEpochSecond();
    byte[] visible = rendering.pdfA3(document);
    byte[] whole = rendering.facturX(document);
    while (java.time.Instant.now().getEpochSecond() <= second + 1) {
      Thread.sleep(100); // let the clock move on: the render must not depend on it
    }

    assertThat(rendering.pdfA3(document)).isEqualTo(visible);
    assertThat(rendering.facturX(document)).isEqualTo(whole);
  }

  @Test
  void rendersTheSameBytesOnConcurrentThreads() throws Exception {
    InvoiceDocument document = InvoiceDocuments.liableTwoRates();
    byte[] expected = rendering.facturX(document);
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<byte[]>> renders = new ArrayList<>();
      for (int i = 0; i < threads * 2; i++) {
        renders.add(
            pool.submit(() -> {
              start.await();
              return rendering.facturX(document);
            }));
      }
      start.countDown();
      for (Future<byte[]> render : renders) {
        assertThat(render.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void isATaggedPdfInFrench() throws Exception {
    byte[] pdf = rendering.facturX(InvoiceDocuments.liableTwoRates());

    TaggedPdf tagged = TaggedPdf.check(pdf, "fr", "Facture n° F2026-000042");

    assertThat(tagged.structure).contains("H1", "H2", "Table", "Caption", "TH", "TD", "P");
    assertThat(tagged.structure.stream().filter("H1"::equals)).hasSize(1);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      org.apache.xmpbox.xml.DomXmpParser parser = new org.apache.xmpbox.xml.DomXmpParser();
      parser.setStrictParsing(false);
      assertThat(
              parser
                  .parse(doc.getDocumentCatalog().getMetadata().toByteArray())
                  .getPDFAIdentificationSchema()
                  .getConformance())
          .as("PDF/A-3a: the tagged level")
          .isEqualTo("A");
    }
  }

  @Test
  void refusesADocumentWhoseTotalsItsLinesDoNotGive() {
    InvoiceDocument d = InvoiceDocuments.liableTwoRates();
    InvoiceDocument wrong =
        new InvoiceDocument(
            d.id(),
            d.kind(),
            d.number(),
            d.issueDate(),
            d.dueDate(),
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
            List.of(d.lines().get(0)),
            d.vat(),
            d.totalExclVatCents(),
            d.totalVatCents(),
            d.totalInclVatCents(),
            d.prepaidCents(),
            d.dueCents(),
            d.terms(),
            d.bankAccount());

    assertThatThrownBy(() -> rendering.cii(wrong))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("total excl. VAT");
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(doc).replaceAll("\\s*\\R\\s*", " ");
    }
  }
}
