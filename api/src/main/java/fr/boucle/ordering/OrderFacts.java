package fr.boucle.ordering;

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

  /** What the buyer's counted orders bought in one category: units and amount excl. VAT. */
  record CategoryTotal(String categoryId, long units, long exclVatCents) {}

  /** The goods of the buyer's orders counted in {@code year}, summed per category. */
  List<CategoryTotal> purchasedByCategory(UUID buyerId, int year);
}
