package fr.boucle.reporting.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.agreement.Reservation;
import fr.boucle.ordering.ConsumedSpend;
import fr.boucle.organisation.InsertionStatus;
import fr.boucle.organisation.OrganisationDirectory;
import fr.boucle.reporting.InclusiveReport;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A buyer's inclusive spend: consumed amounts (the spend ledger's committed + invoiced excl. VAT
 * per order, see {@link ConsumedSpend}) by the supplier's insertion status today (SIAE_* → SIAE;
 * EA, ESAT → EA/ESAT; any other → other), and separately those on lots reserved under articles
 * L2113-12/13, per month of the orders' submission.
 */
@Singleton
public class ComposeInclusiveReport {

  static final Set<InsertionStatus> SIAE =
      EnumSet.of(
          InsertionStatus.SIAE_EI,
          InsertionStatus.SIAE_ACI,
          InsertionStatus.SIAE_AI,
          InsertionStatus.SIAE_ETTI);
  static final Set<InsertionStatus> EA_ESAT = EnumSet.of(InsertionStatus.EA, InsertionStatus.ESAT);

  private final ConsumedSpend spend;
  private final AgreementLots lots;
  private final OrganisationDirectory directory;
  private final ReportReaders readers;

  ComposeInclusiveReport(
      ConsumedSpend spend,
      AgreementLots lots,
      OrganisationDirectory directory,
      ReportReaders readers) {
    this.spend = spend;
    this.lots = lots;
    this.directory = directory;
    this.readers = readers;
  }

  private static final class Sums {
    long total;
    long siae;
    long eaEsat;
    long reserved;
  }

  public InclusiveReport report(
      CurrentUser user,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      @Nullable UUID agreementId,
      @Nullable UUID serviceId) {
    ReportReaders.buyerSide(user);
    ReportReaders.Range range = ReportReaders.range(from, to);
    List<AgreementLots.Lot> buyerLots = lots.lotsOf(user.organisationId());
    ReportReaders.agreementOf(buyerLots, agreementId);
    Set<UUID> services = readers.services(user, serviceId);
    Map<UUID, AgreementLots.Lot> lotById =
        buyerLots.stream().collect(Collectors.toMap(AgreementLots.Lot::lotId, Function.identity()));
    List<ConsumedSpend.ConsumedOrder> orders =
        spend.consumed(user.organisationId(), range.from(), range.to(), services).stream()
            .filter(o -> agreementId == null || o.agreementId().equals(agreementId))
            .toList();
    Map<UUID, InsertionStatus> statusOf = new HashMap<>();
    for (OrganisationDirectory.Entry e :
        directory.withIds(
            orders.stream().map(ConsumedSpend.ConsumedOrder::supplierId).distinct().toList())) {
      statusOf.put(e.id(), e.insertionStatus());
    }
    Map<YearMonth, Sums> months = new LinkedHashMap<>();
    for (YearMonth m = YearMonth.from(range.from());
        !m.isAfter(YearMonth.from(range.to()));
        m = m.plusMonths(1)) {
      months.put(m, new Sums());
    }
    Sums all = new Sums();
    for (ConsumedSpend.ConsumedOrder o : orders) {
      InsertionStatus status = statusOf.get(o.supplierId());
      AgreementLots.Lot lot = lotById.get(o.lotId());
      boolean reserved = lot != null && lot.reservation() != Reservation.NONE;
      for (Sums s : List.of(all, months.get(YearMonth.from(o.orderedOn())))) {
        s.total = Math.addExact(s.total, o.consumedCents());
        if (SIAE.contains(status)) {
          s.siae = Math.addExact(s.siae, o.consumedCents());
        } else if (EA_ESAT.contains(status)) {
          s.eaEsat = Math.addExact(s.eaEsat, o.consumedCents());
        }
        if (reserved) {
          s.reserved = Math.addExact(s.reserved, o.consumedCents());
        }
      }
    }
    List<InclusiveReport.Month> rows = new ArrayList<>();
    months.forEach((m, s) ->
        rows.add(new InclusiveReport.Month(m.toString(), s.total, s.siae, s.eaEsat, s.reserved)));
    return new InclusiveReport(
        range.from(),
        range.to(),
        all.total,
        all.siae,
        all.eaEsat,
        all.reserved,
        all.total - all.siae - all.eaEsat,
        InclusiveReport.shareBp(all.siae + all.eaEsat, all.total),
        rows);
  }
}
