package fr.boucle.ordering;

import java.util.List;
import java.util.UUID;

/**
 * Published (Micronaut application event) once orders are placed and committed — place_orders
 * commits with its own statement — so that listeners read the ledger with them in it. The lot
 * periods the orders were charged on.
 */
public record OrdersPlaced(UUID buyerId, List<LotPeriod> lotPeriods) {

  /** A lot period an order was charged on. */
  public record LotPeriod(UUID lotId, int periodIndex) {}
}
