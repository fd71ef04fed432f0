package fr.boucle.payment.web;

import fr.boucle.payment.PaymentViews;
import fr.boucle.payment.internal.ReconcileInvoices;
import fr.boucle.payment.internal.StripeNotConfigured;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

@Controller("/api/operator/payments/reconciliation")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("OPERATOR")
@Tag(name = "Operator")
class ReconciliationController {

  private final Optional<ReconcileInvoices> reconcile;

  ReconciliationController(Optional<ReconcileInvoices> reconcile) {
    this.reconcile = reconcile;
  }

  @Get
  @Operation(
      operationId = "reconcileStripeInvoices",
      summary = "Differences between our mirrored invoices and Stripe's",
      description = "Operator only. Amount and status (paid, open, void) of each mirrored invoice.")
  PaymentViews.Reconciliation get() {
    return reconcile.orElseThrow(StripeNotConfigured::new).reconcile();
  }
}
