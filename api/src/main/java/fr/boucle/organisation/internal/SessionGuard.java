package fr.boucle.organisation.internal;

import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.SecurityCookies;
import fr.boucle.shared.web.Problem;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import java.net.URI;

/**
 * Ends sessions that should no longer work although their token is still signed and unexpired: the
 * person was deactivated, changed password or roles, or the organisation was suspended.
 */
@ServerFilter("/api/**")
class SessionGuard implements Ordered {

  private final AccountService accounts;
  private final SecurityCookies cookies;

  SessionGuard(AccountService accounts, SecurityCookies cookies) {
    this.accounts = accounts;
    this.cookies = cookies;
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  @io.micronaut.core.annotation.Nullable
  HttpResponse<?> check(HttpRequest<?> request) {
    Authentication authentication =
        request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class).orElse(null);
    if (authentication == null
        || authentication.getAttributes().containsKey(CurrentUser.API_TOKEN)) {
      return null;
    }
    CurrentUser user = CurrentUser.from(authentication);
    if (accounts.sessionStillValid(user.personId(), user.securityStamp())) {
      return null;
    }
    MutableHttpResponse<Problem> response =
        new Problem(
                URI.create("https://boucle.fr/problems/session-ended"),
                "Unauthorized",
                401,
                "Your session has ended (password, roles or account changed). Please sign in again.",
                request.getPath(),
                null)
            .toResponse();
    cookies.close(response);
    return response;
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.after();
  }
}
