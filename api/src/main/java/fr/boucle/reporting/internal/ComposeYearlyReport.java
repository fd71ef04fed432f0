package fr.boucle.reporting.internal;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import fr.boucle.organisation.OrganisationDirectory;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.NotFound;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The buyer's printable yearly report: its sections ({@link YearlyReportSection} beans, in their
 * order) as XHTML rendered to PDF by openhtmltopdf with the embedded DejaVu Sans.
 */
@Singleton
public class ComposeYearlyReport {

  private static final String CSS =
      """
      @page { size: A4 landscape; margin: 14mm 12mm 16mm 12mm;
        @bottom-center { content: "Page " counter(page) " / " counter(pages);
          font-family: '%1$s'; font-size: 7.5pt; color: #666666; } }
      body { font-family: '%1$s'; font-size: 8pt; color: #161616; line-height: 1.35; }
      h1 { font-size: 15pt; margin: 0 0 2pt 0; color: #000091; }
      h2 { font-size: 10pt; margin: 12pt 0 4pt 0; color: #000091;
        border-bottom: 1pt solid #000091; padding-bottom: 1pt; }
      p { margin: 0 0 3pt 0; }
      .muted { color: #3a3a3a; }
      .small { font-size: 7pt; }
      .mark { border-left: 4pt solid #000091; padding-left: 6pt; margin-bottom: 8pt; }
      table.grid { width: 100%%; border-collapse: collapse; margin-bottom: 6pt;
        -fs-table-paginate: paginate; }
      table.grid th { background-color: #eeeeee; text-align: left; padding: 2pt 3pt;
        border-bottom: 1pt solid #929292; }
      table.grid td { padding: 2pt 3pt; border-bottom: 0.5pt solid #dddddd; vertical-align: top; }
      table.grid tr { page-break-inside: avoid; }
      .num { text-align: right; white-space: nowrap; }
      table.grid th.num { text-align: right; }
      .desc { word-wrap: break-word; }
      """
          .formatted(YearlyHtml.FONT_FAMILY);

  private final List<YearlyReportSection> sections;
  private final OrganisationDirectory directory;
  private final byte[] regular;
  private final byte[] bold;

  ComposeYearlyReport(List<YearlyReportSection> sections, OrganisationDirectory directory) {
    this.sections =
        sections.stream().sorted(Comparator.comparingInt(YearlyReportSection::position)).toList();
    this.directory = directory;
    this.regular = resource("/fonts/DejaVuSans.ttf");
    this.bold = resource("/fonts/DejaVuSans-Bold.ttf");
  }

  public byte[] pdf(CurrentUser user, int year) {
    ReportAccess.mayRead(user);
    ReportAccess.checkYear(year);
    return render(html(user, year));
  }

  String html(CurrentUser user, int year) {
    OrganisationDirectory.Entry buyer =
        directory.withIds(List.of(user.organisationId())).stream()
            .findFirst()
            .orElseThrow(() -> new NotFound("Organisation"));
    String title = "Rapport annuel " + year;
    StringBuilder h = new StringBuilder(32_768);
    h.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"UTF-8\"/><title>")
        .append(YearlyHtml.e(title + " — " + buyer.legalName()))
        .append("</title><style>")
        .append(CSS)
        .append("</style></head><body><div class=\"mark\"><h1>")
        .append(YearlyHtml.e(title))
        .append("</h1><p><b>")
        .append(YearlyHtml.e(buyer.legalName()))
        .append("</b> — SIRET ")
        .append(YearlyHtml.e(buyer.siret()))
        .append("</p><p class=\"muted\">Établi par Boucle le ")
        .append(ReportAccess.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
        .append(" pour l'année civile ")
        .append(year)
        .append(" (du ")
        .append(LocalDate.of(year, 1, 1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
        .append(" au ")
        .append(LocalDate.of(year, 12, 31).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
        .append(").</p></div>");
    for (YearlyReportSection section : sections) {
      h.append("<div class=\"section\">").append(section.html(user, year)).append("</div>");
    }
    h.append("</body></html>");
    return h.toString();
  }

  private byte[] render(String html) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(font(regular), YearlyHtml.FONT_FAMILY, 400, FontStyle.NORMAL, true);
      builder.useFont(font(bold), YearlyHtml.FONT_FAMILY, 700, FontStyle.NORMAL, true);
      builder.withProducer("Boucle");
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render the yearly report", e);
    }
    return out.toByteArray();
  }

  private static FSSupplier<InputStream> font(byte[] ttf) {
    return () -> new ByteArrayInputStream(ttf);
  }

  private static byte[] resource(String path) {
    try (InputStream in =
        Objects.requireNonNull(
            ComposeYearlyReport.class.getResourceAsStream(path), path + " missing")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
