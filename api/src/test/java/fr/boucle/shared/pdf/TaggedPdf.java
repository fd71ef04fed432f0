package fr.boucle.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.AbstractSimpleProperty;
import org.apache.xmpbox.xml.DomXmpParser;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * What a tagged, accessible PDF holds (RGAA 13.3, the PDF/UA checks a person can verify in PDFBox):
 * marked content, a structure tree with the expected elements, the document's language, its title
 * in the information dictionary and the XMP metadata and shown by the viewer, a subject, the PDF/UA
 * identification, an alternative on every figure, every font embedded.
 */
public final class TaggedPdf {

  /** The structure element types of the document, depth first. */
  public final List<String> structure = new ArrayList<>();

  private final List<PDStructureElement> figures = new ArrayList<>();

  private TaggedPdf() {}

  /**
   * Checks the PDF and answers its structure.
   *
   * @param language the expected {@code /Lang}
   * @param title the expected document title
   */
  public static TaggedPdf check(byte[] pdf, String language, String title) throws Exception {
    TaggedPdf tagged = new TaggedPdf();
    assertThat(pdfUaFailures(pdf))
        .as("rules of veraPDF's PDF/UA-1 profile the PDF fails")
        .isEmpty();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDDocumentCatalog catalog = doc.getDocumentCatalog();
      assertThat(catalog.getMarkInfo()).as("MarkInfo").isNotNull();
      assertThat(catalog.getMarkInfo().isMarked()).as("MarkInfo /Marked").isTrue();
      assertThat(catalog.getLanguage()).as("/Lang").isEqualTo(language);
      assertThat(doc.getDocumentInformation().getTitle()).as("info /Title").isEqualTo(title);
      assertThat(doc.getDocumentInformation().getSubject()).as("info /Subject").isNotBlank();
      assertThat(catalog.getViewerPreferences()).as("ViewerPreferences").isNotNull();
      assertThat(catalog.getViewerPreferences().displayDocTitle()).as("DisplayDocTitle").isTrue();
      PDMetadata metadata = catalog.getMetadata();
      assertThat(metadata).as("XMP metadata").isNotNull();
      DomXmpParser parser = new DomXmpParser();
      parser.setStrictParsing(false);
      XMPMetadata xmp = parser.parse(metadata.toByteArray());
      assertThat(xmp.getDublinCoreSchema()).as("XMP dc").isNotNull();
      assertThat(xmp.getDublinCoreSchema().getTitle()).as("XMP dc:title").isEqualTo(title);
      XMPSchema ua = xmp.getSchema("http://www.aiim.org/pdfua/ns/id/");
      assertThat(ua).as("PDF/UA identification (pdfuaid)").isNotNull();
      assertThat(ua.getProperty("part"))
          .as("pdfuaid:part")
          .isInstanceOfSatisfying(
              AbstractSimpleProperty.class,
              part -> assertThat(part.getStringValue()).isEqualTo("1"));

      PDStructureTreeRoot root = catalog.getStructureTreeRoot();
      assertThat(root).as("StructTreeRoot").isNotNull();
      tagged.walk(root);
      assertThat(tagged.structure).as("structure elements").isNotEmpty();
      for (PDStructureElement figure : tagged.figures) {
        assertThat(figure.getAlternateDescription()).as("Figure /Alt").isNotBlank();
      }
      for (PDPage page : doc.getPages()) {
        fontsEmbedded(page.getResources());
      }
    }
    return tagged;
  }

  /**
   * The rules of PDF/UA-1 (ISO 14289-1, the machine-checkable part of the Matterhorn protocol) the
   * PDF fails, by veraPDF (the validator Mustang brings for PDF/A): "clause-test message ×
   * occurrences", empty when it complies.
   */
  public static List<String> pdfUaFailures(byte[] pdf) throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new java.io.ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
      ValidationResult result = validator.validate(parser);
      java.util.Map<String, Integer> failed = new java.util.TreeMap<>();
      for (TestAssertion assertion : result.getTestAssertions()) {
        if (assertion.getStatus() == TestAssertion.Status.FAILED) {
          failed.merge(
              assertion.getRuleId().getClause()
                  + "-"
                  + assertion.getRuleId().getTestNumber()
                  + " "
                  + assertion.getMessage(),
              1,
              Integer::sum);
        }
      }
      List<String> failures = new ArrayList<>();
      failed.forEach((rule, times) -> failures.add(rule + " × " + times));
      if (failures.isEmpty()) {
        assertThat(result.isCompliant()).as("veraPDF's PDF/UA-1 verdict").isTrue();
      }
      return failures;
    }
  }

  private void walk(PDStructureNode node) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        String type = element.getStandardStructureType();
        structure.add(type);
        if ("Figure".equals(type)) {
          figures.add(element);
        }
        walk(element);
      }
    }
  }

  private static void fontsEmbedded(PDResources resources) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      PDFontDescriptor descriptor =
          font instanceof PDType0Font type0
              ? type0.getDescendantFont().getFontDescriptor()
              : font.getFontDescriptor();
      assertThat(descriptor).as("descriptor of font %s", font.getName()).isNotNull();
      assertThat(
              descriptor.getFontFile() != null
                  || descriptor.getFontFile2() != null
                  || descriptor.getFontFile3() != null)
          .as("font %s embedded", font.getName())
          .isTrue();
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name)
          instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
        fontsEmbedded(form.getResources());
      }
    }
  }
}
