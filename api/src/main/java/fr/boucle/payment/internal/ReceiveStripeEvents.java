package fr.boucle.payment.internal;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ProblemException;
import fr.boucle.shared.web.ServiceUnavailable;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives Stripe's webhook events: the signature is checked with Stripe's scheme (HMAC-SHA256 of
 * {@code t.payload}, 300 s tolerance) before anything is stored; each event is stored once by its
 * id, then processed under a lock on its row, so a repeated or concurrent delivery of a processed
 * event does nothing. Processing reads the object's current state from Stripe ({@link
 * ApplyStripeEvent}): duplicates and out-of-order deliveries end as one clean delivery would. An
 * event whose processing failed is answered 503 (Stripe delivers it again) and retried by a job.
 */
@Singleton
@Requires(property = StripeOn.SECRET_KEY, pattern = StripeOn.NOT_BLANK)
@Requires(property = StripeOn.WEBHOOK_SECRET, pattern = StripeOn.NOT_BLANK)
public class ReceiveStripeEvents {

  private static final Logger LOG = LoggerFactory.getLogger(ReceiveStripeEvents.class);

  private final StripeSettings settings;
  private final StripeEvents events;
  private final ApplyStripeEvent apply;
  private final TransactionOperations<Connection> transactions;
  private final JsonMapper json;

  ReceiveStripeEvents(
      StripeSettings settings,
      StripeEvents events,
      ApplyStripeEvent apply,
      TransactionOperations<Connection> transactions,
      JsonMapper json) {
    this.settings = settings;
    this.events = events;
    this.apply = apply;
    this.transactions = transactions;
    this.json = json;
  }

  /** What happened to a delivery. */
  public enum Outcome {
    PROCESSED,
    ALREADY_PROCESSED
  }

  public Outcome receive(String payload, @Nullable String signature) {
    StripeEvents.Event event = verified(payload, signature);
    events.store(event);
    try {
      return process(event.id()) ? Outcome.PROCESSED : Outcome.ALREADY_PROCESSED;
    } catch (RuntimeException e) {
      LOG.warn(
          "Stripe event {} ({}) not processed yet: {}",
          event.id(),
          event.type(),
          StripeCalls.describe(e));
      throw new ServiceUnavailable(ProblemCode.STRIPE_EVENT_NOT_YET, 60);
    }
  }

  /** Processes the stored event unless done or being done; answers whether this call did it. */
  boolean process(String eventId) {
    Boolean done =
        transactions.executeWrite(status -> {
          var event = events.lockUnprocessed(eventId);
          if (event.isEmpty()) {
            return false;
          }
          try {
            apply.apply(event.get());
          } catch (StripeException e) {
            throw new IllegalStateException(StripeCalls.describe(e), e);
          }
          events.processed(eventId);
          return true;
        });
    return Boolean.TRUE.equals(done);
  }

  /** Events whose processing failed are tried again, oldest first. */
  @Scheduled(
      fixedDelay = "${boucle.stripe.event-retry-interval:1m}",
      initialDelay = "${boucle.stripe.event-retry-interval:1m}")
  void retryUnprocessed() {
    for (String id : events.unprocessedBefore(Instant.now().minus(Duration.ofMinutes(1)), 100)) {
      try {
        process(id);
      } catch (RuntimeException e) {
        LOG.warn("Stripe event {} still not processed: {}", id, StripeCalls.describe(e));
      }
    }
  }

  private StripeEvents.Event verified(String payload, @Nullable String signature) {
    Event event;
    String objectId;
    try {
      event =
          Webhook.constructEvent(
              payload,
              signature == null ? "" : signature,
              settings.webhookSecret(),
              settings.webhookTolerance());
      objectId = objectId(payload);
    } catch (SignatureVerificationException | IOException | RuntimeException e) {
      // A malformed header or payload is refused like a wrong signature, and nothing is stored.
      throw new InvalidStripeSignature();
    }
    return new StripeEvents.Event(
        event.getId(),
        event.getType(),
        event.getAccount(),
        objectId,
        Instant.ofEpochSecond(event.getCreated() == null ? 0 : event.getCreated()));
  }

  /** {@code data.object.id}, read from the payload whatever the event's API version. */
  private @Nullable String objectId(String payload) throws IOException {
    Envelope envelope = json.readValue(payload, Envelope.class);
    return envelope.data() == null || envelope.data().object() == null
        ? null
        : envelope.data().object().id();
  }

  /** The one field of an event's payload read here; the rest is Stripe's to parse. */
  @Serdeable
  record Envelope(@Nullable Data data) {
    @Serdeable
    record Data(@Nullable Identified object) {}

    @Serdeable
    record Identified(@Nullable String id) {}
  }

  /** The Stripe-Signature header does not match the payload, or is too old. */
  public static class InvalidStripeSignature extends ProblemException {
    InvalidStripeSignature() {
      super(HttpStatus.BAD_REQUEST, ProblemCode.STRIPE_SIGNATURE_INVALID);
    }
  }
}
