package fr.boucle.reporting.internal;

import static fr.boucle.reporting.internal.YearlyHtml.e;

import fr.boucle.reporting.EmissionsReport;
import fr.boucle.shared.security.CurrentUser;
import jakarta.inject.Singleton;

/** The yearly report's emissions avoided, with the method and the sources. */
@Singleton
class EmissionsYearlySection implements YearlyReportSection {

  private final ComposeEmissionsReport emissions;

  EmissionsYearlySection(ComposeEmissionsReport emissions) {
    this.emissions = emissions;
  }

  @Override
  public int position() {
    return 50;
  }

  @Override
  public String html(CurrentUser user, int year, YearlyHtml.Words w) {
    EmissionsReport report = emissions.report(user, year, w.english());
    StringBuilder h = new StringBuilder(4096);
    h.append("<h2>")
        .append(
            w.t(
                "Émissions évitées par l'achat de réemploi",
                "Emissions avoided by buying reused goods"))
        .append("</h2>");
    h.append("<p>")
        .append(w.t("Total estimé : ", "Estimated total: "))
        .append("<b>")
        .append(w.kg(report.totalAvoidedKgCo2e()))
        .append(" kgCO2e</b></p>");
    h.append("<table class=\"grid\"><caption>")
        .append(w.t("Émissions évitées par catégorie en ", "Emissions avoided per category in "))
        .append(year)
        .append("</caption><thead><tr>");
    AgecYearlySection.header(h, w.t("Catégorie", "Category"), false);
    AgecYearlySection.header(h, w.t("Unités", "Units"), true);
    AgecYearlySection.header(h, w.t("Produit neuf de référence", "New item of reference"), false);
    AgecYearlySection.header(h, w.t("kgCO2e / unité", "kgCO2e / unit"), true);
    AgecYearlySection.header(h, w.t("Évité (kgCO2e)", "Avoided (kgCO2e)"), true);
    h.append("</tr></thead><tbody>");
    for (EmissionsReport.Row r : report.rows()) {
      h.append("<tr><th scope=\"row\">")
          .append(e(r.categoryLabel()))
          .append("</th><td class=\"num\">")
          .append(r.units())
          .append("</td><td class=\"desc\">")
          .append(r.footprintItem() == null ? "<i>" + e(r.note()) + "</i>" : e(r.footprintItem()))
          .append("</td><td class=\"num\">")
          .append(w.kg(r.productionKgCo2ePerUnit()))
          .append("</td><td class=\"num\">")
          .append(w.kg(r.avoidedKgCo2e()))
          .append("</td></tr>");
    }
    h.append("</tbody></table>");
    h.append("<p class=\"small\"><b>")
        .append(w.t("Méthode.", "Method."))
        .append("</b> ")
        .append(e(report.method()))
        .append("</p>");
    h.append("<p class=\"small muted\"><b>Sources.</b> ");
    for (EmissionsReport.SourceRef s : report.sources()) {
      h.append(e(s.title()))
          .append(" — ")
          .append(e(s.url()))
          .append(" (")
          .append(e(s.licence()))
          .append("). ");
    }
    h.append("</p>");
    return h.toString();
  }
}
