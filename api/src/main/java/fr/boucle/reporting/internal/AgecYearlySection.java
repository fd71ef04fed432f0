package fr.boucle.reporting.internal;

import static fr.boucle.reporting.internal.YearlyHtml.e;

import fr.boucle.reporting.AgecReport;
import fr.boucle.reporting.TargetOrigin;
import fr.boucle.shared.security.CurrentUser;
import jakarta.inject.Singleton;

/** The yearly report's AGEC table: amounts and shares per category against the targets. */
@Singleton
class AgecYearlySection implements YearlyReportSection {

  private final ComposeAgecReport agec;

  AgecYearlySection(ComposeAgecReport agec) {
    this.agec = agec;
  }

  @Override
  public int position() {
    return 20;
  }

  @Override
  public String html(CurrentUser user, int year) {
    AgecReport report = agec.report(user, year);
    StringBuilder h = new StringBuilder(8192);
    h.append("<h2>Loi AGEC (article 58) : réemploi, réutilisation et recyclage</h2>");
    h.append("<p class=\"muted\">Objectifs du décret n° 2024-134 du 21 février 2024, sauf ceux")
        .append(" fixés par l'acheteur (marqués « acheteur »). Montants HT. ")
        .append("Les dons sont comptés à la valeur saisie par l'acheteur.</p>");
    h.append("<table class=\"grid\"><thead><tr><th>Catégorie</th><th class=\"num\">Total HT</th>")
        .append("<th class=\"num\">Réemploi</th><th class=\"num\">Dons</th>")
        .append("<th class=\"num\">Recyclé</th><th class=\"num\">Part réemploi + dons</th>")
        .append("<th class=\"num\">Objectif</th><th class=\"num\">Part recyclée</th>")
        .append("<th class=\"num\">Objectif</th><th>Atteint</th></tr></thead><tbody>");
    long total = 0;
    for (AgecReport.Row r : report.categories()) {
      total += r.totalExclVatCents();
      String origin = r.targetOrigin() == TargetOrigin.BUYER ? " (acheteur)" : "";
      h.append("<tr><td class=\"desc\">")
          .append(e(r.category()))
          .append("</td><td class=\"num\">")
          .append(YearlyHtml.euros(r.totalExclVatCents()))
          .append("</td><td class=\"num\">")
          .append(YearlyHtml.euros(r.reuseCents()))
          .append("</td><td class=\"num\">")
          .append(YearlyHtml.euros(r.donationCents()))
          .append("</td><td class=\"num\">")
          .append(YearlyHtml.euros(r.recycledCents()))
          .append("</td><td class=\"num\">")
          .append(YearlyHtml.percentOfBp(r.reuseShareBp()))
          .append("</td><td class=\"num\">")
          .append(YearlyHtml.percent(r.reuseTargetPercent()))
          .append(e(origin))
          .append("</td><td class=\"num\">")
          .append(YearlyHtml.percentOfBp(r.recycledShareBp()))
          .append("</td><td class=\"num\">")
          .append(YearlyHtml.percent(r.recycledTargetPercent()))
          .append(e(origin))
          .append("</td><td>")
          .append(r.meetsTarget() == null ? "—" : r.meetsTarget() ? "oui" : "non")
          .append("</td></tr>");
    }
    h.append("</tbody></table>");
    h.append("<p>Total des achats comptés : <b>").append(YearlyHtml.euros(total)).append("</b>");
    if (report.unmappedExclVatCents() > 0) {
      h.append(" (hors ")
          .append(YearlyHtml.euros(report.unmappedExclVatCents()))
          .append(" d'achats sans catégorie AGEC)");
    }
    h.append("</p><p class=\"small muted\">Sources : ");
    report
        .sources()
        .forEach(s -> h.append(e(s.title())).append(" — ").append(e(s.url())).append(". "));
    h.append("Déclaration annuelle sur data.gouv.fr avant le 30 juin ")
        .append(year + 1)
        .append(".</p>");
    return h.toString();
  }
}
