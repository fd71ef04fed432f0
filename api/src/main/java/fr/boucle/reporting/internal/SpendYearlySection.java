package fr.boucle.reporting.internal;

import static fr.boucle.reporting.internal.YearlyHtml.e;

import fr.boucle.reporting.SpendOverview;
import fr.boucle.shared.security.CurrentUser;
import jakarta.inject.Singleton;
import java.time.LocalDate;

/**
 * The yearly report's framework spend: each lot period that overlaps the year, with its maximum,
 * what is committed, invoiced and paid, what remains and the share consumed — the dashboard's
 * figures, read through the same use case.
 */
@Singleton
class SpendYearlySection implements YearlyReportSection {

  private final ComposeSpendReport spend;

  SpendYearlySection(ComposeSpendReport spend) {
    this.spend = spend;
  }

  @Override
  public int position() {
    return 10;
  }

  @Override
  public String html(CurrentUser user, int year) {
    SpendOverview overview = spend.overview(user, null, null);
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    StringBuilder h = new StringBuilder(4096);
    h.append("<h2>Consommation des accords-cadres</h2>");
    h.append("<table class=\"grid\"><thead><tr><th>Accord-cadre et lot</th><th>Période</th>")
        .append("<th class=\"num\">Maximum HT</th><th class=\"num\">Engagé</th>")
        .append("<th class=\"num\">Facturé</th><th class=\"num\">Payé</th>")
        .append("<th class=\"num\">Reste</th><th class=\"num\">Consommé</th></tr></thead><tbody>");
    int rows = 0;
    for (SpendOverview.Lot lot : overview.lots()) {
      for (SpendOverview.Period p : lot.periods()) {
        if (p.endsOn().isBefore(first) || p.startsOn().isAfter(last)) {
          continue;
        }
        rows++;
        h.append("<tr><td class=\"desc\">")
            .append(e(lot.agreementReference()))
            .append(" — lot ")
            .append(lot.lotNumber())
            .append(" ")
            .append(e(lot.lotTitle()))
            .append("</td><td>")
            .append(p.startsOn())
            .append(" → ")
            .append(p.endsOn())
            .append("</td><td class=\"num\">")
            .append(YearlyHtml.euros(p.maximumCents()))
            .append("</td><td class=\"num\">")
            .append(YearlyHtml.euros(p.committedCents()))
            .append("</td><td class=\"num\">")
            .append(YearlyHtml.euros(p.invoicedCents()))
            .append("</td><td class=\"num\">")
            .append(YearlyHtml.euros(p.paidCents()))
            .append("</td><td class=\"num\">")
            .append(YearlyHtml.euros(p.remainingCents()))
            .append("</td><td class=\"num\">")
            .append(YearlyHtml.percentOfBp(p.consumedBp()))
            .append("</td></tr>");
      }
    }
    if (rows == 0) {
      h.append("<tr><td colspan=\"8\">Aucune période d'accord-cadre sur l'année.</td></tr>");
    }
    h.append("</tbody></table>");
    h.append(
        "<p class=\"small muted\">Montants hors taxes, sommes du registre des dépenses ; engagé :"
            + " commandé et pas encore facturé ; facturé : payé ou non.</p>");
    return h.toString();
  }
}
