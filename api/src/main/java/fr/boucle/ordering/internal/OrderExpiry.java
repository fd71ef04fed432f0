package fr.boucle.ordering.internal;

import fr.boucle.ordering.OrderStatus;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No order waits for approval forever: one still SUBMITTED after {@code
 * boucle.orders.approval-expiry} (30 days unless configured) expires, giving its stock and
 * committed amount back; its timeline says why, and the requester is told by e-mail.
 */
@Singleton
public class OrderExpiry {

  private static final Logger LOG = LoggerFactory.getLogger(OrderExpiry.class);
  private static final int BATCH = 200;

  private final Sql sql;
  private final OrderService orders;
  private final OrderMails mails;
  private final Duration delay;

  OrderExpiry(
      Sql sql,
      OrderService orders,
      OrderMails mails,
      @Value("${boucle.orders.approval-expiry:30d}") Duration delay) {
    this.sql = sql;
    this.orders = orders;
    this.mails = mails;
    this.delay = delay;
  }

  public Duration delay() {
    return delay;
  }

  /** Expires one batch of stale orders; answers how many. Safe with several instances at once. */
  @Transactional
  public int expireStale() {
    List<OrderService.Releasable> stale =
        sql.list(
            "SELECT id, lot_id, period_index, service_id, cap_share, total_excl_vat_cents,"
                + " total_vat_cents FROM purchase_order WHERE status = 'SUBMITTED'"
                + " AND submitted_at < now() - ?::interval ORDER BY submitted_at LIMIT ?"
                + " FOR UPDATE SKIP LOCKED",
            rs ->
                new OrderService.Releasable(
                    Sql.uuid(rs, "id"),
                    Sql.uuid(rs, "lot_id"),
                    rs.getInt("period_index"),
                    Sql.uuid(rs, "service_id"),
                    rs.getInt("cap_share"),
                    rs.getLong("total_excl_vat_cents"),
                    rs.getLong("total_vat_cents")),
            delay.toSeconds() + " seconds",
            BATCH);
    String why =
        "Not approved within " + delay.toDays() + " days: the stock and the amount are released.";
    for (OrderService.Releasable o : stale) {
      orders.release(o, "system", "expired");
      sql.update(
          "UPDATE purchase_order SET status = 'EXPIRED', updated_at = now() WHERE id = ?",
          o.orderId());
      OrderEvents.record(
          sql, o.orderId(), OrderStatus.SUBMITTED, OrderStatus.EXPIRED, null, "system", why);
      mails.expired(o.orderId(), delay.toDays());
    }
    return stale.size();
  }

  @Scheduled(
      fixedDelay = "${boucle.orders.expiry-sweep:10m}",
      initialDelay = "${boucle.orders.expiry-sweep:10m}")
  void sweep() {
    int expired;
    do {
      expired = expireStale();
      if (expired > 0) {
        LOG.info("{} order(s) expired without approval after {}", expired, delay);
      }
    } while (expired == BATCH);
  }
}
