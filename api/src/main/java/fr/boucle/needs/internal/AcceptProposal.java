package fr.boucle.needs.internal;

import fr.boucle.needs.AnswerKind;
import fr.boucle.needs.NeedViews;
import fr.boucle.notification.NotificationKind;
import fr.boucle.notification.Notifications;
import fr.boucle.ordering.CartFilling;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ProblemException;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The buyer accepts a proposal: its listings go into the requester's cart, where the usual checkout
 * applies every rule of an order (lot, cap, stock, approval). All lines or none.
 */
@Singleton
public class AcceptProposal {

  private final Needs needs;
  private final Answers answers;
  private final NeedAnswers read;
  private final CartFilling cart;
  private final Notifications notifications;

  AcceptProposal(
      Needs needs,
      Answers answers,
      NeedAnswers read,
      CartFilling cart,
      Notifications notifications) {
    this.needs = needs;
    this.answers = answers;
    this.read = read;
    this.cart = cart;
    this.notifications = notifications;
  }

  @Transactional
  public NeedViews.Accepted accept(CurrentUser user, UUID needId, UUID answerId) {
    if (!user.isBuyer() || user.isApiToken()) {
      throw new NotFound("Need");
    }
    Needs.Row need = needs.lock(needId).orElseThrow(() -> new NotFound("Need"));
    Answers.Row answer = read.readable(user, needId, answerId);
    if (!user.hasRole(Role.REQUESTER)) {
      throw new Forbidden(ProblemCode.PROPOSAL_REQUESTER_ONLY);
    }
    if (answer.kind() != AnswerKind.PROPOSAL || answer.lines().isEmpty()) {
      throw new ProblemException(HttpStatus.CONFLICT, ProblemCode.ANSWER_NO_PROPOSAL);
    }
    int cartLines =
        cart.fill(
            user,
            answer.lines().stream()
                .map(l -> new CartFilling.Units(l.listingId(), l.quantity()))
                .toList());
    answers.accept(answerId);
    notifications.notify(
        java.util.List.of(answer.authorId()),
        NotificationKind.ANSWER_ACCEPTED,
        need.title(),
        "/besoins/" + needId);
    return new NeedViews.Accepted(answerId, answer.lines().size(), cartLines);
  }
}
