package fr.boucle.ordering.internal;

import fr.boucle.listing.StockLedger;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/** The order_line table, written by place_orders; read here for the stock an order moves. */
@Singleton
class OrderLines {

  private final Sql sql;

  OrderLines(Sql sql) {
    this.sql = sql;
  }

  /** The units each line of the order holds. */
  List<StockLedger.Units> units(UUID orderId) {
    return sql.list(
        "SELECT listing_id, quantity FROM order_line WHERE order_id = ? ORDER BY line_no",
        rs -> new StockLedger.Units(Sql.uuid(rs, "listing_id"), rs.getInt("quantity")),
        orderId);
  }
}
