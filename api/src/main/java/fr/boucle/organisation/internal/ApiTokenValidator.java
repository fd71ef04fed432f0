package fr.boucle.organisation.internal;

import fr.boucle.shared.security.CurrentUser;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Accepts the organisation API tokens ({@code Authorization: Bearer bcl_…}) of stock systems. */
@Singleton
class ApiTokenValidator implements TokenValidator<HttpRequest<?>> {

  private final AuthenticateApiToken tokens;

  ApiTokenValidator(AuthenticateApiToken tokens) {
    this.tokens = tokens;
  }

  @Override
  public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
    if (token == null || !token.startsWith("bcl_")) {
      return Mono.empty();
    }
    return Mono.fromCallable(
            () -> tokens.authenticate(token).map(ApiTokenValidator::toAuthentication).orElse(null))
        .subscribeOn(Schedulers.boundedElastic());
  }

  static Authentication toAuthentication(CurrentUser user) {
    Map<String, Object> attributes = new HashMap<>();
    attributes.put(CurrentUser.ORGANISATION, user.organisationId().toString());
    attributes.put(CurrentUser.KIND, user.organisationKind().name());
    attributes.put(CurrentUser.API_TOKEN, user.apiTokenId().toString());
    attributes.put(CurrentUser.SCOPES, List.copyOf(user.scopes()));
    attributes.put(CurrentUser.LABEL, user.label());
    return Authentication.build(
        "api-token:" + user.apiTokenId(), List.copyOf(user.roles()), attributes);
  }

  @Override
  public int getOrder() {
    return HIGHEST_PRECEDENCE;
  }
}
