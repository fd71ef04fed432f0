package fr.boucle.reporting.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.ordering.SpendFacts;
import fr.boucle.reporting.SpendAlertList;
import fr.boucle.shared.security.CurrentUser;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The spend alerts a reader sees, newest first: all of the organisation's for the buyer admin and
 * spend:read tokens; for approvers and requesters, those of the lot periods their services ordered
 * on.
 */
@Singleton
public class ListSpendAlerts {

  private final SpendAlerts alerts;
  private final AgreementLots lots;
  private final SpendFacts facts;

  ListSpendAlerts(SpendAlerts alerts, AgreementLots lots, SpendFacts facts) {
    this.alerts = alerts;
    this.lots = lots;
    this.facts = facts;
  }

  public SpendAlertList list(CurrentUser user) {
    UUID buyerId = SpendScope.requireReader(user);
    List<SpendAlerts.Row> rows = alerts.ofBuyer(buyerId);
    if (rows.isEmpty()) {
      return new SpendAlertList(List.of());
    }
    List<UUID> lotIds = rows.stream().map(SpendAlerts.Row::lotId).distinct().toList();
    if (!SpendScope.seesEveryService(user)) {
      Set<String> ordered =
          facts.byLotPeriod(lotIds, user.serviceIds()).stream()
              .filter(p -> !p.part().isZero())
              .map(p -> p.lotId() + "/" + p.periodIndex())
              .collect(Collectors.toSet());
      rows =
          rows.stream().filter(r -> ordered.contains(r.lotId() + "/" + r.periodIndex())).toList();
    }
    Map<UUID, AgreementLots.LotSummary> lot =
        lots.summaries(lotIds).stream()
            .collect(Collectors.toMap(AgreementLots.LotSummary::lotId, Function.identity()));
    return new SpendAlertList(
        rows.stream()
            .map(r -> {
              AgreementLots.LotSummary l = lot.get(r.lotId());
              return new SpendAlertList.Alert(
                  r.lotId(),
                  l.agreementReference(),
                  l.number(),
                  l.title(),
                  r.periodIndex(),
                  r.threshold(),
                  r.reachedAt(),
                  r.consumedBp());
            })
            .toList());
  }
}
