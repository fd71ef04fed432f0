package fr.boucle.ordering.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.ordering.OrderViews;
import fr.boucle.organisation.BuyerServices;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.ProblemCode;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The spend ledger per lot, period and service: committed (ordered, not yet invoiced) and invoiced
 * amounts, excl. VAT and VAT, summed from the ledger rows exactly to the cent. Rows come by
 * agreement reference, lot number, period and service name.
 */
@Singleton
public class SpendLedger {

  private final SpendEntries entries;
  private final AgreementLots lots;
  private final BuyerServices services;

  SpendLedger(SpendEntries entries, AgreementLots lots, BuyerServices services) {
    this.entries = entries;
    this.lots = lots;
    this.services = services;
  }

  public List<OrderViews.SpendRow> rows(
      CurrentUser user,
      @Nullable UUID agreementId,
      @Nullable UUID lotId,
      @Nullable UUID serviceId) {
    if (!user.isBuyer()
        || !(user.hasAnyRole(Role.BUYER_ADMIN, Role.APPROVER, Role.REQUESTER)
            || (user.isApiToken() && user.scopes().contains("spend:read")))) {
      throw new Forbidden(ProblemCode.SPEND_LEDGER_BUYERS);
    }
    boolean allServices = user.hasRole(Role.BUYER_ADMIN) || user.isApiToken();
    List<SpendEntries.Sums> sums =
        entries.sums(user.organisationId(), allServices ? null : user.serviceIds()).stream()
            .filter(s -> lotId == null || s.lotId().equals(lotId))
            .filter(s -> serviceId == null || s.serviceId().equals(serviceId))
            .toList();
    // Lots by agreement reference and number, services by name: their owners order them.
    Map<UUID, Integer> lotRank = new HashMap<>();
    Map<UUID, AgreementLots.LotSummary> lotById = new HashMap<>();
    for (AgreementLots.LotSummary lot :
        lots.summaries(sums.stream().map(SpendEntries.Sums::lotId).distinct().toList())) {
      lotRank.put(lot.lotId(), lotRank.size());
      lotById.put(lot.lotId(), lot);
    }
    Map<UUID, Integer> serviceRank = new HashMap<>();
    Map<UUID, String> serviceNames = new HashMap<>();
    for (BuyerServices.Service s :
        services.withIds(sums.stream().map(SpendEntries.Sums::serviceId).distinct().toList())) {
      serviceRank.put(s.id(), serviceRank.size());
      serviceNames.put(s.id(), s.name());
    }
    List<OrderViews.SpendRow> rows = new ArrayList<>();
    sums.stream()
        .filter(
            s -> agreementId == null || lotById.get(s.lotId()).agreementId().equals(agreementId))
        .sorted(
            Comparator.comparing((SpendEntries.Sums s) -> lotRank.get(s.lotId()))
                .thenComparingInt(SpendEntries.Sums::periodIndex)
                .thenComparing(s -> serviceRank.get(s.serviceId())))
        .forEach(s -> {
          AgreementLots.LotSummary lot = lotById.get(s.lotId());
          rows.add(
              new OrderViews.SpendRow(
                  lot.agreementId(),
                  lot.agreementReference(),
                  lot.lotId(),
                  lot.number(),
                  lot.title(),
                  s.periodIndex(),
                  s.serviceId(),
                  serviceNames.get(s.serviceId()),
                  OrderViews.Totals.of(s.committedExcl(), s.committedVat()),
                  OrderViews.Totals.of(s.invoicedExcl(), s.invoicedVat()),
                  OrderViews.Totals.of(s.paidExcl(), s.paidVat())));
        });
    return rows;
  }
}
