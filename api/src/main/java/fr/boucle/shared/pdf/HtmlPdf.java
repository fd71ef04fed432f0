package fr.boucle.shared.pdf;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import jakarta.inject.Singleton;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.TimeZone;
import java.util.logging.Level;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Every PDF Boucle prints: XHTML rendered by openhtmltopdf as a tagged PDF (PDF/UA mode: structure
 * tree from the markup's headings, tables and lists, {@code /Lang} from {@code <html lang>}, the
 * {@code <title>} as the document title shown by the viewer), with the embedded DejaVu Sans under
 * {@link #FONT_FAMILY} and the sRGB output intent, optionally PDF/A-3.
 *
 * <p>Deterministic: openhtmltopdf stamps the document with the wall clock, which changes the
 * metadata's length from one second to the next and so every offset after it; here the dates are
 * the document's own moment and the file identifier is derived from its markup, so the same
 * document renders to the same bytes at any time and on any thread.
 */
@Singleton
public class HtmlPdf {

  /** The family name templates use in their CSS: the embedded DejaVu Sans. */
  public static final String FONT_FAMILY = "Boucle Sans";

  public static final String PRODUCER = "Boucle";

  /** PDF/A level: none, or PDF/A-3a (tagged, accessible: what Factur-X invoices use). */
  public enum Archive {
    NONE,
    PDF_A_3A
  }

  /**
   * One document to print.
   *
   * @param html XHTML with {@code <html lang>}, a {@code <title>} and semantic markup
   * @param moment the document's own date (issue, submission, compilation), written as its creation
   *     and modification dates
   * @param archive the PDF/A level
   */
  public record Document(String html, Instant moment, Archive archive) {
    public Document {
      Objects.requireNonNull(html, "html");
      Objects.requireNonNull(moment, "moment");
      Objects.requireNonNull(archive, "archive");
    }
  }

  static {
    // openhtmltopdf logs through java.util.logging at INFO for every render; keep its warnings.
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
  }

  private final byte[] regular;
  private final byte[] bold;
  private final byte[] srgb;

  public HtmlPdf() {
    this.regular = resource("/fonts/DejaVuSans.ttf");
    this.bold = resource("/fonts/DejaVuSans-Bold.ttf");
    this.srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  }

  public byte[] render(Document document) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.usePdfUaAccessibility(true);
    if (document.archive() == Archive.PDF_A_3A) {
      builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
    }
    builder.useColorProfile(srgb);
    builder.useFont(font(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
    builder.useFont(font(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
    builder.withProducer(PRODUCER);
    builder.withHtmlContent(document.html(), null);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.layout();
      PDDocument pdf = renderer.createPDFKeepOpen();
      settle(pdf, document);
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render the PDF", e);
    }
  }

  /** The document's moment instead of the clock, an identifier from its markup, title shown. */
  private static void settle(PDDocument pdf, Document document) throws IOException {
    Calendar moment = new GregorianCalendar(TimeZone.getTimeZone("Europe/Paris"));
    moment.setTimeInMillis(document.moment().toEpochMilli() / 1000 * 1000);
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setCreationDate(moment);
    info.setModificationDate(moment);
    PDDocumentCatalog catalog = pdf.getDocumentCatalog();
    PDMetadata metadata = catalog.getMetadata();
    if (metadata != null) {
      try {
        DomXmpParser parser = new DomXmpParser();
        parser.setStrictParsing(false);
        XMPMetadata xmp = parser.parse(metadata.toByteArray());
        XMPBasicSchema basic = xmp.getXMPBasicSchema();
        if (basic != null) {
          basic.setCreateDate(moment);
          basic.setModifyDate(moment);
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        new XmpSerializer().serialize(xmp, xml, true);
        metadata.importXMPMetadata(xml.toByteArray());
      } catch (XmpParsingException | TransformerException e) {
        throw new IOException("Could not settle the XMP metadata", e);
      }
    }
    PDViewerPreferences preferences = catalog.getViewerPreferences();
    if (preferences == null) {
      preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
      catalog.setViewerPreferences(preferences);
    }
    preferences.setDisplayDocTitle(true);
    byte[] id = identifier(document.html());
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private static byte[] identifier(String html) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(digest, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static FSSupplier<InputStream> font(byte[] ttf) {
    return () -> new ByteArrayInputStream(ttf);
  }

  private static byte[] resource(String path) {
    try (InputStream in =
        Objects.requireNonNull(HtmlPdf.class.getResourceAsStream(path), path + " missing")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
