package fr.boucle.payment.internal;

import fr.boucle.shared.jdbc.Sql;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The stripe_invoice table (our invoice ↔ its Stripe mirror, and the mirroring's work queue) and
 * stripe_customer (a buyer as a customer of a supplier's connected account).
 */
@Singleton
class StripeInvoices {

  enum Status {
    PENDING,
    OPEN,
    PAID,
    VOID,
    UNCOLLECTIBLE,
    GAVE_UP;

    /** Our status for a Stripe invoice status (draft: not yet finalized, still ours to do). */
    static Status ofStripe(String stripeStatus) {
      return switch (stripeStatus) {
        case "paid" -> PAID;
        case "void" -> VOID;
        case "uncollectible" -> UNCOLLECTIBLE;
        case "open" -> OPEN;
        default -> PENDING;
      };
    }
  }

  record Row(
      UUID invoiceId,
      UUID supplierId,
      UUID buyerId,
      String accountId,
      @Nullable String stripeInvoiceId,
      Status status,
      @Nullable Long amountCents,
      @Nullable String cardSessionId,
      int attempts) {}

  private static final String COLUMNS =
      "invoice_id, supplier_id, buyer_id, account_id, stripe_invoice_id, status, amount_cents,"
          + " card_session_id, attempts";

  private final Sql sql;

  StripeInvoices(Sql sql) {
    this.sql = sql;
  }

  /** Queues an invoice for mirroring (inside the transaction that issues it); once per invoice. */
  void queue(UUID invoiceId, UUID supplierId, UUID buyerId, String accountId) {
    sql.update(
        "INSERT INTO stripe_invoice (invoice_id, supplier_id, buyer_id, account_id, status)"
            + " VALUES (?, ?, ?, ?, 'PENDING') ON CONFLICT (invoice_id) DO NOTHING",
        invoiceId,
        supplierId,
        buyerId,
        accountId);
  }

  Optional<Row> find(UUID invoiceId) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM stripe_invoice WHERE invoice_id = ?",
        StripeInvoices::row,
        invoiceId);
  }

  Optional<Row> byStripeId(String stripeInvoiceId) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM stripe_invoice WHERE stripe_invoice_id = ?",
        StripeInvoices::row,
        stripeInvoiceId);
  }

  /**
   * Claims due mirroring work: the rows are leased for {@code lease} (their next attempt moved
   * later) so that another instance or pass leaves them alone while Stripe is being called.
   */
  List<Row> claimDue(int limit, java.time.Duration lease) {
    return sql.list(
        "UPDATE stripe_invoice SET next_attempt_at = ?, attempts = attempts + 1, updated_at = now()"
            + " WHERE invoice_id IN (SELECT invoice_id FROM stripe_invoice WHERE status = 'PENDING'"
            + " AND next_attempt_at <= now() ORDER BY next_attempt_at LIMIT ?"
            + " FOR UPDATE SKIP LOCKED) RETURNING "
            + COLUMNS,
        StripeInvoices::row,
        Instant.now().plus(lease),
        limit);
  }

  void created(UUID invoiceId, String stripeInvoiceId) {
    sql.update(
        "UPDATE stripe_invoice SET stripe_invoice_id = ?, updated_at = now() WHERE invoice_id = ?",
        stripeInvoiceId,
        invoiceId);
  }

  /**
   * What Stripe says of the invoice now. A paid, void or uncollectible invoice stays so: Stripe's
   * invoices never leave those states, so an older answer read late cannot undo them.
   */
  void mirrored(UUID invoiceId, Status status, long amountCents) {
    sql.update(
        "UPDATE stripe_invoice SET status = ?, amount_cents = ?, last_error = NULL,"
            + " updated_at = now() WHERE invoice_id = ?"
            + " AND status NOT IN ('PAID', 'VOID', 'UNCOLLECTIBLE')",
        status,
        amountCents,
        invoiceId);
  }

  void failed(UUID invoiceId, String error, Instant nextAttempt, boolean giveUp) {
    sql.update(
        "UPDATE stripe_invoice SET last_error = ?, next_attempt_at = ?,"
            + " status = CASE WHEN ? THEN 'GAVE_UP' ELSE status END, updated_at = now()"
            + " WHERE invoice_id = ?",
        error,
        nextAttempt,
        giveUp,
        invoiceId);
  }

  void paidByCard(UUID invoiceId, String sessionId) {
    sql.update(
        "UPDATE stripe_invoice SET card_session_id = ?, updated_at = now()"
            + " WHERE invoice_id = ? AND card_session_id IS NULL",
        sessionId,
        invoiceId);
  }

  /** The mirrored invoices to compare with Stripe's, most recent first. */
  List<Row> mirroredSince(Instant since, int limit) {
    return sql.list(
        "SELECT "
            + COLUMNS
            + " FROM stripe_invoice WHERE stripe_invoice_id IS NOT NULL"
            + " AND created_at >= ? ORDER BY created_at DESC LIMIT ?",
        StripeInvoices::row,
        since,
        limit);
  }

  Optional<String> customer(String accountId, UUID buyerId) {
    return sql.one(
        "SELECT customer_id FROM stripe_customer WHERE account_id = ? AND organisation_id = ?",
        rs -> rs.getString(1),
        accountId,
        buyerId);
  }

  void customerCreated(String accountId, UUID buyerId, String customerId) {
    sql.update(
        "INSERT INTO stripe_customer (account_id, organisation_id, customer_id) VALUES (?, ?, ?)"
            + " ON CONFLICT (account_id, organisation_id) DO NOTHING",
        accountId,
        buyerId,
        customerId);
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(
        Sql.uuid(rs, "invoice_id"),
        Sql.uuid(rs, "supplier_id"),
        Sql.uuid(rs, "buyer_id"),
        rs.getString("account_id"),
        rs.getString("stripe_invoice_id"),
        Status.valueOf(rs.getString("status")),
        (Long) rs.getObject("amount_cents"),
        rs.getString("card_session_id"),
        rs.getInt("attempts"));
  }
}
