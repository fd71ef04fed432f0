package fr.boucle.shared.security;

import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Double-submit CSRF protection for cookie sessions: a state-changing request that carries the
 * session cookie must echo the CSRF cookie in the {@code X-CSRF-Token} header. Bearer-token clients
 * are not exposed to CSRF and are not asked for it.
 */
@ServerFilter("/api/**")
class CsrfFilter implements Ordered {

  private static final Set<HttpMethod> SAFE =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
  private final SecurityCookies cookies;

  CsrfFilter(SecurityCookies cookies) {
    this.cookies = cookies;
  }

  @RequestFilter
  @io.micronaut.core.annotation.Nullable
  HttpResponse<?> check(HttpRequest<?> request) {
    if (SAFE.contains(request.getMethod()) || !cookies.hasSessionCookie(request)) {
      return null;
    }
    if (request.getHeaders().getAuthorization().isPresent()) {
      return null;
    }
    String header = request.getHeaders().get(SecurityCookies.CSRF_HEADER);
    String cookie = cookies.csrfCookie(request).orElse(null);
    if (header != null
        && cookie != null
        && MessageDigest.isEqual(
            header.getBytes(StandardCharsets.UTF_8), cookie.getBytes(StandardCharsets.UTF_8))) {
      return null;
    }
    return Problem.of(
            request,
            URI.create("https://boucle.fr/problems/csrf-token-missing"),
            io.micronaut.http.HttpStatus.FORBIDDEN,
            Message.of(ProblemCode.CSRF_TOKEN_MISSING),
            null)
        .toResponse();
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.before();
  }
}
