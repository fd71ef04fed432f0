package fr.boucle.reporting.internal;

import fr.boucle.reporting.AgecReport;
import fr.boucle.reporting.EmissionsReport;
import fr.boucle.shared.security.CurrentUser;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The CSV/XLSX twins of the AGEC and emissions reports: the JSON's rows, the same figures. */
@Singleton
public class ExportYearlyTables {

  private final ComposeAgecReport agec;
  private final ComposeEmissionsReport emissions;

  ExportYearlyTables(ComposeAgecReport agec, ComposeEmissionsReport emissions) {
    this.agec = agec;
    this.emissions = emissions;
  }

  public byte[] agec(CurrentUser user, int year, boolean english, boolean xlsx) {
    AgecReport report = agec.report(user, year);
    List<String> headers =
        english
            ? List.of(
                "Year",
                "AGEC category",
                "Total excl. VAT (EUR)",
                "Reuse/reutilisation (EUR)",
                "Donations (EUR)",
                "Recycled content (EUR)",
                "Reuse + donations share (%)",
                "Recycled share (%)",
                "Reuse target (%)",
                "Recycled target (%)",
                "Target origin",
                "Target met")
            : List.of(
                "Année",
                "Catégorie AGEC",
                "Montant total HT (EUR)",
                "Réemploi/réutilisation (EUR)",
                "Dons (EUR)",
                "Matières recyclées (EUR)",
                "Part réemploi + dons (%)",
                "Part recyclée (%)",
                "Objectif réemploi (%)",
                "Objectif recyclé (%)",
                "Origine de l'objectif",
                "Objectif atteint");
    List<List<Object>> rows = new ArrayList<>();
    for (AgecReport.Row r : report.categories()) {
      rows.add(
          Arrays.asList(
              String.valueOf(year),
              r.category(),
              ReportTable.euros(r.totalExclVatCents()),
              ReportTable.euros(r.reuseCents()),
              ReportTable.euros(r.donationCents()),
              ReportTable.euros(r.recycledCents()),
              ReportTable.percentOfBp(r.reuseShareBp()),
              ReportTable.percentOfBp(r.recycledShareBp()),
              r.reuseTargetPercent() == null ? null : r.reuseTargetPercent().toString(),
              r.recycledTargetPercent() == null ? null : r.recycledTargetPercent().toString(),
              r.targetOrigin().name(),
              r.meetsTarget() == null ? null : yes(r.meetsTarget(), english)));
    }
    ReportTable table = new ReportTable("AGEC " + year, headers, rows);
    return xlsx ? table.xlsx() : table.csv();
  }

  public byte[] emissions(CurrentUser user, int year, boolean english, boolean xlsx) {
    EmissionsReport report = emissions.report(user, year, english);
    List<String> headers =
        english
            ? List.of(
                "Year",
                "Category",
                "Footprint item (ADEME)",
                "Units",
                "Production footprint per unit (kgCO2e)",
                "Avoided (kgCO2e)",
                "Note")
            : List.of(
                "Année",
                "Catégorie",
                "Référence d'empreinte (ADEME)",
                "Unités",
                "Empreinte de fabrication par unité (kgCO2e)",
                "Évité (kgCO2e)",
                "Remarque");
    List<List<Object>> rows = new ArrayList<>();
    for (EmissionsReport.Row r : report.rows()) {
      rows.add(
          Arrays.asList(
              String.valueOf(year),
              r.categoryLabel(),
              r.footprintItem(),
              String.valueOf(r.units()),
              r.productionKgCo2ePerUnit(),
              r.avoidedKgCo2e(),
              r.note()));
    }
    ReportTable table = new ReportTable("Emissions " + year, headers, rows);
    return xlsx ? table.xlsx() : table.csv();
  }

  private static String yes(boolean value, boolean english) {
    return english ? (value ? "yes" : "no") : (value ? "oui" : "non");
  }
}
