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
  public String html(CurrentUser user, int year, YearlyHtml.Words w) {
    InclusiveReport r =
        inclusive.report(user, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null);
    StringBuilder h = new StringBuilder(4096);
    h.append("<h2>").append(w.t("Achats inclusifs", "Inclusive purchasing")).append("</h2>");
    h.append("<table class=\"grid\"><caption>")
        .append(w.t("Dépense consommée en ", "Spend consumed in "))
        .append(year)
        .append(w.t(" par statut du fournisseur", " by the supplier's status"))
        .append("</caption><thead><tr>");
    AgecYearlySection.header(h, w.t("Part de la dépense consommée", "Share of the spend"), false);
    AgecYearlySection.header(h, w.t("Montant HT", "Amount excl. VAT"), true);
    h.append("</tr></thead><tbody>");
    row(h, w, w.t("Total", "Total"), r.totalCents());
    row(
        h,
        w,
        w.t(
            "Structures d'insertion par l'activité économique (SIAE)",
            "Work integration social enterprises (SIAE)"),
        r.siaeCents());
    row(
        h,
        w,
        w.t("Entreprises adaptées et ESAT", "Disability-inclusive enterprises (EA and ESAT)"),
        r.eaEsatCents());
    row(h, w, w.t("Autres fournisseurs", "Other suppliers"), r.otherCents());
    row(
        h,
        w,
        w.t(
            "Dont lots réservés (L2113-12 et L2113-13)",
            "Of which reserved lots (L2113-12 and L2113-13)"),
        r.reservedLotsCents());
    h.append("</tbody></table>");
    h.append("<p>")
        .append(w.t("Part inclusive : ", "Inclusive share: "))
        .append("<b>")
        .append(w.percentOfBp(r.inclusiveShareBp()))
        .append("</b></p>");
    InsertionHoursReport report = hours.report(user, null);
    if (!report.lots().isEmpty()) {
      h.append("<h2>")
          .append(w.t("Heures d'insertion (clauses sociales)", "Insertion hours (social clauses)"))
          .append("</h2>");
      h.append("<table class=\"grid\"><caption>")
          .append(
              w.t(
                  "Heures d'insertion par lot à clause sociale",
                  "Insertion hours per lot with a social clause"))
          .append("</caption><thead><tr>");
      AgecYearlySection.header(h, w.t("Accord-cadre et lot", "Framework agreement and lot"), false);
      AgecYearlySection.header(h, w.t("Objectif", "Target"), true);
      AgecYearlySection.header(h, w.t("Déclarées", "Declared"), true);
      AgecYearlySection.header(h, w.t("Acceptées", "Accepted"), true);
      h.append("</tr></thead><tbody>");
      for (InsertionHoursReport.Lot lot : report.lots()) {
        h.append("<tr><th scope=\"row\" class=\"desc\">")
            .append(e(lot.agreementReference()))
            .append(" — lot ")
            .append(lot.lotNumber())
            .append(" ")
            .append(w.french(e(lot.lotTitle())))
            .append("</th><td class=\"num\">")
            .append(lot.targetHours())
            .append(" h</td><td class=\"num\">")
            .append(lot.declaredHours())
            .append(" h</td><td class=\"num\">")
            .append(lot.acceptedHours())
            .append(" h</td></tr>");
      }
      h.append("</tbody></table>");
      h.append("<p class=\"small muted\">")
          .append(
              w.t(
                  "Les heures sont déclarées par les titulaires avec un justificatif et comptées"
                      + " par le facilitateur de la clause ; les achats seuls ne les prouvent"
                      + " pas.",
                  "Hours are declared by the contract holders with a proof and counted by the"
                      + " clause's facilitator; purchases alone do not prove them."))
          .append("</p>");
    }
    return h.toString();
  }

  private static void row(StringBuilder h, YearlyHtml.Words w, String label, long cents) {
    h.append("<tr><th scope=\"row\">")
        .append(e(label))
        .append("</th><td class=\"num\">")
        .append(w.euros(cents))
        .append("</td></tr>");
  }
}
