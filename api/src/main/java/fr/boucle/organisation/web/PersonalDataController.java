package fr.boucle.organisation.web;

import fr.boucle.organisation.Commands;
import fr.boucle.organisation.PersonalData;
import fr.boucle.organisation.Views;
import fr.boucle.organisation.internal.CorrectPersonalDetails;
import fr.boucle.organisation.internal.EraseAccount;
import fr.boucle.organisation.internal.ExportPersonalData;
import fr.boucle.organisation.internal.PersonalDataSummary;
import fr.boucle.organisation.internal.Sessions;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.SecurityCookies;
import fr.boucle.shared.web.Download;
import fr.boucle.shared.web.NotFound;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The signed-in person's rights over their data (RGPD art. 15 to 17), in self-service: a copy (JSON
 * and a readable page), correction, erasure. Sessions only: an API token is not a person.
 */
@Controller("/api/me")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Personal data")
class PersonalDataController {

  private final ExportPersonalData export;
  private final CorrectPersonalDetails correct;
  private final EraseAccount erase;
  private final Sessions sessions;
  private final SecurityCookies cookies;
  private final MeAssembler me;
  private final JsonMapper json;

  PersonalDataController(
      ExportPersonalData export,
      CorrectPersonalDetails correct,
      EraseAccount erase,
      Sessions sessions,
      SecurityCookies cookies,
      MeAssembler me,
      JsonMapper json) {
    this.export = export;
    this.correct = correct;
    this.erase = erase;
    this.sessions = sessions;
    this.cookies = cookies;
    this.me = me;
    this.json = json;
  }

  @Get("/personal-data")
  @Operation(
      summary = "Download a copy of my personal data (JSON)",
      description =
          "Authenticated (session). Profile, roles, services, sign-in traces, the API tokens I"
              + " created (without secrets), audit entries about me, and the orders, needs,"
              + " answers and messages I authored with their references. Saved as"
              + " boucle-donnees-personnelles.json.")
  MutableHttpResponse<byte[]> copy(Authentication auth) {
    PersonalData data = export.of(person(auth).personId());
    try {
      return Download.attachment(
          json.writeValueAsBytes(data), "application/json", "boucle-donnees-personnelles.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Get("/personal-data/summary")
  @Operation(
      summary = "Read a summary of my personal data (HTML)",
      description =
          "Authenticated (session). The same content as the JSON copy as a page to read or print;"
              + " lang=en for English (French by default).")
  MutableHttpResponse<byte[]> summary(Authentication auth, @QueryValue @Nullable String lang) {
    PersonalData data = export.of(person(auth).personId());
    return Download.inline(
        PersonalDataSummary.html(data, lang).getBytes(StandardCharsets.UTF_8),
        "text/html;charset=utf-8",
        "boucle-donnees-personnelles.html");
  }

  @Put("/details")
  @Operation(
      summary = "Correct my name and e-mail address",
      description =
          "Authenticated (session). 400 problem+json naming each bad field (fullName: 2 to 120"
              + " characters; email: a valid address no other account uses). A changed address"
              + " ends the person's other sessions; this one is renewed.")
  HttpResponse<Views.Me> correct(Authentication auth, @Body @Valid Commands.CorrectDetails c) {
    var account = correct.correct(person(auth), c.fullName(), c.email());
    return sessions.open(account, until -> me.of(account, until));
  }

  @Delete
  @Operation(
      summary = "Erase my account",
      description =
          "Authenticated (session). Orders, invoices and the audit trail are kept with the person"
              + " replaced by a pseudonym (Agent supprimé #n); the rest is deleted, sessions"
              + " end, the API tokens the person created are revoked. 409 hand-over-first for an"
              + " organisation's last active administrator. Answers 204 and clears the cookies.")
  HttpResponse<Void> erase(Authentication auth) {
    erase.erase(person(auth));
    MutableHttpResponse<Void> response = HttpResponse.noContent();
    cookies.close(response);
    return response;
  }

  private static CurrentUser person(Authentication auth) {
    CurrentUser user = CurrentUser.from(auth);
    if (user.isApiToken()) {
      throw new NotFound("Person");
    }
    return user;
  }
}
