package fr.boucle.ordering;

import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A purchase order as its lifecycle sees it: who may act on it now, and what an action changes.
 * Plain Java: the use case reads the order under a lock, asks it to {@link #apply} an action, and
 * writes the {@link Transition} it answers.
 */
public final class Order {

  private final UUID id;
  private final OrderStatus status;
  private final UUID buyerId;
  private final UUID serviceId;
  private final UUID supplierId;
  private final UUID requesterId;
  private final boolean cancellationRequested;

  public Order(
      UUID id,
      OrderStatus status,
      UUID buyerId,
      UUID serviceId,
      UUID supplierId,
      UUID requesterId,
      boolean cancellationRequested) {
    this.id = id;
    this.status = status;
    this.buyerId = buyerId;
    this.serviceId = serviceId;
    this.supplierId = supplierId;
    this.requesterId = requesterId;
    this.cancellationRequested = cancellationRequested;
  }

  public UUID id() {
    return id;
  }

  public OrderStatus status() {
    return status;
  }

  /** Whether the user is on the side that performs the action (whatever the status). */
  public boolean mayPerform(CurrentUser user, OrderAction action) {
    if (user.isApiToken()) {
      return false;
    }
    boolean buyerSide = user.organisationId().equals(buyerId);
    boolean ofService = buyerSide && user.serviceIds().contains(serviceId);
    return switch (action.side()) {
      case APPROVER ->
          ofService && user.hasRole(Role.APPROVER) && !requesterId.equals(user.personId());
      case SERVICE ->
          buyerSide
              && (user.hasRole(Role.BUYER_ADMIN)
                  || (ofService && user.hasAnyRole(Role.REQUESTER, Role.APPROVER)));
      case SUPPLIER ->
          user.organisationId().equals(supplierId)
              && user.hasAnyRole(Role.SUPPLIER_ADMIN, Role.SUPPLIER_STAFF);
      case BUYER_ADMIN -> buyerSide && user.hasRole(Role.BUYER_ADMIN);
    };
  }

  /** Whether the action may be taken now, in the order's status. */
  public boolean allowsNow(OrderAction action) {
    return action.allowedFrom(status)
        && (action != OrderAction.DECLINE_CANCELLATION || cancellationRequested);
  }

  /** The actions the user may take now, in their declared order. */
  public List<OrderAction> allowedActions(CurrentUser user) {
    List<OrderAction> allowed = new ArrayList<>();
    for (OrderAction action : OrderAction.values()) {
      if (allowsNow(action) && mayPerform(user, action)) {
        allowed.add(action);
      }
    }
    return allowed;
  }

  /**
   * Checks the action for the user and answers what it changes; refuses (in this order) a user not
   * on the acting side, a status the action does not start from, and a missing reason.
   */
  public Transition apply(
      CurrentUser user,
      OrderAction action,
      @Nullable String comment,
      @Nullable String invoiceReference) {
    if (!mayPerform(user, action)) {
      throw new Refused(
          Refused.Reason.NOT_ALLOWED,
          null,
          action.side() == OrderAction.Side.APPROVER && user.personId().equals(requesterId)
              ? Message.of(ProblemCode.CANNOT_APPROVE_OWN)
              : Message.of(ProblemCode.ROLE_DISALLOWS_ACTION, "action", action));
    }
    if (!action.allowedFrom(status)) {
      throw new Refused(
          Refused.Reason.ILLEGAL_TRANSITION,
          null,
          Message.of(ProblemCode.ORDER_ILLEGAL_TRANSITION, "action", action, "status", status));
    }
    if (action == OrderAction.DECLINE_CANCELLATION && !cancellationRequested) {
      throw new Refused(
          Refused.Reason.ILLEGAL_TRANSITION, null, Message.of(ProblemCode.NO_CANCELLATION_REQUEST));
    }
    String why = comment == null || comment.isBlank() ? null : comment.strip();
    if (action.needsReason() && why == null) {
      throw new Refused(
          Refused.Reason.FIELD_REQUIRED, "comment", Message.of(ProblemCode.REASON_REQUIRED));
    }
    String invoice = null;
    if (action == OrderAction.INVOICE && invoiceReference != null && !invoiceReference.isBlank()) {
      // Optional since invoices are issued here: the supplier's own reference, kept on the
      // timeline.
      invoice = invoiceReference.strip();
    }
    return new Transition(
        id, action, status, action.target() == null ? status : action.target(), why, invoice);
  }

  /**
   * What an action changes on an order.
   *
   * @param comment the actor's comment, stripped, or null
   * @param invoiceReference the supplier's own invoice reference (INVOICE only, optional), stripped
   */
  public record Transition(
      UUID orderId,
      OrderAction action,
      OrderStatus from,
      OrderStatus to,
      @Nullable String comment,
      @Nullable String invoiceReference) {

    /** The action, named on the timeline when the status stays as it is. */
    public @Nullable OrderAction eventAction() {
      return action.target() == null ? action : null;
    }

    /** The timeline's comment: the invoice reference first when there is one. */
    public @Nullable String eventComment() {
      return invoiceReference == null
          ? comment
          : "Invoice " + invoiceReference + (comment == null ? "" : " — " + comment);
    }

    /** Why the stock moves back, for its ledger ("Purchase order cancel"). */
    public String releaseReason() {
      return action.name().toLowerCase(Locale.ROOT);
    }

    public boolean approves() {
      return action == OrderAction.APPROVE;
    }

    public boolean asksCancellation() {
      return action == OrderAction.REQUEST_CANCELLATION;
    }
  }

  /** An action the order refuses, with why. */
  public static final class Refused extends RuntimeException {

    /** What kind of refusal: the web layer answers 403, 409 or 400 for them. */
    public enum Reason {
      NOT_ALLOWED,
      ILLEGAL_TRANSITION,
      FIELD_REQUIRED
    }

    private final Reason reason;
    private final @Nullable String field;
    private final Message problem;

    Refused(Reason reason, @Nullable String field, Message problem) {
      super(problem.english(), null, false, false);
      this.reason = reason;
      this.field = field;
      this.problem = problem;
    }

    /** Why, as a code with its values. */
    public Message problem() {
      return problem;
    }

    public Reason reason() {
      return reason;
    }

    /** The missing field, for {@link Reason#FIELD_REQUIRED}. */
    public @Nullable String field() {
      return field;
    }
  }
}
