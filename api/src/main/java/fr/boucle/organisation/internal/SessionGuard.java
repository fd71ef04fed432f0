package fr.boucle.organisation.internal;

import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.SecurityCookies;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import jakarta.inject.Named;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Ends sessions that should no longer work although their token is still signed and unexpired: the
 * person was deactivated, changed password or roles, or the organisation was suspended.
 */
@ServerFilter("/api/**")
class SessionGuard implements Ordered {

  private final SignIn accounts;
  private final SecurityCookies cookies;
  private final ExecutorService blocking;

  SessionGuard(
      SignIn accounts,
      SecurityCookies cookies,
      @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.accounts = accounts;
    this.cookies = cookies;
    this.blocking = blocking;
  }

  /**
   * Anonymous and API-token requests (e.g. every public catalogue search) go on at once, on the
   * event loop; only a session's check, a database read, moves to the blocking executor.
   */
  @RequestFilter
  Publisher<MutableHttpResponse<?>> check(
      HttpRequest<?> request, FilterContinuation<Publisher<MutableHttpResponse<?>>> chain) {
    Authentication authentication =
        request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class).orElse(null);
    if (authentication == null) {
      return chain.proceed();
    }
    if (authentication.getAttributes().containsKey(CurrentUser.API_TOKEN)) {
      // API tokens are looked up in the database on every request (ApiTokenValidator). A session
      // claiming to be one is not proof of anything: only a bearer token is.
      boolean bearer =
          request
              .getHeaders()
              .getAuthorization()
              .filter(h -> h.regionMatches(true, 0, "Bearer bcl_", 0, 11))
              .isPresent();
      return bearer ? chain.proceed() : Mono.just(ended(request));
    }
    CurrentUser user = CurrentUser.from(authentication);
    return Mono.fromCallable(
            () -> accounts.sessionStillValid(user.personId(), user.securityStamp()))
        .subscribeOn(Schedulers.fromExecutorService(blocking))
        .flatMap(valid -> valid ? Mono.from(chain.proceed()) : Mono.just(ended(request)));
  }

  private MutableHttpResponse<?> ended(HttpRequest<?> request) {
    MutableHttpResponse<Problem> response =
        Problem.of(
                request,
                URI.create("https://boucle.fr/problems/session-ended"),
                io.micronaut.http.HttpStatus.UNAUTHORIZED,
                Message.of(ProblemCode.SESSION_ENDED),
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
