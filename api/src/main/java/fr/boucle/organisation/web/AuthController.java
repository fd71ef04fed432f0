package fr.boucle.organisation.web;

import fr.boucle.organisation.Commands;
import fr.boucle.organisation.Views;
import fr.boucle.organisation.internal.ClientAddresses;
import fr.boucle.organisation.internal.ExtendSession;
import fr.boucle.organisation.internal.PersonLanguages;
import fr.boucle.organisation.internal.ResetPassword;
import fr.boucle.organisation.internal.Sessions;
import fr.boucle.organisation.internal.SignIn;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.SecurityCookies;
import fr.boucle.shared.web.NotFound;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Controller("/api/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Access")
class AuthController {

  private final SignIn accounts;
  private final ResetPassword resets;
  private final Sessions sessions;
  private final SecurityCookies cookies;
  private final ClientAddresses addresses;
  private final MeAssembler me;
  private final PersonLanguages languages;
  private final ExtendSession extending;

  AuthController(
      SignIn accounts,
      ResetPassword resets,
      Sessions sessions,
      SecurityCookies cookies,
      ClientAddresses addresses,
      MeAssembler me,
      PersonLanguages languages,
      ExtendSession extending) {
    this.accounts = accounts;
    this.resets = resets;
    this.sessions = sessions;
    this.cookies = cookies;
    this.addresses = addresses;
    this.me = me;
    this.languages = languages;
    this.extending = extending;
  }

  @Post("/login")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(
      summary = "Sign in with e-mail and password",
      description =
          "Public. Opens a browser session (HttpOnly cookie) and sets the BOUCLE_CSRF cookie that"
              + " state-changing requests must echo in X-CSRF-Token. Five failures within 15 minutes"
              + " for one e-mail answer 429. The answer says when the session ends"
              + " (sessionExpiresAt, sessionSecondsLeft).")
  HttpResponse<Views.Me> login(HttpRequest<?> request, @Body @Valid Commands.Login login) {
    var account = accounts.authenticate(login.email(), login.password(), addresses.of(request));
    return sessions.open(account, until -> me.of(account, until));
  }

  @Post("/session/extend")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(
      summary = "Extend my session",
      description =
          "Authenticated (session; CSRF header required). Re-issues the session cookie for a full"
              + " session from now (8 hours by default) and answers the person with the new"
              + " sessionExpiresAt; the interface offers it a few minutes before the end (RGAA"
              + " 13.1). 401 session-ended when the session may no longer be used (person"
              + " deactivated, password or roles changed, organisation suspended), 403 without"
              + " the CSRF header, 404 for an API token. The CSRF cookie is kept.")
  HttpResponse<Views.Me> extend(Authentication authentication) {
    var account = extending.account(CurrentUser.from(authentication));
    return sessions.renew(account, until -> me.of(account, until));
  }

  @Post("/logout")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Operation(
      summary = "Sign out",
      description =
          "Public. Ends the person's sessions on the server (a copy of the cookie no longer works)"
              + " and clears the session cookies.")
  HttpResponse<Void> logout(@Nullable Authentication authentication) {
    if (authentication != null) {
      CurrentUser user = CurrentUser.from(authentication);
      if (!user.isApiToken()) {
        accounts.endSessions(user.personId());
      }
    }
    MutableHttpResponse<Void> response = HttpResponse.noContent();
    cookies.close(response);
    return response;
  }

  @Get("/me")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(
      summary = "Who am I",
      description =
          "Authenticated (session). The signed-in person, roles and organisation, and when the"
              + " session ends (sessionExpiresAt, sessionSecondsLeft).")
  HttpResponse<Views.Me> me(HttpRequest<?> request, Authentication authentication) {
    CurrentUser user = CurrentUser.from(authentication);
    if (user.isApiToken()) {
      throw new NotFound("Person");
    }
    var account = accounts.account(user.personId()).orElseThrow(() -> new NotFound("Person"));
    MutableHttpResponse<Views.Me> response =
        HttpResponse.ok(me.of(account, Sessions.endOf(authentication).orElse(null)));
    if (cookies.csrfCookie(request).isEmpty()) {
      cookies.issueCsrf(response);
    }
    return response;
  }

  @Put("/me/language")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(
      summary = "Choose one's language",
      description =
          "Authenticated (session). The signed-in person's language, fr or en: the e-mails Boucle"
              + " sends them follow it. The interface sets it when the person switches language.")
  HttpResponse<Void> language(Authentication authentication, @Body @Valid Commands.Language body) {
    CurrentUser user = CurrentUser.from(authentication);
    if (user.isApiToken()) {
      throw new NotFound("Person");
    }
    languages.set(user.personId(), body.language());
    return HttpResponse.noContent();
  }

  @Post("/password-reset")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(
      summary = "Ask for a password reset link",
      description = "Public. Always answers 202, whether or not the address has an account.")
  HttpResponse<Void> requestReset(@Body @Valid Commands.RequestReset command) {
    resets.request(command.email());
    return HttpResponse.accepted();
  }

  @Post("/password-reset/confirm")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(
      summary = "Choose a new password with a reset link",
      description = "Public. Ends all existing sessions.")
  HttpResponse<Void> reset(@Body @Valid Commands.ResetPassword command) {
    resets.reset(command.token(), command.password());
    return HttpResponse.noContent();
  }
}
