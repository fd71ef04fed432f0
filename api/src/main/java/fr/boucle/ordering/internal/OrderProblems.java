package fr.boucle.ordering.internal;

import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemException;
import io.micronaut.http.HttpStatus;
import java.util.List;

/** The named failures of ordering, each one problem type. */
final class OrderProblems {

  private OrderProblems() {}

  /** Not enough stock (someone else may just have taken it); each short line is named. */
  static final class OutOfStock extends ProblemException {
    OutOfStock(List<Problem.FieldError> errors) {
      super(HttpStatus.CONFLICT, "Not enough stock for this order.", errors);
    }
  }

  /** The order would take the lot period past its maximum amount. */
  static final class LotCapExceeded extends ProblemException {
    LotCapExceeded(String field, long remainingCents, long orderCents) {
      super(
          HttpStatus.CONFLICT,
          "This order would exceed the lot's maximum amount for the current period.",
          List.of(
              new Problem.FieldError(
                  field,
                  "the order totals "
                      + Money.euros(orderCents)
                      + " excl. VAT but only "
                      + Money.euros(Math.max(0, remainingCents))
                      + " remain on the lot for this period")));
    }
  }

  /** The cart holds other lines than those the requester reviewed and confirmed. */
  static final class CartChanged extends ProblemException {
    CartChanged(List<Problem.FieldError> errors) {
      super(
          HttpStatus.CONFLICT,
          "Your cart changed since you reviewed it (another tab or device): review it, then"
              + " confirm again.",
          errors);
    }
  }

  /** The action is not allowed in the order's current status. */
  static final class IllegalTransition extends ProblemException {
    IllegalTransition(String detail) {
      super(HttpStatus.CONFLICT, detail);
    }
  }

  /** The Idempotency-Key was used before with a different request. */
  static final class IdempotencyKeyReused extends ProblemException {
    IdempotencyKeyReused() {
      super(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "This Idempotency-Key was already used with a different request; use a new key.",
          List.of(new Problem.FieldError("Idempotency-Key", "was used with another request")));
    }
  }

  /** Concurrent requests kept colliding; nothing was written, the request may be retried. */
  static final class SubmissionContended extends ProblemException {
    SubmissionContended() {
      super(
          HttpStatus.CONFLICT,
          "Other orders were being placed on the same items at the same moment; nothing was"
              + " recorded. Please try again.");
    }
  }
}
