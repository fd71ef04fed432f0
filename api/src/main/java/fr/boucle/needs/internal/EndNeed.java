package fr.boucle.needs.internal;

import fr.boucle.needs.NeedCommands;
import fr.boucle.needs.NeedOutcome;
import fr.boucle.needs.NeedStatus;
import fr.boucle.needs.NeedViews;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ProblemException;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Ends a need: closed with what came of it (the sourcing figures are made of outcomes), or
 * cancelled with a reason the suppliers read.
 */
@Singleton
public class EndNeed {

  private final Needs needs;
  private final ViewNeeds view;

  EndNeed(Needs needs, ViewNeeds view) {
    this.needs = needs;
    this.view = view;
  }

  @Transactional
  public NeedViews.NeedDetail close(
      CurrentUser user, UUID needId, NeedCommands.Close c, boolean english) {
    Needs.Row need = lockOwn(user, needId);
    ValidationFailed.Collector e = new ValidationFailed.Collector();
    if (c.outcome() == null) {
      e.add(
          "outcome",
          ProblemCode.REQUIRED_ONE_OF,
          "values",
          "ORDERED, BOUGHT_ELSEWHERE or NOT_BOUGHT");
    } else if (c.outcome() == NeedOutcome.NOT_BOUGHT && c.amountCents() != null) {
      e.add("amountCents", ProblemCode.NOTHING_BOUGHT_NO_AMOUNT);
    } else if (c.outcome() != NeedOutcome.NOT_BOUGHT && c.amountCents() == null) {
      e.add("amountCents", ProblemCode.AMOUNT_BOUGHT_REQUIRED);
    }
    if (c.amountCents() != null && (c.amountCents() < 0 || c.amountCents() > 100_000_000_00L)) {
      e.add("amountCents", ProblemCode.AMOUNT_CENTS_RANGE);
    }
    e.throwIfAny();
    requireNotEnded(need);
    needs.close(needId, c.outcome(), c.amountCents());
    return view.detail(user, needId, english);
  }

  @Transactional
  public NeedViews.NeedDetail cancel(
      CurrentUser user, UUID needId, NeedCommands.Cancel c, boolean english) {
    Needs.Row need = lockOwn(user, needId);
    String reason = c.reason() == null ? "" : c.reason().strip();
    if (reason.length() < 3 || reason.length() > 500) {
      new ValidationFailed.Collector().add("reason", ProblemCode.END_REASON_LENGTH).throwIfAny();
    }
    requireNotEnded(need);
    needs.cancel(needId, reason);
    return view.detail(user, needId, english);
  }

  private Needs.Row lockOwn(CurrentUser user, UUID needId) {
    NeedAccess.requirePerson(user);
    Needs.Row need = needs.lock(needId).orElseThrow(() -> new NotFound("Need"));
    if (!user.isBuyer() || !need.buyerId().equals(user.organisationId())) {
      throw new NotFound("Need");
    }
    if (!NeedAccess.mayPublishFor(user, need.serviceId())) {
      throw new Forbidden(ProblemCode.NEED_END_FORBIDDEN);
    }
    return need;
  }

  private static void requireNotEnded(Needs.Row need) {
    if (need.status() != NeedStatus.OPEN) {
      throw new ProblemException(
          HttpStatus.CONFLICT,
          ProblemCode.NEED_ALREADY_ENDED,
          "status",
          need.status().name().toLowerCase());
    }
  }
}
