package fr.boucle.payment.internal;

import com.stripe.exception.StripeException;
import com.stripe.model.HasId;
import com.stripe.net.ApiRequestParams;
import com.stripe.net.RequestOptions;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Map;

/**
 * The call journal: every request that creates or changes something on Stripe is recorded
 * (operation, idempotency key, hash of its parameters) and committed in its own transaction BEFORE
 * it is sent, then marked SUCCEEDED or FAILED. stripe-java retries 5xx, 409 and timeouts with the
 * same key ({@code maxNetworkRetries}); our retry job sends the same key again. A key already used
 * with other parameters is refused here rather than by Stripe. Reads (retrieve) are not journaled:
 * they change nothing.
 */
@Singleton
@Requires(property = StripeOn.SECRET_KEY, pattern = StripeOn.NOT_BLANK)
class StripeCalls {

  /** One request to Stripe, given the options that carry its key and account. */
  @FunctionalInterface
  interface Request<T> {
    T send(RequestOptions options) throws StripeException;
  }

  private static final int MAX_ERROR_LENGTH = 500;

  private final Sql sql;
  private final TransactionOperations<Connection> transactions;

  StripeCalls(Sql sql, TransactionOperations<Connection> transactions) {
    this.sql = sql;
    this.transactions = transactions;
  }

  /**
   * Records the call, sends it with {@code key} (on the connected account when {@code account} is
   * given), and records its outcome.
   */
  <T> T send(
      String operation,
      String key,
      @Nullable String account,
      @Nullable ApiRequestParams params,
      Request<T> request)
      throws StripeException {
    String hash = RequestHash.of(operation, account, params == null ? Map.of() : params.toMap());
    recordBefore(operation, key, hash);
    RequestOptions.RequestOptionsBuilder options = RequestOptions.builder().setIdempotencyKey(key);
    if (account != null) {
      options.setStripeAccount(account);
    }
    try {
      T result = request.send(options.build());
      inOwnTransaction(() ->
          sql.update(
              "UPDATE stripe_call SET state = 'SUCCEEDED', stripe_id = ?, last_error = NULL,"
                  + " updated_at = now() WHERE idempotency_key = ?",
              result instanceof HasId h ? h.getId() : null,
              key));
      return result;
    } catch (StripeException | RuntimeException e) {
      String error = describe(e);
      inOwnTransaction(() ->
          sql.update(
              "UPDATE stripe_call SET state = 'FAILED', last_error = ?, updated_at = now()"
                  + " WHERE idempotency_key = ?",
              error,
              key));
      throw e;
    }
  }

  private void recordBefore(String operation, String key, String hash) {
    Integer recorded =
        inOwnTransaction(() ->
            sql.update(
                "INSERT INTO stripe_call (idempotency_key, operation, request_hash, state)"
                    + " VALUES (?, ?, ?, 'PENDING')"
                    + " ON CONFLICT (idempotency_key) DO UPDATE SET state = 'PENDING',"
                    + " attempts = stripe_call.attempts + 1, updated_at = now()"
                    + " WHERE stripe_call.request_hash = EXCLUDED.request_hash",
                key,
                operation,
                hash));
    if (recorded == null || recorded != 1) {
      throw new IllegalStateException(
          "Idempotency key " + key + " was already used with other parameters; not sent");
    }
  }

  private <R> R inOwnTransaction(java.util.function.Supplier<R> work) {
    return transactions.execute(
        TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW),
        status -> work.get());
  }

  /** What Stripe said, without anything secret: the error's kind, status and code. */
  static String describe(Exception e) {
    String text;
    if (e instanceof StripeException s) {
      text =
          s.getClass().getSimpleName()
              + " status="
              + s.getStatusCode()
              + " code="
              + s.getCode()
              + " request="
              + s.getRequestId();
    } else {
      text = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
  }
}
