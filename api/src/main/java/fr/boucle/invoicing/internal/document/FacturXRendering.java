package fr.boucle.invoicing.internal.document;

import fr.boucle.invoicing.InvoiceDocument;
import fr.boucle.invoicing.InvoiceRendering;
import fr.boucle.shared.pdf.HtmlPdf;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import org.mustangproject.ZUGFeRD.PDFAConformanceLevel;
import org.mustangproject.ZUGFeRD.Profiles;

/**
 * The legal document: the invoice as HTML rendered to a tagged PDF/A-3a by the shared {@link
 * HtmlPdf} (embedded DejaVu Sans, sRGB output intent, structure tree, {@code /Lang fr}), with its
 * CII XML attached as factur-x.xml by Mustang (Factur-X 1.0, profile EN 16931). Deterministic: the
 * PDF's dates are the issue date and its identifier is derived from the document, so the same
 * document renders to the same bytes.
 */
@Singleton
public class FacturXRendering implements InvoiceRendering {

  static final String PRODUCER = HtmlPdf.PRODUCER;

  private final HtmlPdf html;

  public FacturXRendering(HtmlPdf html) {
    this.html = html;
  }

  @Override
  public byte[] facturX(InvoiceDocument document) {
    byte[] xml = cii(document);
    byte[] pdf = pdfA3(document);
    try (FixedDateExporter exporter = new FixedDateExporter(document)) {
      exporter.setProducer(PRODUCER).setCreator(PRODUCER).setCreatorTool(PRODUCER);
      exporter.setConformanceLevel(PDFAConformanceLevel.ACCESSIBLE);
      exporter.load(pdf);
      exporter.setProfile(Profiles.getByName("EN16931"));
      exporter.setXML(xml);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + xml.length + 4096);
      exporter.export(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not attach the Factur-X XML", e);
    }
  }

  @Override
  public byte[] cii(InvoiceDocument document) {
    return CiiInvoice.xml(document);
  }

  /** The visible invoice alone, tagged PDF/A-3a, before Mustang attaches the XML. */
  byte[] pdfA3(InvoiceDocument document) {
    return html.render(
        new HtmlPdf.Document(
            InvoiceHtml.render(document),
            document.issueDate().atTime(12, 0).atZone(ZoneId.of("Europe/Paris")).toInstant(),
            HtmlPdf.Archive.PDF_A_3A));
  }
}
