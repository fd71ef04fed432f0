package fr.boucle.ordering.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.boucle.ordering.OrderStatus;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The argument of place_orders (R__place_orders.sql): the validated, priced orders and the stock
 * they take. Orders and lines are named like their columns, for {@code jsonb_populate_record}.
 */
@Serdeable
record PlacementPayload(
    UUID personId,
    String key,
    String requestHash,
    String actor,
    int year,
    boolean fromCart,
    List<Wanted> wanted,
    List<OrderRow> orders) {

  /** Units of a listing the submission takes, all its orders together. */
  @Serdeable
  record Wanted(UUID listingId, int quantity) {}

  @Serdeable(naming = SnakeCaseStrategy.class)
  record OrderRow(
      UUID id,
      UUID buyerId,
      UUID serviceId,
      UUID supplierId,
      UUID agreementId,
      UUID lotId,
      int periodIndex,
      OrderStatus status,
      long totalExclVatCents,
      long totalVatCents,
      long deliveryFeeExclVatCents,
      long deliveryFeeVatCents,
      int deliveryFeeVatRateBp,
      String deliveryStreet,
      String deliveryPostcode,
      String deliveryCity,
      String deliveryDate,
      @Nullable String note,
      UUID requesterId,
      boolean requiresApproval,
      // Not a column: place_orders reads it as o ->> 'approvedComment' for the approval event.
      @Nullable @JsonProperty("approvedComment") String approvedComment,
      List<LineRow> lines) {}

  @Serdeable(naming = SnakeCaseStrategy.class)
  record LineRow(
      int lineNo,
      UUID listingId,
      String sku,
      String title,
      String categoryId,
      int quantity,
      long catalogueUnitPriceCents,
      long unitPriceExclVatCents,
      int vatRateBp,
      long lineExclVatCents,
      long lineVatCents) {}

  static PlacementPayload of(
      CurrentUser user,
      String key,
      String requestHash,
      List<Submission.Plan> plans,
      boolean fromCart,
      LocalDate today) {
    Map<UUID, Integer> wanted = new TreeMap<>(); // one entry per listing, however many orders
    for (Submission.Plan plan : plans) {
      plan.request().wants().forEach(w -> wanted.merge(w.listingId(), w.quantity(), Integer::sum));
    }
    List<Wanted> stock = new ArrayList<>();
    wanted.forEach((id, quantity) -> stock.add(new Wanted(id, quantity)));
    List<OrderRow> orders = new ArrayList<>();
    for (Submission.Plan plan : plans) {
      orders.add(order(user, plan));
    }
    return new PlacementPayload(
        user.personId(), key, requestHash, user.label(), today.getYear(), fromCart, stock, orders);
  }

  private static OrderRow order(CurrentUser user, Submission.Plan plan) {
    LotAssessor.Assessment a = plan.assessment();
    List<LineRow> lines = new ArrayList<>();
    int lineNo = 0;
    for (LotAssessor.PricedLine line : a.lines()) {
      OrderPlanner.ListingRow l = line.listing();
      lines.add(
          new LineRow(
              ++lineNo,
              l.id(),
              l.sku(),
              l.title(),
              l.categoryId(),
              line.quantity(),
              l.priceCents(),
              line.unitPriceCents(),
              l.vatRateBasisPoints(),
              line.exclCents(),
              line.vatCents()));
    }
    String note = plan.request().note();
    return new OrderRow(
        plan.orderId(),
        user.organisationId(),
        plan.service().id(),
        a.lines().get(0).listing().supplierId(),
        a.lot().agreementId(),
        a.lot().lotId(),
        a.periodIndex(),
        plan.requiresApproval() ? OrderStatus.SUBMITTED : OrderStatus.APPROVED,
        a.exclCents(),
        a.vatCents(),
        a.deliveryFee().exclCents(),
        a.deliveryFee().vatCents(),
        a.deliveryFee().vatRateBasisPoints(),
        plan.address().street().strip(),
        plan.address().postcode(),
        plan.address().city().strip(),
        plan.request().deliveryDate().toString(),
        note == null || note.isBlank() ? null : note.strip(),
        user.personId(),
        plan.requiresApproval(),
        plan.requiresApproval()
            ? null
            : "Total excl. VAT within the service's approval threshold ("
                + Money.euros(plan.service().approvalThresholdCents())
                + ")",
        lines);
  }
}
