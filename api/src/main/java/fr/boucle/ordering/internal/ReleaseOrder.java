package fr.boucle.ordering.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.listing.StockLedger;
import jakarta.inject.Singleton;

/**
 * Gives an ending order's stock and committed amount back, each with its ledger row: RELEASED stock
 * movements, the amount back on the order's share of its lot period, a RELEASED spend entry. Runs
 * in the caller's transaction, with the order locked.
 */
@Singleton
class ReleaseOrder {

  private final OrderLines lines;
  private final StockLedger stock;
  private final AgreementLots lots;
  private final SpendEntries spend;

  ReleaseOrder(OrderLines lines, StockLedger stock, AgreementLots lots, SpendEntries spend) {
    this.lines = lines;
    this.stock = stock;
    this.lots = lots;
    this.spend = spend;
  }

  /**
   * @param why how the order ended, for the stock ledger ("Purchase order cancel")
   */
  void release(Orders.Row order, String actor, String why) {
    stock.release(lines.units(order.id()), actor, "Purchase order " + why);
    lots.release(order.lotId(), order.periodIndex(), order.capShare(), order.totalExclVatCents());
    spend.released(order);
  }
}
