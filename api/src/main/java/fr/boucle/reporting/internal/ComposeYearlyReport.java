package fr.boucle.reporting.internal;

import fr.boucle.organisation.OrganisationDirectory;
import fr.boucle.organisation.PersonLanguage;
import fr.boucle.shared.pdf.HtmlPdf;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.NotFound;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The buyer's printable yearly report: its sections ({@link YearlyReportSection} beans, in their
 * order) as XHTML printed by the shared {@link HtmlPdf} as a tagged PDF, in the reader's language:
 * the person's (person.language), or for an API token the Accept-Language header's (French unless
 * it prefers English).
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
      caption { text-align: left; font-weight: bold; padding-bottom: 2pt; }
      table.grid thead th { background-color: #eeeeee; text-align: left; padding: 2pt 3pt;
        border-bottom: 1pt solid #929292; }
      table.grid tbody th { text-align: left; font-weight: normal; padding: 2pt 3pt;
        border-bottom: 0.5pt solid #dddddd; vertical-align: top; }
      table.grid td { padding: 2pt 3pt; border-bottom: 0.5pt solid #dddddd; vertical-align: top; }
      table.grid tr { page-break-inside: avoid; }
      .num { text-align: right; white-space: nowrap; }
      table.grid th.num { text-align: right; }
      .desc { word-wrap: break-word; }
      """
          .formatted(HtmlPdf.FONT_FAMILY);

  private final List<YearlyReportSection> sections;
  private final OrganisationDirectory directory;
  private final PersonLanguage languages;
  private final HtmlPdf pdf;

  ComposeYearlyReport(
      List<YearlyReportSection> sections,
      OrganisationDirectory directory,
      PersonLanguage languages,
      HtmlPdf pdf) {
    this.sections =
        sections.stream().sorted(Comparator.comparingInt(YearlyReportSection::position)).toList();
    this.directory = directory;
    this.languages = languages;
    this.pdf = pdf;
  }

  /** The PDF in the reader's language. */
  public byte[] pdf(CurrentUser user, int year, @Nullable String acceptLanguage) {
    ReportAccess.mayRead(user);
    ReportAccess.checkYear(year);
    YearlyHtml.Words words = words(user, acceptLanguage);
    LocalDate today = ReportAccess.today();
    return pdf.render(
        new HtmlPdf.Document(
            html(user, year, words, today),
            today.atTime(12, 0).atZone(ZoneId.of("Europe/Paris")).toInstant(),
            HtmlPdf.Archive.NONE));
  }

  /** The person's language; for an API token, the header's (English only if preferred). */
  YearlyHtml.Words words(CurrentUser user, @Nullable String acceptLanguage) {
    boolean english =
        user.personId() != null
            ? languages.english(user.personId())
            : prefersEnglish(acceptLanguage);
    return english ? YearlyHtml.Words.ENGLISH : YearlyHtml.Words.FRENCH;
  }

  static boolean prefersEnglish(@Nullable String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return false;
    }
    try {
      return "en"
          .equals(
              Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), List.of("fr", "en")));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The document's title, as in the PDF's metadata and shown by the viewer. */
  static String title(YearlyHtml.Words w, int year, String buyer) {
    return w.t("Rapport annuel ", "Yearly report ") + year + " — " + buyer;
  }

  String html(CurrentUser user, int year, YearlyHtml.Words w, LocalDate today) {
    OrganisationDirectory.Entry buyer =
        directory.withIds(List.of(user.organisationId())).stream()
            .findFirst()
            .orElseThrow(() -> new NotFound("Organisation"));
    StringBuilder h = new StringBuilder(32_768);
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(w.lang())
        .append("\"><head><meta charset=\"UTF-8\"/><title>")
        .append(YearlyHtml.e(title(w, year, buyer.legalName())))
        .append("</title><meta name=\"subject\" content=\"")
        .append(
            YearlyHtml.e(
                w.t(
                    "Achats de l'année, objectifs AGEC et émissions évitées",
                    "The year's purchases, AGEC targets and emissions avoided")))
        .append("\"/><style>")
        .append(CSS)
        .append("</style></head><body><div class=\"mark\"><h1>")
        .append(YearlyHtml.e(w.t("Rapport annuel ", "Yearly report ") + year))
        .append("</h1><p><b>")
        .append(YearlyHtml.e(buyer.legalName()))
        .append("</b> — SIRET ")
        .append(YearlyHtml.e(buyer.siret()))
        .append("</p><p class=\"muted\">")
        .append(w.t("Établi par Boucle le ", "Compiled by Boucle on "))
        .append(w.day(today))
        .append(w.t(" pour l'année civile ", " for the calendar year "))
        .append(year)
        .append(w.t(" (du ", " ("))
        .append(w.day(LocalDate.of(year, 1, 1)))
        .append(w.t(" au ", " to "))
        .append(w.day(LocalDate.of(year, 12, 31)))
        .append(").</p></div>");
    for (YearlyReportSection section : sections) {
      h.append("<div class=\"section\">").append(section.html(user, year, w)).append("</div>");
    }
    h.append("</body></html>");
    return h.toString();
  }
}
