package fr.boucle.payment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The idempotency keys of the calls Boucle makes to Stripe, each derived from our own ids so that a
 * retry, by stripe-java or by our retry job, sends the same key and Stripe answers the first result
 * instead of creating a second object. Stripe keeps a key at least 24 hours and refuses the same
 * key with other parameters, so a key names one request, never a family of requests.
 */
public final class IdempotencyKeys {

  private IdempotencyKeys() {}

  /** The supplier's connected account, created once. */
  public static String connectedAccount(UUID supplierId) {
    return "organisation-" + supplierId + "-account";
  }

  /**
   * An onboarding link: links are single-use and short-lived, so a new one per minute; asking twice
   * within the minute answers the same link.
   */
  public static String accountLink(UUID supplierId, long epochMinute) {
    return "organisation-" + supplierId + "-account-link-" + epochMinute;
  }

  /** The buyer as a customer of one supplier's connected account. */
  public static String customer(UUID buyerId, String accountId) {
    return "organisation-" + buyerId + "-customer-" + accountId;
  }

  public static String invoiceCreate(UUID invoiceId) {
    return "invoice-" + invoiceId + "-create";
  }

  /** One item (line, VAT, prepaid amount) of the mirrored invoice, numbered from 1. */
  public static String invoiceItem(UUID invoiceId, int itemNumber) {
    if (itemNumber < 1) {
      throw new IllegalArgumentException("items are numbered from 1");
    }
    return "invoice-" + invoiceId + "-item-" + itemNumber;
  }

  public static String invoiceFinalize(UUID invoiceId) {
    return "invoice-" + invoiceId + "-finalize";
  }

  /** Voids the mirrored invoice once it was paid by card. */
  public static String invoiceVoid(UUID invoiceId) {
    return "invoice-" + invoiceId + "-void";
  }

  /**
   * A Checkout Session for the amount due on a day: clicking "pay by card" twice answers the same
   * session (a session lives 24 h at most), a partial payment or the next day a new one.
   */
  public static String checkout(UUID invoiceId, long dueCents, LocalDate day) {
    return "invoice-" + invoiceId + "-checkout-" + dueCents + "-" + day;
  }
}
