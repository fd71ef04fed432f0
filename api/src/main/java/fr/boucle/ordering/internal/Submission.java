package fr.boucle.ordering.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.ordering.OrderCommands;
import fr.boucle.ordering.OrderViews.Obstacle;
import fr.boucle.ordering.OrderViews.ObstacleCode;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * A submission checked and priced from reads only, before anything is written: one {@link Plan} per
 * requested order, or its obstacles reported on the fields they concern.
 */
final class Submission {

  /** One order to place, as the caller asked for it; fields are named with the prefix. */
  record Request(
      String prefix,
      IntFunction<String> lineField,
      UUID serviceId,
      @Nullable UUID lotId,
      LocalDate deliveryDate,
      @Nullable OrderCommands.Address address,
      @Nullable String note,
      List<OrderPlanner.Want> wants) {}

  /** An order checked and priced, with its id chosen ahead of the write. */
  record Plan(
      Request request,
      OrderPlanner.ServiceRow service,
      LotAssessor.Assessment assessment,
      OrderCommands.Address address,
      boolean requiresApproval,
      UUID orderId) {}

  private final CurrentUser user;
  private final LocalDate today;
  private final OrderPlanner planner;
  private final LotAssessor assessor;
  private final ValidationFailed.Collector errors = new ValidationFailed.Collector();
  private final List<Problem.FieldError> stockErrors = new ArrayList<>();
  private final Set<UUID> seenSuppliers = new LinkedHashSet<>();
  private Map<UUID, OrderPlanner.ListingRow> listings = Map.of();
  private @Nullable List<AgreementLots.Lot> buyerLots;
  private @Nullable Problem.FieldError capError;
  private long capRemaining;
  private long capOrder;

  private Submission(
      CurrentUser user, LocalDate today, OrderPlanner planner, LotAssessor assessor) {
    this.user = user;
    this.today = today;
    this.planner = planner;
    this.assessor = assessor;
  }

  /**
   * Checks and prices the requests; answers one plan per request, or throws with every obstacle on
   * the field it concerns: a 400 for what the request says, else a 409 for stock, else for the cap.
   */
  static List<Plan> plan(
      CurrentUser user,
      List<Request> requests,
      LocalDate today,
      OrderPlanner planner,
      LotAssessor assessor) {
    return new Submission(user, today, planner, assessor).plans(requests);
  }

  private List<Plan> plans(List<Request> requests) {
    Set<UUID> listingIds = new LinkedHashSet<>();
    requests.forEach(r -> r.wants().forEach(w -> listingIds.add(w.listingId())));
    listings = planner.listings(listingIds);
    List<Plan> plans = new ArrayList<>();
    for (Request r : requests) {
      plan(r).ifPresent(plans::add);
    }
    errors.throwIfAny();
    if (!stockErrors.isEmpty()) {
      throw new OrderProblems.OutOfStock(stockErrors);
    }
    if (capError != null) {
      throw new OrderProblems.LotCapExceeded(capError.field(), capRemaining, capOrder);
    }
    return plans;
  }

  /** One request's plan, or empty with its obstacles collected. */
  private Optional<Plan> plan(Request r) {
    String at = r.prefix();
    Optional<OrderPlanner.ServiceRow> service =
        planner.service(user.organisationId(), r.serviceId());
    if (service.isEmpty() || !user.serviceIds().contains(r.serviceId())) {
      errors.add(at + "serviceId", ProblemCode.NOT_YOUR_SERVICE);
    }
    if (r.deliveryDate().isBefore(today)) {
      errors.add(at + "deliveryDate", ProblemCode.DATE_TODAY_OR_LATER);
    }
    Optional<OrderPlanner.ListingRow> first = lines(r);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    if (!seenSuppliers.add(first.get().supplierId())) {
      errors.add(at + "supplierId", ProblemCode.SUPPLIER_TWICE_IN_CHECKOUT);
    }
    Optional<LotAssessor.Assessment> chosen = lot(r, first.get());
    if (chosen.isEmpty() || !admits(r, chosen.get()) || service.isEmpty()) {
      return Optional.empty();
    }
    OrderPlanner.ServiceRow s = service.get();
    OrderCommands.Address address =
        r.address() != null
            ? r.address()
            : new OrderCommands.Address(s.street(), s.postcode(), s.city());
    return Optional.of(
        new Plan(
            r,
            s,
            chosen.get(),
            address,
            chosen.get().exclCents() > s.approvalThresholdCents(),
            UUID.randomUUID()));
  }

