package fr.boucle.ordering.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives committed orders their gapless numbers (BC-YYYY-NNNNNN) through the database function
 * {@code number_orders} (V10): one transaction numbers every unnumbered order of a buyer and year,
 * so concurrent submissions of one buyer share a WAL flush instead of queueing one flush each on
 * the buyer's counter. A submission numbers right after its own commit, before it answers; the
 * sweep numbers what a crash between the two left behind.
 */
@Singleton
public class OrderNumbering {

  private static final Logger LOG = LoggerFactory.getLogger(OrderNumbering.class);

  private final Orders orders;

  OrderNumbering(Orders orders) {
    this.orders = orders;
  }

  /**
   * Numbers the given orders, just committed, with every other unnumbered order of the buyer and
   * year; nothing if another submission's call numbered them meanwhile. Without orders (null),
   * numbers whatever is pending. Answers how many it numbered.
   */
  int number(UUID buyerId, int year, @Nullable List<UUID> orderIds) {
    return orders.number(buyerId, year, orderIds);
  }

  /** Orders committed but still unnumbered a few seconds later: their submission did not finish. */
  @Scheduled(
      fixedDelay = "${boucle.orders.numbering-sweep:30s}",
      initialDelay = "${boucle.orders.numbering-sweep:30s}")
  public void sweep() {
    for (Orders.Unnumbered p : orders.unnumbered()) {
      int numbered = number(p.buyerId(), p.year(), null);
      if (numbered > 0) {
        LOG.warn("Numbered {} order(s) of buyer {} left unnumbered", numbered, p.buyerId());
      }
    }
  }
}
