package fr.boucle.invoicing.internal;

import fr.boucle.shared.web.Problem;
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
          "Complete your billing profile before issuing invoices.",
          fields.stream()
              .map(f -> new Problem.FieldError("billingProfile." + f, "is required on an invoice"))
              .toList());
    }
  }

  /** Only a delivered order is invoiced. */
  static final class OrderNotDelivered extends ProblemException {
    OrderNotDelivered(String status) {
      super(
          HttpStatus.CONFLICT,
          "Only a delivered order can be invoiced; this one is " + status + ".");
    }
  }

  /** The invoice cannot take this action in its status (paid, credited, a credit note). */
  static final class InvoiceStatusConflict extends ProblemException {
    InvoiceStatusConflict(String detail) {
      super(HttpStatus.CONFLICT, detail);
    }
  }
}
