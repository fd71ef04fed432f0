package fr.boucle.reporting.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.listing.Categories;
import fr.boucle.listing.Category;
import fr.boucle.ordering.SpendFacts;
import fr.boucle.organisation.BuyerServices;
import fr.boucle.organisation.OrganisationDirectory;
import fr.boucle.reporting.SpendBreakdown;
import fr.boucle.reporting.SpendOverview;
import fr.boucle.reporting.SpendRule;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Composes the framework spend reports of docs/reports-api.md from the spend ledger ({@link
 * SpendFacts}, one aggregate query each) and the lot periods' maximums ({@link AgreementLots}).
 */
@Singleton
public class ComposeSpendReport {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final int MAX_MONTHS = 120;

  private final SpendScope scope;
  private final SpendFacts facts;
  private final BuyerServices services;
  private final OrganisationDirectory directory;
  private final Categories categories;
  private final Clock clock;

  ComposeSpendReport(
      SpendScope scope,
      SpendFacts facts,
      BuyerServices services,
      OrganisationDirectory directory,
      Categories categories) {
    this.scope = scope;
    this.facts = facts;
    this.services = services;
    this.directory = directory;
    this.categories = categories;
    this.clock = Clock.systemUTC();
  }

  /** Per agreement, lot and period: maximum, committed, invoiced, paid, remaining, forecast. */
  public SpendOverview overview(
      CurrentUser user, @Nullable UUID agreementId, @Nullable UUID serviceId) {
    SpendScope.Scope s = scope.of(user, agreementId, serviceId);
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, PARIS);
    Map<String, SpendFacts.PeriodSpend> spend = new HashMap<>();
    for (SpendFacts.PeriodSpend p : facts.byLotPeriod(s.lotIds(), s.serviceIds())) {
      spend.put(p.lotId() + "/" + p.periodIndex(), p);
    }
    Map<UUID, List<SpendOverview.Period>> periodsByLot = new LinkedHashMap<>();
    Map<UUID, AgreementLots.LotPeriod> lotOf = new LinkedHashMap<>();
    long maximum = 0;
    SpendFacts.Amounts sum = SpendFacts.Amounts.ZERO;
    for (AgreementLots.LotPeriod lp : s.periods()) {
      SpendFacts.PeriodSpend ps = spend.get(lp.lotId() + "/" + lp.periodIndex());
      SpendFacts.Amounts part = ps == null ? SpendFacts.Amounts.ZERO : ps.part();
      SpendFacts.Amounts whole = ps == null ? SpendFacts.Amounts.ZERO : ps.whole();
      boolean current = !today.isBefore(lp.startsOn()) && !today.isAfter(lp.endsOn());
      lotOf.putIfAbsent(lp.lotId(), lp);
      periodsByLot
          .computeIfAbsent(lp.lotId(), k -> new ArrayList<>())
          .add(
              new SpendOverview.Period(
                  lp.periodIndex(),
                  lp.startsOn(),
                  lp.endsOn(),
                  current,
                  lp.maximumCents(),
                  part.committedCents(),
                  part.invoicedCents(),
                  part.paidCents(),
                  lp.maximumCents() - part.consumedCents(),
                  SpendRule.consumedBp(part.consumedCents(), lp.maximumCents()),
                  current
                      ? SpendRule.forecastReachOn(
                          lp.startsOn(),
                          lp.endsOn(),
                          today,
                          part.consumedCents(),
                          lp.maximumCents())
                      : null,
                  SpendRule.alert(whole.consumedCents(), lp.maximumCents())));
      maximum = Math.addExact(maximum, lp.maximumCents());
      sum = sum.plus(part);
    }
    List<SpendOverview.Lot> lots = new ArrayList<>();
    periodsByLot.forEach((lotId, periods) -> {
      AgreementLots.LotPeriod lp = lotOf.get(lotId);
      lots.add(
          new SpendOverview.Lot(
              lp.agreementId(),
              lp.agreementReference(),
              lp.agreementTitle(),
              lotId,
              lp.lotNumber(),
              lp.lotTitle(),
              lp.reservation().name(),
              periods));
    });
    SpendOverview.Figures totals =
        new SpendOverview.Figures(
            maximum,
            sum.committedCents(),
            sum.invoicedCents(),
            sum.paidCents(),
            maximum - sum.consumedCents(),
            SpendRule.consumedBp(sum.consumedCents(), maximum));
    return new SpendOverview(now, totals, lots);
  }

  /** The spend of the orders submitted in the range, grouped; labels in the reader's language. */
  public SpendBreakdown breakdown(
      CurrentUser user,
      @Nullable String by,
      @Nullable UUID agreementId,
      @Nullable UUID serviceId,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      Locale locale) {
    SpendScope.requireReader(user);
    LocalDate today = LocalDate.now(clock.withZone(PARIS));
    LocalDate end = to == null ? today : to;
    LocalDate start = from == null ? YearMonth.from(end).minusMonths(11).atDay(1) : from;
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    SpendFacts.By grouping = null;
    if (by == null || !List.of("service", "category", "supplier", "month").contains(by)) {
      errors.add("by", ProblemCode.SPEND_GROUPING);
    } else {
      grouping = SpendFacts.By.valueOf(by.toUpperCase(Locale.ROOT));
    }
    if (start.isAfter(end)) {
      errors.add("from", ProblemCode.FROM_AFTER_TO);
    } else if (ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end))
        >= MAX_MONTHS) {
      errors.add("to", ProblemCode.RANGE_TOO_LONG_MONTHS, "max", MAX_MONTHS);
    }
    errors.throwIfAny();
    SpendScope.Scope s = scope.of(user, agreementId, serviceId);
    List<SpendFacts.Slice> slices =
        facts.breakdown(
            s.buyerId(),
            grouping,
            s.serviceIds(),
            s.agreementFiltered() ? s.lotIds() : null,
            start,
            end);
    boolean english = locale.getLanguage().equals("en");
    Function<String, String> label = labels(grouping, slices, english);
    List<SpendBreakdown.Row> rows = new ArrayList<>();
    if (grouping == SpendFacts.By.MONTH) {
      Map<String, SpendFacts.Amounts> byMonth =
          slices.stream()
              .collect(Collectors.toMap(SpendFacts.Slice::key, SpendFacts.Slice::amounts));
      for (YearMonth m = YearMonth.from(start);
          !m.isAfter(YearMonth.from(end));
          m = m.plusMonths(1)) {
        String key = m.toString();
        rows.add(row(key, key, byMonth.getOrDefault(key, SpendFacts.Amounts.ZERO)));
      }
    } else {
      for (SpendFacts.Slice slice : slices) {
        rows.add(row(slice.key(), label.apply(slice.key()), slice.amounts()));
      }
      rows.sort((a, b) ->
          a.key().equals(SpendFacts.DELIVERY)
              ? 1
              : b.key().equals(SpendFacts.DELIVERY)
                  ? -1
                  : Long.compare(b.consumedCents(), a.consumedCents()) != 0
                      ? Long.compare(b.consumedCents(), a.consumedCents())
                      : a.label().compareTo(b.label()));
    }
    SpendFacts.Amounts total =
        slices.stream()
            .map(SpendFacts.Slice::amounts)
            .reduce(SpendFacts.Amounts.ZERO, SpendFacts.Amounts::plus);
    return new SpendBreakdown(
        by,
        start,
        end,
        rows,
        new SpendBreakdown.Amounts(
            total.committedCents(),
            total.invoicedCents(),
            total.paidCents(),
            total.consumedCents()));
  }

  private static SpendBreakdown.Row row(String key, String label, SpendFacts.Amounts a) {
    return new SpendBreakdown.Row(
        key, label, a.committedCents(), a.invoicedCents(), a.paidCents(), a.consumedCents());
  }

  /** The names of the keys: services' and suppliers' names, categories' labels. */
  private Function<String, String> labels(
      SpendFacts.By by, List<SpendFacts.Slice> slices, boolean english) {
    List<UUID> ids =
        by == SpendFacts.By.SERVICE || by == SpendFacts.By.SUPPLIER
            ? slices.stream().map(s -> UUID.fromString(s.key())).toList()
            : List.of();
    Map<String, String> names = new HashMap<>();
    switch (by) {
      case SERVICE -> services.withIds(ids).forEach(sv -> names.put(sv.id().toString(), sv.name()));
      case SUPPLIER ->
          directory.withIds(ids).forEach(o -> names.put(o.id().toString(), o.legalName()));
      case CATEGORY -> {
        for (Category c : categories.findAllOrderByPosition()) {
          names.put(c.id(), c.label(english));
        }
        names.put(SpendFacts.DELIVERY, english ? "Delivery fees" : "Frais de livraison");
      }
      case MONTH -> {}
    }
    return key -> names.getOrDefault(key, key);
  }
}
