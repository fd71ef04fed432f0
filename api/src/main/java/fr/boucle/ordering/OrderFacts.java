package fr.boucle.ordering;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What other areas (reporting) may read of a buyer's purchases: the order lines that count as
 * bought in a year, without reaching into ordering's tables.
 *
 * <p>Counting rule: an order counts once it is DELIVERED, INVOICED or PAID, in the calendar year
 * (Europe/Paris) of its delivery, i.e. of its DELIVERED transition; an order without a recorded
 * transition (history written directly) counts on its planned delivery date. The delivery fee is
 * transport, not a product acquired, so only the goods lines are given.
 */
public interface OrderFacts {

  /** One goods line of a counted order: its units and its amount excl. VAT in cents. */
  record PurchaseLine(
      UUID orderId,
      OrderStatus status,
      LocalDate countedOn,
      String categoryId,
      int quantity,
      long lineExclVatCents) {}

  /** The goods lines of the buyer's orders counted in {@code year}, by order then line. */
  List<PurchaseLine> purchasedLines(UUID buyerId, int year);
}
