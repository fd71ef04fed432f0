package fr.boucle.invoicing.internal.document;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import fr.boucle.invoicing.InvoiceDocument;
import fr.boucle.invoicing.InvoiceRendering;
import jakarta.inject.Singleton;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.logging.Level;
import org.mustangproject.ZUGFeRD.Profiles;

/**
 * The legal document: the invoice as HTML rendered to PDF/A-3 (openhtmltopdf, embedded DejaVu Sans,
 * sRGB output intent), with its CII XML attached as factur-x.xml by Mustang (Factur-X 1.0, profile
 * EN 16931). Deterministic: the PDF's dates are the issue date and its identifier is derived from
 * the document, so the same document renders to the same bytes.
 */
@Singleton
public class FacturXRendering implements InvoiceRendering {

  static final String PRODUCER = "Boucle";

  static {
    // openhtmltopdf logs through java.util.logging at INFO for every render; keep its warnings.
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
  }

  private final byte[] regular;
  private final byte[] bold;
  private final byte[] srgb;

  public FacturXRendering() {
    this.regular = resource("/fonts/DejaVuSans.ttf");
    this.bold = resource("/fonts/DejaVuSans-Bold.ttf");
    this.srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  }

  @Override
  public byte[] facturX(InvoiceDocument document) {
    byte[] xml = cii(document);
    byte[] pdf = pdfA3(document);
    try (FixedDateExporter exporter = new FixedDateExporter(document)) {
      exporter.setProducer(PRODUCER).setCreator(PRODUCER).setCreatorTool(PRODUCER);
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

  /** The visible invoice alone, PDF/A-3u, before Mustang attaches the XML. */
  byte[] pdfA3(InvoiceDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
      builder.useColorProfile(srgb);
      builder.useFont(font(regular), InvoiceHtml.FONT_FAMILY, 400, FontStyle.NORMAL, true);
      builder.useFont(font(bold), InvoiceHtml.FONT_FAMILY, 700, FontStyle.NORMAL, true);
      builder.withProducer(PRODUCER);
      builder.withHtmlContent(InvoiceHtml.render(document), null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render the invoice PDF", e);
    }
    return out.toByteArray();
  }

  private static FSSupplier<InputStream> font(byte[] ttf) {
    return () -> new ByteArrayInputStream(ttf);
  }

  private static byte[] resource(String path) {
    try (InputStream in =
        Objects.requireNonNull(
            FacturXRendering.class.getResourceAsStream(path), path + " missing")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
