package fr.boucle.ordering.internal;

import fr.boucle.ordering.OrderStatus;
import fr.boucle.ordering.OrderViews;
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
public class ExpireOrders {

  private static final Logger LOG = LoggerFactory.getLogger(ExpireOrders.class);
  private static final int BATCH = 200;

  private final Orders orders;
  private final OrderEvents events;
  private final ReleaseOrder release;
  private final OrderMails mails;
  private final Duration delay;

  ExpireOrders(
      Orders orders,
      OrderEvents events,
      ReleaseOrder release,
      OrderMails mails,
      @Value("${boucle.orders.approval-expiry:30d}") Duration delay) {
    this.orders = orders;
    this.events = events;
    this.release = release;
    this.mails = mails;
    this.delay = delay;
  }

  public Duration delay() {
    return delay;
  }

  /** Expires one batch of stale orders; answers how many. Safe with several instances at once. */
  @Transactional
  public int expireStale() {
    List<Orders.Row> stale = orders.lockStale(delay, BATCH);
    String why = OrderViews.Event.expiryComment(delay.toDays());
    for (Orders.Row o : stale) {
      release.release(o, "system", "expired");
      orders.expire(o.id());
      events.record(o.id(), OrderStatus.SUBMITTED, OrderStatus.EXPIRED, null, null, "system", why);
      mails.expired(o.id(), delay.toDays());
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
