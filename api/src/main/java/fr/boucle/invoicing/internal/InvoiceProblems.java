package fr.boucle.invoicing.internal;

import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ProblemException;
import io.micronaut.http.HttpStatus;
import java.util.List;

/** The named failures of invoicing, each one problem type. */
final class InvoiceProblems {

  private InvoiceProblems() {}

  /** The supplier's billing profile lacks what an invoice must say; each field is named. */
  static final class BillingProfileIncomplete extends ProblemException {
    BillingProfileIncomplete(List<String> fields) {
      super(
          HttpStatus.CONFLICT,
          Message.of(ProblemCode.BILLING_PROFILE_INCOMPLETE),
          fields.stream()
              .map(f ->
                  Problem.FieldError.of("billingProfile." + f, ProblemCode.REQUIRED_ON_INVOICE))
              .toList());
    }
  }

  /** Only a delivered order is invoiced. */
  static final class OrderNotDelivered extends ProblemException {
    OrderNotDelivered(String status) {
      super(HttpStatus.CONFLICT, ProblemCode.ORDER_NOT_DELIVERED, "status", status);
    }
  }

  /** The invoice cannot take this action in its status (paid, credited, a credit note). */
  static final class InvoiceStatusConflict extends ProblemException {
    InvoiceStatusConflict(Message detail) {
      super(HttpStatus.CONFLICT, detail);
    }
  }
}
