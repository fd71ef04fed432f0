package fr.boucle.reporting.internal;

import static fr.boucle.reporting.internal.YearlyHtml.e;

import fr.boucle.reporting.InclusiveReport;
import fr.boucle.reporting.InsertionHoursReport;
import fr.boucle.shared.security.CurrentUser;
import jakarta.inject.Singleton;
import java.time.LocalDate;

/**
 * The yearly report's inclusive spend (the year's consumed spend by the suppliers' insertion status
 * and on reserved lots) and insertion hours per lot with a social clause — the dashboard's figures,
 * read through the same use cases.
 */
@Singleton
class InclusionYearlySection implements YearlyReportSection {

  private final ComposeInclusiveReport inclusive;
  private final ComposeInsertionHoursReport hours;

  InclusionYearlySection(ComposeInclusiveReport inclusive, ComposeInsertionHoursReport hours) {
    this.inclusive = inclusive;
    this.hours = hours;
  }

  @Override
  public int position() {
    return 30;
  }

  @Override
  public String html(CurrentUser user, int year) {
    InclusiveReport r =
        inclusive.report(user, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null);
    StringBuilder h = new StringBuilder(4096);
    h.append("<h2>Achats inclusifs</h2>");
    h.append("<table class=\"grid\"><thead><tr><th>Part de la dépense consommée</th>")
        .append("<th class=\"num\">Montant HT</th></tr></thead><tbody>");
    row(h, "Total", r.totalCents());
    row(h, "Structures d'insertion par l'activité économique (SIAE)", r.siaeCents());
    row(h, "Entreprises adaptées et ESAT", r.eaEsatCents());
    row(h, "Autres fournisseurs", r.otherCents());
    row(h, "Dont lots réservés (L2113-12 et L2113-13)", r.reservedLotsCents());
    h.append("</tbody></table>");
    h.append("<p>Part inclusive : <b>")
        .append(YearlyHtml.percentOfBp(r.inclusiveShareBp()))
        .append("</b></p>");
    InsertionHoursReport report = hours.report(user, null);
    if (!report.lots().isEmpty()) {
      h.append("<h2>Heures d'insertion (clauses sociales)</h2>");
      h.append("<table class=\"grid\"><thead><tr><th>Accord-cadre et lot</th>")
          .append("<th class=\"num\">Objectif</th><th class=\"num\">Déclarées</th>")
          .append("<th class=\"num\">Acceptées</th></tr></thead><tbody>");
      for (InsertionHoursReport.Lot lot : report.lots()) {
        h.append("<tr><td class=\"desc\">")
            .append(e(lot.agreementReference()))
            .append(" — lot ")
            .append(lot.lotNumber())
            .append(" ")
            .append(e(lot.lotTitle()))
            .append("</td><td class=\"num\">")
            .append(lot.targetHours())
            .append(" h</td><td class=\"num\">")
            .append(lot.declaredHours())
            .append(" h</td><td class=\"num\">")
            .append(lot.acceptedHours())
            .append(" h</td></tr>");
      }
      h.append("</tbody></table>");
      h.append(
          "<p class=\"small muted\">Les heures sont déclarées par les titulaires avec un"
              + " justificatif et comptées par le facilitateur de la clause ; les achats seuls"
              + " ne les prouvent pas.</p>");
    }
    return h.toString();
  }

  private static void row(StringBuilder h, String label, long cents) {
    h.append("<tr><td>")
        .append(e(label))
        .append("</td><td class=\"num\">")
        .append(YearlyHtml.euros(cents))
        .append("</td></tr>");
  }
}
