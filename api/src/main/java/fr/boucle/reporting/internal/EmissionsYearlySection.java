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
  public String html(CurrentUser user, int year) {
    EmissionsReport report = emissions.report(user, year, false);
    StringBuilder h = new StringBuilder(4096);
    h.append("<h2>Émissions évitées par l'achat de réemploi</h2>");
    h.append("<p>Total estimé : <b>")
        .append(YearlyHtml.kg(report.totalAvoidedKgCo2e()))
        .append(" kgCO2e</b></p>");
    h.append("<table class=\"grid\"><thead><tr><th>Catégorie</th><th class=\"num\">Unités</th>")
        .append("<th>Produit neuf de référence</th><th class=\"num\">kgCO2e / unité</th>")
        .append("<th class=\"num\">Évité (kgCO2e)</th></tr></thead><tbody>");
    for (EmissionsReport.Row r : report.rows()) {
      h.append("<tr><td>")
          .append(e(r.categoryLabel()))
          .append("</td><td class=\"num\">")
          .append(r.units())
          .append("</td><td class=\"desc\">")
          .append(r.footprintItem() == null ? "<i>" + e(r.note()) + "</i>" : e(r.footprintItem()))
          .append("</td><td class=\"num\">")
          .append(YearlyHtml.kg(r.productionKgCo2ePerUnit()))
          .append("</td><td class=\"num\">")
          .append(YearlyHtml.kg(r.avoidedKgCo2e()))
          .append("</td></tr>");
    }
    h.append("</tbody></table>");
    h.append("<p class=\"small\"><b>Méthode.</b> ").append(e(report.method())).append("</p>");
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
