package fr.boucle.needs.web;

import fr.boucle.catalogue.SearchResult;
import fr.boucle.needs.NeedCommands;
import fr.boucle.needs.NeedKind;
import fr.boucle.needs.NeedStatus;
import fr.boucle.needs.NeedViews;
import fr.boucle.needs.SourcingFigures;
import fr.boucle.needs.internal.AcceptProposal;
import fr.boucle.needs.internal.AnswerNeed;
import fr.boucle.needs.internal.EndNeed;
import fr.boucle.needs.internal.MatchNeed;
import fr.boucle.needs.internal.NeedAnswers;
import fr.boucle.needs.internal.NeedThreads;
import fr.boucle.needs.internal.PublishNeed;
import fr.boucle.needs.internal.SourcingStatistics;
import fr.boucle.needs.internal.ViewNeeds;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
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

@Controller("/api/needs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Needs board")
class NeedController {

  private final PublishNeed publish;
  private final ViewNeeds view;
  private final EndNeed end;
  private final AnswerNeed answer;
  private final NeedAnswers answers;
  private final NeedThreads threads;
  private final AcceptProposal accept;
  private final MatchNeed match;
  private final SourcingStatistics statistics;

  NeedController(
      PublishNeed publish,
      ViewNeeds view,
      EndNeed end,
      AnswerNeed answer,
      NeedAnswers answers,
      NeedThreads threads,
      AcceptProposal accept,
      MatchNeed match,
      SourcingStatistics statistics) {
    this.publish = publish;
    this.view = view;
    this.end = end;
    this.answer = answer;
    this.answers = answers;
    this.threads = threads;
    this.accept = accept;
    this.match = match;
    this.statistics = statistics;
  }

  @Get("/statistics")
  @Operation(
      operationId = "needsSourcingStatistics",
      summary = "The buyer admin's sourcing statistics",
      description =
          "Buyer admin only (403 otherwise). Over the needs the organisation created from 'from'"
              + " to 'to' (YYYY-MM-DD, inclusive, Paris time; default the 12 calendar months"
              + " up to today): needs published and how many are open, closed, cancelled; proposals and"
              + " 'not for us' answers, in all and per need (decimal strings, two places, half"
              + " up); the needs with at least one proposal, and those with a proposal from an"
              + " insertion structure (SIAE, EA, ESAT, lead or partner) with their share of the"
              + " needs published in basis points; each outcome's count and amounts in cents"
              + " excl. VAT; per month, the needs published and those with a proposal. A bad"
              + " date is named in problem+json.")
  SourcingFigures statistics(
      Authentication auth, @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
    return statistics.figures(CurrentUser.from(auth), from, to);
  }

  @Post
  @Operation(
      operationId = "publishNeed",
      summary = "Publish a need",
      description =
          "Buyer admin (any service) or requester (its services). Every bad field is named: a"
              + " closing date in the past, a quantity below 1, an unknown category, a service"
              + " that is not yours, a call-off without a lot or on a lot that is not in force or"
              + " does not cover the categories. 201 with the need.")
  HttpResponse<NeedViews.NeedDetail> publish(
      Authentication auth,
      @Body NeedCommands.Publish body,
      @Nullable @QueryValue String lang,
      @Nullable @Header("Accept-Language") String acceptLanguage) {
    NeedViews.NeedDetail need =
        publish.publish(CurrentUser.from(auth), body, english(lang, acceptLanguage));
    return HttpResponse.created(need, URI.create("/api/needs/" + need.summary().id()));
  }

  @Get
  @Operation(
      operationId = "listNeeds",
      summary = "Needs I may see",
      description =
          "A buyer's people: their organisation's needs. Suppliers' people: the open needs whose"
              + " visibility admits their organisation (all suppliers, the départements it"
              + " serves, insertion structures) and those they answered. Filters: q (words of"
              + " the title or description), category, department, kind, status (OPEN means"
              + " open and not past its closing date), closingWithinDays. Sort: closingDate"
              + " (default), createdAt, title, quantity, optionally ',desc'.")
  Page<NeedViews.NeedSummary> list(
      Authentication auth,
      @Nullable @QueryValue String q,
      @Nullable @QueryValue String category,
      @Nullable @QueryValue String department,
      @Nullable @QueryValue NeedKind kind,
      @Nullable @QueryValue NeedStatus status,
      @Nullable @QueryValue Integer closingWithinDays,
      @Nullable @QueryValue Integer page,
      @Nullable @QueryValue Integer size,
      @Nullable @QueryValue String sort,
      @Nullable @QueryValue String lang,
      @Nullable @Header("Accept-Language") String acceptLanguage) {
    return view.list(
        CurrentUser.from(auth),
        new ViewNeeds.Query(
            q, category, department, kind, status, closingWithinDays, page, size, sort),
        english(lang, acceptLanguage));
  }

  @Get("/{id}")
  @Operation(
      operationId = "getNeed",
      summary = "One need",
      description = "404 when the caller may not see it (another buyer's, outside its visibility).")
  NeedViews.NeedDetail get(
      Authentication auth,
      UUID id,
      @Nullable @QueryValue String lang,
      @Nullable @Header("Accept-Language") String acceptLanguage) {
    return view.detail(CurrentUser.from(auth), id, english(lang, acceptLanguage));
  }

