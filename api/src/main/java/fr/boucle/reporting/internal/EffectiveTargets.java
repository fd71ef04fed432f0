package fr.boucle.reporting.internal;

import fr.boucle.reporting.AgecTargetRow;
import fr.boucle.reporting.AgecTargets;
import fr.boucle.reporting.TargetOrigin;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The targets in force for a buyer and a year: the buyer admin's own values where set, the décret's
 * otherwise, per category in the schema's order.
 */
@Singleton
class EffectiveTargets {

  static final String BUYER_NOTE = "Set by the buyer administrator in place of the décret's value.";

  private final AgecTargets decree;
  private final BuyerTargets buyerTargets;

  EffectiveTargets(AgecTargets decree, BuyerTargets buyerTargets) {
    this.decree = decree;
    this.buyerTargets = buyerTargets;
  }

  List<AgecTargetRow> of(UUID buyerId, int year) {
    Map<String, BuyerTargets.Target> own = new HashMap<>();
    for (BuyerTargets.Target t : buyerTargets.of(buyerId, year)) {
      own.put(t.category(), t);
    }
    return decree.categories().stream()
        .map(c -> {
          BuyerTargets.Target t = own.get(c.category());
          return t == null
              ? new AgecTargetRow(
                  c.category(),
                  c.reuseInForce(year),
                  c.recycledInForce(year),
                  TargetOrigin.DECREE,
                  c.source(),
                  c.note())
              : new AgecTargetRow(
                  c.category(),
                  t.reuseTargetPercent(),
                  t.recycledTargetPercent(),
                  TargetOrigin.BUYER,
                  new AgecTargets.Source(
                      "Buyer administrator", "", "Set by " + t.setBy() + " for " + year),
                  BUYER_NOTE);
        })
        .toList();
  }
}
