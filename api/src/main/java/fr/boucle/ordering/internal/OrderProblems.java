package fr.boucle.ordering.internal;

import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ProblemException;
import io.micronaut.http.HttpStatus;
import java.util.List;

/** The named failures of ordering, each one problem type. */
final class OrderProblems {

  private OrderProblems() {}

  /** Not enough stock (someone else may just have taken it); each short line is named. */
  static final class OutOfStock extends ProblemException {
    OutOfStock(List<Problem.FieldError> errors) {
      super(HttpStatus.CONFLICT, Message.of(ProblemCode.OUT_OF_STOCK), errors);
    }
  }

  /** The order would take the lot period past its maximum amount. */
  static final class LotCapExceeded extends ProblemException {
    LotCapExceeded(String field, long remainingCents, long orderCents) {
      super(
          HttpStatus.CONFLICT,
          Message.of(ProblemCode.LOT_MAXIMUM_EXCEEDED),
          List.of(
              Problem.FieldError.of(
                  field,
                  ProblemCode.LOT_REMAINING,
                  "amount",
                  Money.euros(orderCents),
                  "remaining",
                  Money.euros(Math.max(0, remainingCents)))));
    }
  }

  /** The cart holds other lines than those the requester reviewed and confirmed. */
  static final class CartChanged extends ProblemException {
    CartChanged(List<Problem.FieldError> errors) {
      super(HttpStatus.CONFLICT, Message.of(ProblemCode.CART_CHANGED), errors);
    }
  }

  /** The action is not allowed in the order's current status. */
  static final class IllegalTransition extends ProblemException {
    IllegalTransition(Message detail) {
      super(HttpStatus.CONFLICT, detail);
    }
  }

  /** The Idempotency-Key was used before with a different request. */
  static final class IdempotencyKeyReused extends ProblemException {
    IdempotencyKeyReused() {
      super(
          HttpStatus.UNPROCESSABLE_ENTITY,
          Message.of(ProblemCode.IDEMPOTENCY_KEY_REUSED),
          List.of(
              Problem.FieldError.of("Idempotency-Key", ProblemCode.IDEMPOTENCY_KEY_OTHER_REQUEST)));
    }
  }

  /** Concurrent requests kept colliding; nothing was written, the request may be retried. */
  static final class SubmissionContended extends ProblemException {
    SubmissionContended() {
      super(HttpStatus.CONFLICT, ProblemCode.SUBMISSION_CONTENDED);
    }
  }
}