  @Put("/{id}")
  @Operation(
      operationId = "editNeed",
      summary = "Edit a need nobody has answered",
      description = "Same rules as publishing; 409 once a supplier has answered or the need ended.")
  NeedViews.NeedDetail edit(
      Authentication auth,
      UUID id,
      @Body NeedCommands.Publish body,
      @Nullable @QueryValue String lang,
      @Nullable @Header("Accept-Language") String acceptLanguage) {
    return publish.edit(CurrentUser.from(auth), id, body, english(lang, acceptLanguage));
  }

  @Post("/{id}/close")
  @Operation(
      operationId = "closeNeed",
      summary = "Close a need with its outcome",
      description =
          "outcome ORDERED, BOUGHT_ELSEWHERE (with amountCents excl. VAT) or NOT_BOUGHT; the"
              + " buyer's sourcing figures come from outcomes. 409 when already ended.")
  NeedViews.NeedDetail close(
      Authentication auth,
      UUID id,
      @Body NeedCommands.Close body,
      @Nullable @QueryValue String lang,
      @Nullable @Header("Accept-Language") String acceptLanguage) {
    return end.close(CurrentUser.from(auth), id, body, english(lang, acceptLanguage));
  }

  @Post("/{id}/cancel")
  @Operation(
      operationId = "cancelNeed",
      summary = "Cancel a need with a reason",
      description = "The reason (3 to 500 characters) is shown to the suppliers.")
  NeedViews.NeedDetail cancel(
      Authentication auth,
      UUID id,
      @Body NeedCommands.Cancel body,
      @Nullable @QueryValue String lang,
      @Nullable @Header("Accept-Language") String acceptLanguage) {
    return end.cancel(CurrentUser.from(auth), id, body, english(lang, acceptLanguage));
  }

  @Get("/{id}/answers")
  @Operation(
      operationId = "listNeedAnswers",
      summary = "A need's answers",
      description =
          "The buyer sees every answer (proposals and \"not for us\"), with lines priced, the"
              + " total excl. VAT and the distance from the delivery service to the nearest"
              + " depot; a supplier sees the answers it made or joined.")
  List<NeedViews.Answer> answers(Authentication auth, UUID id) {
    return answers.list(CurrentUser.from(auth), id);
  }

  @Post("/{id}/answers")
  @Status(HttpStatus.CREATED)
  @Operation(
      operationId = "answerNeed",
      summary = "Answer a need",
      description =
          "Suppliers' people, once per organisation while the need is open (409 otherwise, 404"
              + " outside its visibility). Lines are the supplier's own listings in stock"
              + " (lines[i].listingId named otherwise), priced by the lot's terms for a"
              + " call-off; or a free-text offer with availableOn; partnerIds for a joint"
              + " answer.")
  NeedViews.Answer answer(Authentication auth, UUID id, @Body NeedCommands.Answer body) {
    return answer.answer(CurrentUser.from(auth), id, body);
  }

  @Post("/{id}/not-for-us")
  @Status(HttpStatus.CREATED)
  @Operation(
      operationId = "declineNeed",
      summary = "Say a need is not for us",
      description = "Kept for the buyer's sourcing figures; counts as the organisation's answer.")
  NeedViews.Answer decline(Authentication auth, UUID id, @Body NeedCommands.Decline body) {
    return answer.decline(CurrentUser.from(auth), id, body);
  }

  @Get("/{id}/answers/{answerId}/messages")
  @Operation(
      operationId = "listAnswerMessages",
      summary = "The thread of an answer",
      description = "The buyer and the answering suppliers only (404 for others).")
  List<NeedViews.Message> messages(Authentication auth, UUID id, UUID answerId) {
    return threads.messages(CurrentUser.from(auth), id, answerId);
  }

  @Post("/{id}/answers/{answerId}/messages")
  @Status(HttpStatus.CREATED)
  @Operation(
      operationId = "postAnswerMessage",
      summary = "Write in the thread of an answer",
      description = "body: 1 to 5000 characters. Answers the whole thread.")
  List<NeedViews.Message> post(
      Authentication auth, UUID id, UUID answerId, @Body NeedCommands.Message body) {
    return threads.post(CurrentUser.from(auth), id, answerId, body);
  }

  @Post("/{id}/answers/{answerId}/accept")
  @Operation(
      operationId = "acceptNeedAnswer",
      summary = "Accept a proposal: its listings go into my cart",
      description =
          "A requester of the buyer. The usual checkout then applies every rule of an order.")
  NeedViews.Accepted accept(Authentication auth, UUID id, UUID answerId) {
    return accept.accept(CurrentUser.from(auth), id, answerId);
  }

  @Get("/{id}/matches")
  @Operation(
      operationId = "listNeedMatches",
      summary = "Listings in stock that match a need",
      description =
          "The buyer's: up to 20 catalogue items in stock, best first (French search over the"
              + " title within the need's categories, near the delivery service).")
  List<SearchResult.Item> matches(Authentication auth, UUID id) {
    return match.matches(CurrentUser.from(auth), id);
  }

  private static boolean english(@Nullable String lang, @Nullable String acceptLanguage) {
    return lang != null
        ? lang.equalsIgnoreCase("en")
        : acceptLanguage != null && acceptLanguage.toLowerCase().startsWith("en");
  }
}
