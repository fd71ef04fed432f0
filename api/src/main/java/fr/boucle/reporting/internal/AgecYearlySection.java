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
  public String html(CurrentUser user, int year, YearlyHtml.Words w) {
    AgecReport report = agec.report(user, year);
    StringBuilder h = new StringBuilder(8192);
    h.append("<h2>")
        .append(
            w.t(
                "Loi AGEC (article 58) : réemploi, réutilisation et recyclage",
                "AGEC law (article 58): reuse, reutilisation and recycling"))
        .append("</h2>");
    h.append("<p class=\"muted\">")
        .append(
            w.t(
                "Objectifs du décret n° 2024-134 du 21 février 2024, sauf ceux fixés par"
                    + " l'acheteur (marqués « acheteur »). Montants HT. Les dons sont comptés à"
                    + " la valeur saisie par l'acheteur.",
                "Targets of décret n° 2024-134 of 21 February 2024, except those the buyer set"
                    + " (marked “buyer”). Amounts excl. VAT. Donations count at the value the"
                    + " buyer entered."))
        .append("</p>");
    h.append("<table class=\"grid\"><caption>")
        .append(w.t("Achats de l'année ", "Purchases of ") + year)
        .append(w.t(" par catégorie AGEC", " per AGEC category"))
        .append("</caption><thead><tr>");
    header(h, w.t("Catégorie", "Category"), false);
    header(h, w.t("Total HT", "Total excl. VAT"), true);
    header(h, w.t("Réemploi", "Reuse"), true);
    header(h, w.t("Dons", "Donations"), true);
    header(h, w.t("Recyclé", "Recycled"), true);
    header(h, w.t("Part réemploi + dons", "Reuse + donations share"), true);
    header(h, w.t("Objectif", "Target"), true);
    header(h, w.t("Part recyclée", "Recycled share"), true);
    header(h, w.t("Objectif", "Target"), true);
    header(h, w.t("Atteint", "Met"), false);
    h.append("</tr></thead><tbody>");
    long total = 0;
    for (AgecReport.Row r : report.categories()) {
      total += r.totalExclVatCents();
      String origin = r.targetOrigin() == TargetOrigin.BUYER ? w.t(" (acheteur)", " (buyer)") : "";
      h.append("<tr><th scope=\"row\" class=\"desc\">")
          .append(w.french(e(r.category())))
          .append("</th><td class=\"num\">")
          .append(w.euros(r.totalExclVatCents()))
          .append("</td><td class=\"num\">")
          .append(w.euros(r.reuseCents()))
          .append("</td><td class=\"num\">")
          .append(w.euros(r.donationCents()))
          .append("</td><td class=\"num\">")
          .append(w.euros(r.recycledCents()))
          .append("</td><td class=\"num\">")
          .append(w.percentOfBp(r.reuseShareBp()))
          .append("</td><td class=\"num\">")
          .append(w.percent(r.reuseTargetPercent()))
          .append(e(origin))
          .append("</td><td class=\"num\">")
          .append(w.percentOfBp(r.recycledShareBp()))
          .append("</td><td class=\"num\">")
          .append(w.percent(r.recycledTargetPercent()))
          .append(e(origin))
          .append("</td><td>")
          .append(r.meetsTarget() == null ? "—" : w.yes(r.meetsTarget()))
          .append("</td></tr>");
    }
    h.append("</tbody></table>");
    h.append("<p>")
        .append(w.t("Total des achats comptés : ", "Total of the purchases counted: "))
        .append("<b>")
        .append(w.euros(total))
        .append("</b>");
    if (report.unmappedExclVatCents() > 0) {
      h.append(w.t(" (hors ", " (excluding "))
          .append(w.euros(report.unmappedExclVatCents()))
          .append(w.t(" d'achats sans catégorie AGEC)", " of purchases without an AGEC category)"));
    }
    h.append("</p><p class=\"small muted\">").append(w.t("Sources : ", "Sources: "));
    report
        .sources()
        .forEach(s -> h.append(e(s.title())).append(" — ").append(e(s.url())).append(". "));
    h.append(
            w.t(
                "Déclaration annuelle sur data.gouv.fr avant le 30 juin ",
                "Yearly declaration on data.gouv.fr before 30 June "))
        .append(year + 1)
        .append(".</p>");
    return h.toString();
  }

  static void header(StringBuilder h, String label, boolean numeric) {
    h.append(numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
        .append(e(label))
        .append("</th>");
  }
}
