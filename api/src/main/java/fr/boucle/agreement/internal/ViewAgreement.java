package fr.boucle.agreement.internal;

import fr.boucle.agreement.AgreementAudience;
import fr.boucle.agreement.AgreementCommands;
import fr.boucle.agreement.AgreementDraft;
import fr.boucle.agreement.AgreementViews;
import fr.boucle.organisation.OrganisationDirectory;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One framework agreement with its lots and each lot period's consumption, read in a fixed number
 * of queries whatever the number of lots. Suppliers see only the lots they are awarded.
 */
@Singleton
public class ViewAgreement {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final AgreementAccess access;
  private final Lots lots;
  private final LotCategories categories;
  private final LotSuppliers suppliers;
  private final LotUnitPrices prices;
  private final LotPeriods periods;
  private final OrganisationDirectory directory;

  ViewAgreement(
      AgreementAccess access,
      Lots lots,
      LotCategories categories,
      LotSuppliers suppliers,
      LotUnitPrices prices,
      LotPeriods periods,
      OrganisationDirectory directory) {
    this.access = access;
    this.lots = lots;
    this.categories = categories;
    this.suppliers = suppliers;
    this.prices = prices;
    this.periods = periods;
    this.directory = directory;
  }

  public AgreementViews.AgreementView get(CurrentUser user, UUID id) {
    return view(user, access.visible(user, id));
  }

  /** The view of an agreement the caller is known to see. */
  AgreementViews.AgreementView view(CurrentUser user, Agreements.Row a) {
    LocalDate today = LocalDate.now(PARIS);
    AgreementAudience audience = AgreementAudience.of(user);
    UUID onlySupplier = audience.seesOnlyItsLots() ? audience.organisationId() : null;
    List<Lots.Row> rows = lots.findByAgreementIdOrderByNumber(a.id());
    List<UUID> lotIds = rows.stream().map(Lots.Row::id).toList();
    Map<UUID, List<UUID>> awarded = new java.util.HashMap<>();
    if (!lotIds.isEmpty()) {
      for (LotSuppliers.Row s : suppliers.ofLots(lotIds)) {
        if (onlySupplier == null || onlySupplier.equals(s.id().supplierId())) {
          awarded.computeIfAbsent(s.id().lotId(), k -> new ArrayList<>()).add(s.id().supplierId());
        }
      }
    }
    if (onlySupplier != null) {
      rows = rows.stream().filter(l -> awarded.containsKey(l.id())).toList();
      lotIds = rows.stream().map(Lots.Row::id).toList();
    }
    Set<UUID> parties = new HashSet<>();
    parties.add(a.buyerId());
    awarded.values().forEach(parties::addAll);
    Map<UUID, AgreementViews.Party> party =
        directory.withIds(parties).stream()
            .map(ViewAgreement::party)
            .collect(Collectors.toMap(AgreementViews.Party::id, Function.identity()));
    List<AgreementViews.LotView> lotViews = lotViews(rows, lotIds, awarded, party, today);
    AgreementViews.Party buyer = party.get(a.buyerId());
    return new AgreementViews.AgreementView(
        a.id(),
        a.reference(),
        a.title(),
        a.procedure(),
        a.launchedOn(),
        a.startDate(),
        a.initialEndDate(),
        a.renewalCount(),
        a.renewalMonths(),
        a.endDate(),
        a.status(),
        a.inForceOn(today),
        AgreementDraft.environmentalClauseRequired(a.launchedOn()),
        new AgreementViews.Party(buyer.id(), buyer.legalName(), buyer.siret(), null),
        lotViews,
        a.createdAt(),
        a.updatedAt());
  }

  private List<AgreementViews.LotView> lotViews(
      List<Lots.Row> rows,
      List<UUID> lotIds,
      Map<UUID, List<UUID>> awarded,
      Map<UUID, AgreementViews.Party> party,
      LocalDate today) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<String>> scope =
        categories.ofLots(lotIds).stream()
            .collect(
                Collectors.groupingBy(
                    c -> c.id().lotId(),
                    Collectors.mapping(c -> c.id().categoryId(), Collectors.toList())));
    Map<UUID, List<AgreementCommands.UnitPrice>> schedule =
        prices.ofLots(lotIds).stream()
            .collect(
                Collectors.groupingBy(
                    p -> p.id().lotId(),
                    Collectors.mapping(
                        p ->
                            new AgreementCommands.UnitPrice(
                                p.id().categoryId(), p.unitPriceExclVatCents()),
                        Collectors.toList())));
    Map<UUID, List<AgreementViews.PeriodView>> consumption =
        periods.balancesOf(lotIds).stream()
            .collect(
                Collectors.groupingBy(
                    LotPeriods.Balance::lotId,
                    Collectors.mapping(b -> period(b, today), Collectors.toList())));
    List<AgreementViews.LotView> views = new ArrayList<>();
    for (Lots.Row l : rows) {
      views.add(
          new AgreementViews.LotView(
              l.id(),
              l.number(),
              l.title(),
              l.reservation(),
              scope.getOrDefault(l.id(), List.of()),
              awarded.getOrDefault(l.id(), List.of()).stream()
                  .map(party::get)
                  .sorted(
                      Comparator.comparing(AgreementViews.Party::legalName)
                          .thenComparing(AgreementViews.Party::id))
                  .toList(),
              l.minimumExclVatCents(),
              l.maximumExclVatCents(),
              l.priceTerms(),
              l.discountBasisPoints(),
              schedule.getOrDefault(l.id(), List.of()),
              l.insertionHoursTarget(),
              l.environmentalClause(),
              consumption.getOrDefault(l.id(), List.of()),
              l.platformCommissionBp()));
    }
    return views;
  }

  private static AgreementViews.PeriodView period(LotPeriods.Balance b, LocalDate today) {
    return new AgreementViews.PeriodView(
        b.periodIndex(),
        b.startsOn(),
        b.endsOn(),
        b.maximumExclVatCents(),
        b.committedExclVatCents(),
        b.invoicedExclVatCents(),
        b.maximumExclVatCents() - b.committedExclVatCents() - b.invoicedExclVatCents(),
        !today.isBefore(b.startsOn()) && !today.isAfter(b.endsOn()));
  }

  static AgreementViews.Party party(OrganisationDirectory.Entry e) {
    return new AgreementViews.Party(e.id(), e.legalName(), e.siret(), insertion(e));
  }

  private static @Nullable String insertion(OrganisationDirectory.Entry e) {
    return e.insertionStatus() == null ? null : e.insertionStatus().name();
  }
}
