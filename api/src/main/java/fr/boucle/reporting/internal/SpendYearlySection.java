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
  public String html(CurrentUser user, int year, YearlyHtml.Words w) {
    SpendOverview overview = spend.overview(user, null, null);
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    StringBuilder h = new StringBuilder(4096);
    h.append("<h2>")
        .append(w.t("Consommation des accords-cadres", "Framework agreements consumed"))
        .append("</h2>");
    h.append("<table class=\"grid\"><caption>")
        .append(w.t("Périodes des lots en cours pendant l'année ", "Lot periods running during "))
        .append(year)
        .append("</caption><thead><tr>");
    AgecYearlySection.header(h, w.t("Accord-cadre et lot", "Framework agreement and lot"), false);
    AgecYearlySection.header(h, w.t("Période", "Period"), false);
    AgecYearlySection.header(h, w.t("Maximum HT", "Maximum excl. VAT"), true);
    AgecYearlySection.header(h, w.t("Engagé", "Committed"), true);
    AgecYearlySection.header(h, w.t("Facturé", "Invoiced"), true);
    AgecYearlySection.header(h, w.t("Payé", "Paid"), true);
    AgecYearlySection.header(h, w.t("Reste", "Remaining"), true);
    AgecYearlySection.header(h, w.t("Consommé", "Consumed"), true);
    h.append("</tr></thead><tbody>");
    int rows = 0;
    for (SpendOverview.Lot lot : overview.lots()) {
      for (SpendOverview.Period p : lot.periods()) {
        if (p.endsOn().isBefore(first) || p.startsOn().isAfter(last)) {
          continue;
        }
        rows++;
        h.append("<tr><th scope=\"row\" class=\"desc\">")
            .append(e(lot.agreementReference()))
            .append(" — lot ")
            .append(lot.lotNumber())
            .append(" ")
            .append(w.french(e(lot.lotTitle())))
            .append("</th><td>")
            .append(w.day(p.startsOn()))
            .append(w.t(" au ", " to "))
            .append(w.day(p.endsOn()))
            .append("</td><td class=\"num\">")
            .append(w.euros(p.maximumCents()))
            .append("</td><td class=\"num\">")
            .append(w.euros(p.committedCents()))
            .append("</td><td class=\"num\">")
            .append(w.euros(p.invoicedCents()))
            .append("</td><td class=\"num\">")
            .append(w.euros(p.paidCents()))
            .append("</td><td class=\"num\">")
            .append(w.euros(p.remainingCents()))
            .append("</td><td class=\"num\">")
            .append(w.percentOfBp(p.consumedBp()))
            .append("</td></tr>");
      }
    }
    if (rows == 0) {
      h.append("<tr><td colspan=\"8\">")
          .append(
              w.t(
                  "Aucune période d'accord-cadre sur l'année.",
                  "No framework agreement period in the year."))
          .append("</td></tr>");
    }
    h.append("</tbody></table>");
    h.append("<p class=\"small muted\">")
        .append(
            w.t(
                "Montants hors taxes, sommes du registre des dépenses ; engagé : commandé et pas"
                    + " encore facturé ; facturé : payé ou non.",
                "Amounts excl. VAT, sums of the spend ledger; committed: ordered and not yet"
                    + " invoiced; invoiced: paid or not."))
        .append("</p>");
    return h.toString();
  }
}
