package fr.boucle.needs.web;

import fr.boucle.needs.SavedSearches;
import fr.boucle.needs.internal.ManageSavedSearches;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller("/api/needs/saved-searches")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Needs board")
class SavedSearchController {

  private final ManageSavedSearches manage;

  SavedSearchController(ManageSavedSearches manage) {
    this.manage = manage;
  }

  @Get
  @Operation(
      operationId = "listSavedNeedSearches",
      summary = "My saved searches of needs",
      description =
          "A supplier's person (403 otherwise): its saved searches, oldest first, with their"
              + " criteria and how often they are mailed (IMMEDIATE, DAILY or NONE).")
  List<SavedSearches.SavedSearch> list(Authentication auth) {
    return manage.list(CurrentUser.from(auth));
  }

  @Post
  @Operation(
      operationId = "saveNeedSearch",
      summary = "Save a search of needs, mailed at once or in a daily digest",
      description =
          "A supplier's person. name (1–100 characters), categoryIds (a category covers its"
              + " sub-categories), departments (codes such as 94, 2A, 971), words (all in the"
              + " title or description, case and accents ignored), kind, frequency (IMMEDIATE,"
              + " DAILY, NONE); empty criteria admit every need. Only the needs the person's"
              + " organisation may see are mailed. Every bad field is named. 201 with the"
              + " search.")
  HttpResponse<SavedSearches.SavedSearch> create(
      Authentication auth, @Body SavedSearches.Save body) {
    SavedSearches.SavedSearch saved = manage.create(CurrentUser.from(auth), body);
    return HttpResponse.created(saved, URI.create("/api/needs/saved-searches/" + saved.id()));
  }

  @Put("/{id}")
  @Operation(
      operationId = "editNeedSearch",
      summary = "Edit a saved search (criteria, frequency)",
      description =
          "Its person only; another person's search is 404. The same fields and rules as saving.")
  SavedSearches.SavedSearch update(Authentication auth, UUID id, @Body SavedSearches.Save body) {
    return manage.update(CurrentUser.from(auth), id, body);
  }

  @Delete("/{id}")
  @Operation(
      operationId = "deleteNeedSearch",
      summary = "Delete a saved search",
      description = "Its person only; another person's search is 404. 204.")
  HttpResponse<Void> delete(Authentication auth, UUID id) {
    manage.delete(CurrentUser.from(auth), id);
    return HttpResponse.noContent();
  }

  @Post("/unsubscribe/{token}")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Consumes({
    MediaType.APPLICATION_FORM_URLENCODED,
    MediaType.APPLICATION_JSON,
    MediaType.TEXT_PLAIN,
    MediaType.ALL
  })
  @Operation(
      operationId = "unsubscribeNeedSearch",
      summary = "Stop a saved search's e-mails (one-click unsubscribe)",
      description =
          "Public: the token of a mail's link is the secret (stored hashed). Sets the searches"
              + " the mail came from to NONE and answers their names; 404 for an unknown link."
              + " Also the RFC 8058 List-Unsubscribe-Post target (body"
              + " 'List-Unsubscribe=One-Click', ignored).")
  SavedSearches.Unsubscribed unsubscribe(String token) {
    return manage.unsubscribe(token);
  }
}
