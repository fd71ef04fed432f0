package fr.boucle.shared.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import java.net.URI;

/**
 * The Prometheus metrics tell a great deal about the platform (traffic, errors, pool sizes): only
 * the operator reads them. 401 without a session, 403 for anyone else.
 */
@ServerFilter({"/prometheus", "/prometheus/**"})
class MetricsAccessFilter implements Ordered {

  /** Answers the refusal, or null to let the operator through. */
  @RequestFilter
  @Nullable
  MutableHttpResponse<?> check(HttpRequest<?> request) {
    Authentication who =
        request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class).orElse(null);
    if (who != null && who.getRoles().contains("OPERATOR")) {
      return null;
    }
    return Problem.of(
            request,
            URI.create("https://boucle.fr/problems/metrics-for-the-operator"),
            who == null ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN,
            Message.of(ProblemCode.METRICS_FOR_OPERATOR),
            null)
        .toResponse();
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.after();
  }
}
