package fr.boucle.reporting.internal;

import fr.boucle.reporting.InclusiveReport;
import fr.boucle.reporting.InsertionHoursReport;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The exports of the inclusive-spend report (its months) and of insertion hours (one row per
 * declaration, for the clause facilitator), with French or English headers.
 */
@Singleton
public class InclusionExports {

  public TableExport inclusive(InclusiveReport report, boolean english) {
    TableExport table =
        new TableExport(
            english
                ? List.of(
                    "Month",
                    "Total excl. VAT (€)",
                    "SIAE (€)",
                    "EA/ESAT (€)",
                    "Reserved lots (€)",
                    "Other (€)")
                : List.of(
                    "Mois",
                    "Total HT (€)",
                    "SIAE (€)",
                    "EA/ESAT (€)",
                    "Lots réservés (€)",
                    "Autres (€)"));
    for (InclusiveReport.Month m : report.months()) {
      table.row(
          m.month(),
          new TableExport.Euros(m.totalCents()),
          new TableExport.Euros(m.siaeCents()),
          new TableExport.Euros(m.eaEsatCents()),
          new TableExport.Euros(m.reservedLotsCents()),
          new TableExport.Euros(m.totalCents() - m.siaeCents() - m.eaEsatCents()));
    }
    return table;
  }

  public TableExport insertionHours(InsertionHoursReport report, boolean english) {
    TableExport table =
        new TableExport(
            english
                ? List.of(
                    "Agreement",
                    "Lot",
                    "Lot title",
                    "Supplier",
                    "SIRET",
                    "Period",
                    "Period start",
                    "Period end",
                    "Hours declared",
                    "Hours accepted",
                    "Status",
                    "Declared on",
                    "Decided on",
                    "Rejection reason")
                : List.of(
                    "Accord-cadre",
                    "Lot",
                    "Intitulé du lot",
                    "Fournisseur",
                    "SIRET",
                    "Période",
                    "Début de période",
                    "Fin de période",
                    "Heures déclarées",
                    "Heures acceptées",
                    "Statut",
                    "Déclarée le",
                    "Décidée le",
                    "Motif du refus"));
    for (InsertionHoursReport.Lot lot : report.lots()) {
      for (InsertionHoursReport.Declaration d : lot.declarations()) {
        InsertionHoursReport.Period p =
            lot.periods().stream()
                .filter(x -> x.periodIndex() == d.periodIndex())
                .findFirst()
                .orElse(null);
        table.row(
            lot.agreementReference(),
            lot.lotNumber(),
            lot.lotTitle(),
            d.supplierName(),
            d.supplierSiret(),
            d.periodIndex(),
            p == null ? null : p.startsOn().toString(),
            p == null ? null : p.endsOn().toString(),
            d.hours(),
            d.status() == fr.boucle.insertion.DeclarationStatus.ACCEPTED ? d.hours() : 0,
            status(d.status(), english),
            ReportReaders.day(d.declaredAt()),
            d.decidedAt() == null ? null : ReportReaders.day(d.decidedAt()),
            d.rejectionReason());
      }
    }
    return table;
  }

  private static String status(fr.boucle.insertion.DeclarationStatus s, boolean english) {
    return switch (s) {
      case DECLARED -> english ? "Declared" : "Déclarée";
      case ACCEPTED -> english ? "Accepted" : "Acceptée";
      case REJECTED -> english ? "Rejected" : "Refusée";
    };
  }
}