  /**
   * The lines: orderable, one supplier, each once, at least the minimum quantity. Answers the first
   * line's listing (the supplier's) when the lines can make an order.
   */
  private Optional<OrderPlanner.ListingRow> lines(Request r) {
    OrderPlanner.ListingRow first = null;
    Set<UUID> seen = new LinkedHashSet<>();
    boolean linesOk = true;
    for (int i = 0; i < r.wants().size(); i++) {
      OrderPlanner.Want w = r.wants().get(i);
      OrderPlanner.ListingRow l = listings.get(w.listingId());
      String field = r.lineField().apply(i);
      if (l == null || !l.orderable()) {
        errors.add(field + ".listingId", ProblemCode.NOT_ORDERABLE);
        linesOk = false;
      } else if (!seen.add(l.id())) {
        errors.add(field + ".listingId", ProblemCode.LISTING_TWICE);
        linesOk = false;
      } else if (first != null && !first.supplierId().equals(l.supplierId())) {
        errors.add(field + ".listingId", ProblemCode.ANOTHER_SUPPLIER);
        linesOk = false;
      } else {
        if (first == null) {
          first = l;
        }
        if (w.quantity() < l.minimumOrderQuantity()) {
          errors.add(
              field + ".quantity", ProblemCode.QUANTITY_TOO_SMALL, "min", l.minimumOrderQuantity());
        } else if (w.quantity() > l.available()) {
          stockErrors.add(
              Problem.FieldError.of(
                  field + ".quantity",
                  ProblemCode.ONLY_AVAILABLE,
                  "available",
                  Math.max(0, l.available())));
        }
      }
    }
    return linesOk ? Optional.ofNullable(first) : Optional.empty();
  }

  /** The lot: the one named, or the only one that applies; empty with why when there is none. */
  private Optional<LotAssessor.Assessment> lot(Request r, OrderPlanner.ListingRow first) {
    String at = r.prefix();
    if (buyerLots == null) {
      buyerLots = planner.lotsOf(user.organisationId());
    }
    if (r.lotId() != null) {
      Optional<AgreementLots.Lot> lot =
          buyerLots.stream().filter(l -> l.lotId().equals(r.lotId())).findFirst();
      if (lot.isEmpty()) {
        errors.add(at + "lotId", ProblemCode.NOT_YOUR_LOT);
        return Optional.empty();
      }
      return Optional.of(assessor.assess(lot.get(), first, r.wants(), listings, today));
    }
    LotAssessor.GroupAssessment group =
        assessor.assessGroup(buyerLots, first, r.wants(), listings, today);
    Optional<LotAssessor.Assessment> only = group.chosen();
    if (only.isEmpty()
        && group.options().size() == 1
        && group.options().get(0).lot().activeOn(today)) {
      // One lot could apply: its obstacles are reported on the fields they concern.
      only = Optional.of(group.options().get(0));
    }
    if (only.isEmpty()) {
      List<String> reasons = new ArrayList<>();
      group.obstacles().stream()
          .filter(o -> o.code() != ObstacleCode.STOCK_SHORT)
          .forEach(o -> reasons.add(o.message()));
      for (LotAssessor.Assessment option : group.options()) {
        option.obstacles().forEach(o -> reasons.add(o.message()));
      }
      errors.add(
          at + "lotId",
          Message.of(
              group.options().stream().filter(LotAssessor.Assessment::applicable).count() > 1
                  ? ProblemCode.LOT_CHOOSE_ONE
                  : ProblemCode.LOT_NONE_APPLIES,
              "reasons",
              String.join(" ", reasons)));
    }
    return only;
  }

  /**
   * Reports the chosen lot's obstacles on the fields they concern; answers whether the lot admits
   * the order (a cap exceeded is kept for a 409 once nothing else is wrong).
   */
  private boolean admits(Request r, LotAssessor.Assessment chosen) {
    String at = r.prefix();
    boolean lotOk = true;
    for (Obstacle o : chosen.obstacles()) {
      if (o.code() == ObstacleCode.CAP_EXCEEDED) {
        capError = new Problem.FieldError(at + "lotId", o.problem());
        capRemaining = chosen.remainingBeforeCents() == null ? 0 : chosen.remainingBeforeCents();
        capOrder = chosen.exclCents();
      } else if (o.listingId() != null) {
        errors.add(
            r.lineField().apply(indexOf(r.wants(), o.listingId())) + ".listingId", o.problem());
        lotOk = false;
      } else {
        errors.add(at + "lotId", o.problem());
        lotOk = false;
      }
    }
    if (lotOk && chosen.periodIndex() == null) {
      errors.add(at + "lotId", ProblemCode.LOT_NO_PERIOD_TODAY);
      lotOk = false;
    }
    return lotOk;
  }

  private static int indexOf(List<OrderPlanner.Want> wants, UUID listingId) {
    for (int i = 0; i < wants.size(); i++) {
      if (wants.get(i).listingId().equals(listingId)) {
        return i;
      }
    }
    return 0;
  }
}
