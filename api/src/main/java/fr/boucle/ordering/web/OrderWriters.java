package fr.boucle.ordering.web;

/**
 * Order submissions and checkouts run on their own small pool of platform threads ({@code
 * micronaut.executors.order-writers}, 4 by default, {@code BOUCLE_ORDER_WRITERS}), not on the
 * virtual threads that serve the other blocking requests: the writes contend for the same rows and
 * the same cores as PostgreSQL, and a few at a time place more orders per second than many at once
 * (docs/benchmarks.md, "Orders", fourth pass). Requests beyond that wait in the pool's queue.
 */
final class OrderWriters {

  static final String EXECUTOR = "order-writers";

  private OrderWriters() {}
}
