package fr.boucle.organisation.internal;

import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * Holds API tokens to their scopes on every endpoint, before any controller runs: a token outside
 * its scopes gets the same 403 whatever the object, so it learns nothing of what exists.
 */
@ServerFilter("/api/**")
class ApiTokenScopeFilter implements Ordered {

  /** Answers the refusal, or null to let the request go on. */
  @RequestFilter
  @Nullable
  MutableHttpResponse<?> check(HttpRequest<?> request) {
    Authentication authentication =
        request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class).orElse(null);
    if (authentication == null
        || !authentication.getAttributes().containsKey(CurrentUser.API_TOKEN)) {
      return null;
    }
    CurrentUser token = CurrentUser.from(authentication);
    String path = request.getPath();
    Optional<Set<String>> required = ApiTokenScopes.required(request.getMethodName(), path);
    if (ApiTokenScopes.allows(token.scopes(), required)) {
      return null;
    }
    // The same words for every object, so a refusal tells nothing of what exists.
    return Problem.of(
            request,
            URI.create("https://boucle.fr/problems/api-token-scope"),
            io.micronaut.http.HttpStatus.FORBIDDEN,
            Message.of(
                required.isPresent() ? ProblemCode.API_TOKEN_SCOPE : ProblemCode.API_TOKEN_NOT_HERE,
                "scopes",
                token.scopes()),
            null)
        .toResponse();
  }

  /** After SessionGuard, which refuses a session that only claims to be an API token. */
  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.after() + 1;
  }
}
