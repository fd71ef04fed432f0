package fr.boucle.reporting.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.ordering.OrdersPlaced;
import fr.boucle.ordering.SpendFacts;
import fr.boucle.reporting.SpendRule;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises the spend alerts: a lot period whose consumption reached 80 % and then 100 % of its
 * maximum, once each, recorded and mailed (through the outbox, in the same transaction) to the
 * buyer admins and the approvers of the services that ordered on it.
 *
 * <p>When: consumption only grows when orders are placed (approval, invoicing and payment move
 * amounts between committed and invoiced without changing their sum), so ordering's {@link
 * OrdersPlaced}, published once place_orders has committed, is the moment to look — the ledger then
 * holds the new orders and every order committed before, so two concurrent placements cannot both
 * miss a crossing that they make together (the later one sees both). The unique key of the alert
 * makes each one raised once even when both look at the same time. A short sweep of the periods
 * under way catches what an event missed (a crash between the commit and the listener, a history
 * loaded directly in the database such as the demo's).
 */
@Singleton
public class WatchSpendAlerts {

  private static final Logger LOG = LoggerFactory.getLogger(WatchSpendAlerts.class);

  private final AgreementLots lots;
  private final SpendFacts facts;
  private final RaiseSpendAlert raiser;

  WatchSpendAlerts(AgreementLots lots, SpendFacts facts, RaiseSpendAlert raiser) {
    this.lots = lots;
    this.facts = facts;
    this.raiser = raiser;
  }

  @EventListener
  void on(OrdersPlaced placed) {
    Set<String> touched =
        placed.lotPeriods().stream()
            .map(lp -> lp.lotId() + "/" + lp.periodIndex())
            .collect(Collectors.toSet());
    List<AgreementLots.LotPeriod> periods =
        lots.periodsOf(placed.buyerId()).stream()
            .filter(p -> touched.contains(p.lotId() + "/" + p.periodIndex()))
            .toList();
    try {
      check(periods);
    } catch (RuntimeException e) {
      LOG.warn("Spend alerts of {} not checked; the sweep will", placed.lotPeriods(), e);
    }
  }

  /** Every few minutes, the periods under way; raises what is missing. */
  @Scheduled(
      fixedDelay = "${boucle.reports.spend-alert-sweep:5m}",
      initialDelay = "${boucle.reports.spend-alert-sweep-start:20s}")
  public void sweep() {
    int raised = check(lots.periodsUnderWay(LocalDate.now(ComposeSpendReport.PARIS)));
    if (raised > 0) {
      LOG.info("{} spend alert(s) raised by the sweep", raised);
    }
  }

  /** Checks these lot periods against their maximums; answers how many alerts it raised. */
  int check(List<AgreementLots.LotPeriod> periods) {
    if (periods.isEmpty()) {
      return 0;
    }
    Map<String, SpendFacts.PeriodSpend> spend =
        facts
            .byLotPeriod(
                periods.stream().map(AgreementLots.LotPeriod::lotId).distinct().toList(), null)
            .stream()
            .collect(Collectors.toMap(p -> p.lotId() + "/" + p.periodIndex(), p -> p));
    int raised = 0;
    for (AgreementLots.LotPeriod p : periods) {
      SpendFacts.PeriodSpend s = spend.get(p.lotId() + "/" + p.periodIndex());
      if (s == null) {
        continue;
      }
      long consumed = s.whole().consumedCents();
      List<Integer> crossed = SpendRule.thresholdsCrossed(consumed, p.maximumCents());
      if (!crossed.isEmpty()) {
        raised += raiser.raise(p, crossed, consumed);
      }
    }
    return raised;
  }
}
