package fr.boucle.shared.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Body limits per route (OWASP API4), checked from the headers before a byte of the body is read:
 * JSON bodies are small ({@code boucle.http.max-json-bytes}, 256 KB); a route annotated {@link
 * MaxBody} takes its own limit. A body announced larger is a 413 problem at once. A body sent in
 * chunks, without a length, is accepted only by upload routes, which count what they read and stop
 * at their limit; elsewhere it is a 411 problem.
 */
@ServerFilter("/api/**")
class BodyLimitFilter implements Ordered {

  private final long maxJsonBytes;
  private final Environment environment;

  BodyLimitFilter(
      @Value("${boucle.http.max-json-bytes:262144}") long maxJsonBytes, Environment environment) {
    this.maxJsonBytes = maxJsonBytes;
    this.environment = environment;
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> check(HttpRequest<?> request) {
    Optional<MaxBody> declared =
        RouteAttributes.getRouteMatch(request).flatMap(BodyLimitFilter::maxBody);
    long max = declared.map(this::limit).orElse(maxJsonBytes);
    long length = request.getContentLength();
    if (length > max) {
      String field = declared.isPresent() ? "file" : null;
      return Problem.of(
              request,
              URI.create("https://boucle.fr/problems/body-too-large"),
              HttpStatus.REQUEST_ENTITY_TOO_LARGE,
              Message.of(
                  ProblemCode.BODY_TOO_LARGE,
                  "max",
                  describe(declared.isPresent() ? limit(declared.get()) : max)),
              field == null
                  ? null
                  : List.of(
                      Problem.FieldError.of(
                          field,
                          ProblemCode.FILE_TOO_LARGE,
                          "max",
                          describe(limit(declared.get())))))
          .toResponse();
    }
    boolean chunked =
        length < 0
            && request.getHeaders().get(HttpHeaders.TRANSFER_ENCODING, String.class).isPresent();
    if (chunked && declared.isEmpty()) {
      return Problem.of(
              request,
              URI.create("https://boucle.fr/problems/length-required"),
              HttpStatus.LENGTH_REQUIRED,
              Message.of(ProblemCode.LENGTH_REQUIRED, "max", describe(max)),
              null)
          .toResponse();
    }
    return null;
  }

  private static Optional<MaxBody> maxBody(RouteMatch<?> route) {
    return Optional.ofNullable(route.getAnnotationMetadata().synthesize(MaxBody.class));
  }

  private long limit(MaxBody max) {
    return environment
            .getProperty(max.value(), Long.class)
            .orElseThrow(() -> new IllegalStateException("No value for " + max.value()))
        + max.overhead();
  }

  static String describe(long bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.order();
  }
}
