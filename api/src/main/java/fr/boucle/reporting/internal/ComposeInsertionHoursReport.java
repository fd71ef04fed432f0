package fr.boucle.reporting.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.agreement.AgreementPeriods;
import fr.boucle.insertion.DeclarationStatus;
import fr.boucle.insertion.InsertionHours;
import fr.boucle.organisation.OrganisationDirectory;
import fr.boucle.reporting.InsertionHoursReport;
import fr.boucle.reporting.PlannedHours;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Insertion hours of the buyer's lots with a social clause (an insertion-hours target): per period
 * the hours planned ({@link PlannedHours}), declared by the suppliers (any status) and accepted by
 * the buyer, and every declaration. The facilitator counts hours from these declarations.
 */
@Singleton
public class ComposeInsertionHoursReport {

  private final AgreementLots lots;
  private final InsertionHours hours;
  private final OrganisationDirectory directory;

  ComposeInsertionHoursReport(
      AgreementLots lots, InsertionHours hours, OrganisationDirectory directory) {
    this.lots = lots;
    this.hours = hours;
    this.directory = directory;
  }

  public InsertionHoursReport report(CurrentUser user, @Nullable UUID agreementId) {
    ReportReaders.buyerSide(user);
    List<AgreementLots.Lot> buyerLots = lots.lotsOf(user.organisationId());
    ReportReaders.agreementOf(buyerLots, agreementId);
    List<AgreementLots.Lot> clauses =
        buyerLots.stream()
            .filter(l -> l.insertionHoursTarget() != null)
            .filter(l -> agreementId == null || l.agreementId().equals(agreementId))
            .toList();
    List<InsertionHours.Declaration> declarations =
        hours.onLots(clauses.stream().map(AgreementLots.Lot::lotId).toList()).stream()
            .filter(d -> d.buyerId().equals(user.organisationId()))
            .toList();
    Map<UUID, OrganisationDirectory.Entry> suppliers = new HashMap<>();
    directory
        .withIds(
            declarations.stream().map(InsertionHours.Declaration::supplierId).distinct().toList())
        .forEach(e -> suppliers.put(e.id(), e));
    List<InsertionHoursReport.Lot> rows = new ArrayList<>();
    for (AgreementLots.Lot lot : clauses) {
      List<InsertionHours.Declaration> mine =
          declarations.stream().filter(d -> d.lotId().equals(lot.lotId())).toList();
      List<AgreementPeriods.Period> periods = lot.periods().periods();
      List<Long> maxima =
          periods.stream()
              .map(p -> lot.balance(p.index()).map(AgreementLots.Balance::maximumCents).orElse(0L))
              .toList();
      List<Long> planned = PlannedHours.spread(lot.insertionHoursTarget(), maxima);
      List<InsertionHoursReport.Period> periodRows = new ArrayList<>();
      for (int i = 0; i < periods.size(); i++) {
        AgreementPeriods.Period p = periods.get(i);
        periodRows.add(
            new InsertionHoursReport.Period(
                p.index(),
                p.startsOn(),
                p.endsOn(),
                planned.get(i),
                declared(mine, p.index()),
                accepted(mine, p.index())));
      }
      rows.add(
          new InsertionHoursReport.Lot(
              lot.lotId(),
              lot.agreementId(),
              lot.agreementReference(),
              lot.number(),
              lot.title(),
              lot.insertionHoursTarget(),
              declared(mine, null),
              accepted(mine, null),
              periodRows,
              mine.stream()
                  .map(d -> {
                    OrganisationDirectory.Entry s = suppliers.get(d.supplierId());
                    return new InsertionHoursReport.Declaration(
                        d.id(),
                        s == null ? "" : s.legalName(),
                        s == null ? "" : s.siret(),
                        d.periodIndex(),
                        d.hours(),
                        d.status(),
                        d.evidenceFileName(),
                        d.declaredAt(),
                        d.decidedAt(),
                        d.rejectionReason());
                  })
                  .toList()));
    }
    return new InsertionHoursReport(rows);
  }

  /** Hours declared (whatever their status) on a period, or on all periods when null. */
  private static long declared(List<InsertionHours.Declaration> ds, @Nullable Integer period) {
    return ds.stream()
        .filter(d -> period == null || d.periodIndex() == period)
        .mapToLong(InsertionHours.Declaration::hours)
        .sum();
  }

  private static long accepted(List<InsertionHours.Declaration> ds, @Nullable Integer period) {
    return ds.stream()
        .filter(d -> d.status() == DeclarationStatus.ACCEPTED)
        .filter(d -> period == null || d.periodIndex() == period)
        .mapToLong(InsertionHours.Declaration::hours)
        .sum();
  }
}
