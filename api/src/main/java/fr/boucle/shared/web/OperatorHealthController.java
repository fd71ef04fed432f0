package fr.boucle.shared.web;

import io.micronaut.core.async.annotation.SingleResult;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reactivestreams.Publisher;

/**
 * The health of every component, with its details (versions, cluster name, errors): for the
 * platform's operator only. The public {@code /health} says UP, DEGRADED or DOWN and nothing more.
 */
@Controller("/api/operator/health")
@Tag(name = "Operator")
class OperatorHealthController {

  private final HealthAggregator<? extends HealthResult> aggregator;
  private final HealthIndicator[] indicators;

  OperatorHealthController(
      HealthAggregator<? extends HealthResult> aggregator, HealthIndicator[] indicators) {
    this.aggregator = aggregator;
    this.indicators = indicators;
  }

  @Get
  @SingleResult
  @Secured("OPERATOR")
  @Operation(
      summary = "Health of each component, with details",
      description = "Operator only. The public /health answers the overall status alone.")
  Publisher<? extends HealthResult> health() {
    return aggregator.aggregate(indicators, HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS);
  }
}
