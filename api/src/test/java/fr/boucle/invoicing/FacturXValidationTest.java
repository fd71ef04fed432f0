package fr.boucle.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.invoicing.internal.document.FacturXRendering;
import fr.boucle.shared.pdf.HtmlPdf;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every kind of invoice Boucle issues passes Mustang's validator (PDF/A-3 by veraPDF, the Factur-X
 * EN 16931 schema and schematron, the French BR-FR rules) with no error and no warning. The only
 * class that runs the validator: it takes about 9 s cold.
 */
class FacturXValidationTest {

  private final FacturXRendering rendering = new FacturXRendering(new HtmlPdf());

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("VAT-liable, 20 % and 5.5 %, delivery fee", InvoiceDocuments.liableTwoRates()),
        Arguments.of("franchise association (art. 293 B)", InvoiceDocuments.franchiseAssociation()),
        Arguments.of("credit note", InvoiceDocuments.creditNote()),
        Arguments.of("paid by card, nothing due", InvoiceDocuments.paidByCard()),
        Arguments.of("awkward text", InvoiceDocuments.awkwardText()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void passesTheValidatorWithoutErrorOrWarning(String name, InvoiceDocument document)
      throws Exception {
    byte[] pdf = rendering.facturX(document);

    String report = new ZUGFeRDValidator().validate(pdf, document.number() + ".pdf");

    Document xml = parse(report);
    List<String> findings = new ArrayList<>();
    for (String severity : List.of("exception", "error", "warning", "notice")) {
      NodeList items = xml.getElementsByTagName(severity);
      for (int i = 0; i < items.getLength(); i++) {
        Element item = (Element) items.item(i);
        findings.add(
            severity + " " + item.getAttribute("location") + ": " + item.getTextContent().trim());
      }
    }
    findings.forEach(f -> System.out.println("[" + name + "] " + f));
    assertThat(findings)
        .as("validator findings for %s", name)
        .filteredOn(f -> !f.startsWith("notice"))
        .isEmpty();
    assertThat(summaryStatuses(xml)).as(report).isNotEmpty().containsOnly("valid");
    // veraPDF's verdict as Mustang quotes it: PDF/A-3a (tagged), every assertion passed.
    assertThat(report).contains("flavour=3a").contains("isCompliant=true");
  }

  @Test
  void embedsTheCiiWithTheValuesChorusProReads() throws Exception {
    InvoiceDocument document = InvoiceDocuments.liableTwoRates();
    byte[] pdf = rendering.facturX(document);

    byte[] embedded = attachment(pdf, "factur-x.xml");
    assertThat(embedded).isEqualTo(rendering.cii(document));
    Document cii = parse(new String(embedded, StandardCharsets.UTF_8));
    assertThat(text(cii, "//*[local-name()='GuidelineSpecifiedDocumentContextParameter']/*"))
        .isEqualTo("urn:cen.eu:en16931:2017");
    assertThat(text(cii, "//*[local-name()='ExchangedDocument']/*[local-name()='TypeCode']"))
        .isEqualTo("380");
    assertThat(text(cii, "//*[local-name()='BuyerReference']")).isEqualTo("SERV-ACHATS-01");
    assertThat(
            text(
                cii,
                "//*[local-name()='BuyerOrderReferencedDocument']/*[local-name()='IssuerAssignedID']"))
        .isEqualTo("CMD-2026-000317");
    assertThat(
            text(
                cii,
                "//*[local-name()='SellerTradeParty']/*[local-name()='SpecifiedLegalOrganization']"
                    + "/*[local-name()='ID'][@schemeID='0002']"))
        .isEqualTo("732829320");
    assertThat(text(cii, "//*[local-name()='SellerTradeParty']/*[local-name()='GlobalID']"))
        .isEqualTo("73282932000074");
    // 4 × 89.90 + 12 × 45.75 + 35.00 = 943.60 at 20 % (188.72); 3 × 13.33 = 39.99 at 5.5 % (2.20)
    assertThat(text(cii, "//*[local-name()='TaxBasisTotalAmount']")).isEqualTo("983.59");
    assertThat(text(cii, "//*[local-name()='TaxTotalAmount']")).isEqualTo("190.92");
    assertThat(text(cii, "//*[local-name()='GrandTotalAmount']")).isEqualTo("1174.51");
    assertThat(text(cii, "//*[local-name()='DuePayableAmount']")).isEqualTo("1174.51");
    assertThat(text(cii, "//*[local-name()='DueDateDateTime']/*")).isEqualTo("20261230");
    assertThat(
            text(
                cii,
                "//*[local-name()='PayeePartyCreditorFinancialAccount']/*[local-name()='IBANID']"))
        .isEqualTo("FR7630006000011234567890189");
  }

  @Test
  void creditNoteReferencesTheInvoiceItCorrects() throws Exception {
    InvoiceDocument document = InvoiceDocuments.creditNote();

    Document cii = parse(new String(rendering.cii(document), StandardCharsets.UTF_8));

    assertThat(text(cii, "//*[local-name()='ExchangedDocument']/*[local-name()='TypeCode']"))
        .isEqualTo("381");
    assertThat(
            text(
                cii,
                "//*[local-name()='InvoiceReferencedDocument']/*[local-name()='IssuerAssignedID']"))
        .isEqualTo("F2026-000042");
    assertThat(text(cii, "//*[local-name()='InvoiceReferencedDocument']//*[@format='102']"))
        .isEqualTo("20261130");
    assertThat(text(cii, "//*[local-name()='GrandTotalAmount']")).isEqualTo("109.80");
  }

  @Test
  void cardPaymentIsPrepaidInFullInTheAlreadyPaidFrame() throws Exception {
    Document cii =
        parse(new String(rendering.cii(InvoiceDocuments.paidByCard()), StandardCharsets.UTF_8));

    assertThat(text(cii, "//*[local-name()='TotalPrepaidAmount']")).isEqualTo("180.00");
    assertThat(text(cii, "//*[local-name()='DuePayableAmount']")).isEqualTo("0.00");
    assertThat(
            text(
                cii,
                "//*[local-name()='BusinessProcessSpecifiedDocumentContextParameter']"
                    + "/*[local-name()='ID']"))
        .isEqualTo("B2");
  }

  @Test
  void franchiseSellerChargesNoVatAndSaysWhy() throws Exception {
    Document cii =
        parse(
            new String(
                rendering.cii(InvoiceDocuments.franchiseAssociation()), StandardCharsets.UTF_8));

    String header =
        "//*[local-name()='ApplicableHeaderTradeSettlement']/*[local-name()='ApplicableTradeTax']";
    assertThat(text(cii, header + "/*[local-name()='CategoryCode']")).isEqualTo("E");
    assertThat(text(cii, header + "/*[local-name()='ExemptionReason']"))
        .isEqualTo("TVA non applicable, art. 293 B du CGI");
    assertThat(text(cii, "//*[local-name()='TaxTotalAmount']")).isEqualTo("0.00");
    String registration =
        "//*[local-name()='SellerTradeParty']/*[local-name()='SpecifiedTaxRegistration']/*";
    assertThat(text(cii, registration + "[@schemeID='VA']")).isEmpty();
    assertThat(text(cii, registration + "[@schemeID='FC']")).isEqualTo("411444123");
  }

  private static List<String> summaryStatuses(Document report) {
    NodeList summaries = report.getElementsByTagName("summary");
    List<String> statuses = new ArrayList<>();
    for (int i = 0; i < summaries.getLength(); i++) {
      statuses.add(((Element) summaries.item(i)).getAttribute("status"));
    }
    return statuses;
  }

  private static byte[] attachment(byte[] pdf, String name) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDComplexFileSpecification spec =
          new PDDocumentNameDictionary(doc.getDocumentCatalog())
              .getEmbeddedFiles()
              .getNames()
              .get(name);
      assertThat(spec).as("attachment %s", name).isNotNull();
      return spec.getEmbeddedFile().toByteArray();
    }
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static String text(Document doc, String xpath) throws Exception {
    XPath path = XPathFactory.newInstance().newXPath();
    return ((String) path.evaluate(xpath, doc, XPathConstants.STRING)).trim();
  }
}
