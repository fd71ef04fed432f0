package fr.boucle.ordering.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.agreement.AgreementPeriods;
import fr.boucle.agreement.Pricing;
import fr.boucle.agreement.Reservation;
import fr.boucle.ordering.OrderViews;
import fr.boucle.ordering.OrderViews.Obstacle;
import fr.boucle.ordering.OrderViews.ObstacleCode;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Assesses a lot for a group of lines: priced with the lot's terms, with every obstacle named.
 * Works on what {@link OrderPlanner} read; the only thing it looks up is a category's ancestors.
 */
@Singleton
class LotAssessor {

  /** A line priced with a lot's terms. */
  record PricedLine(
      OrderPlanner.ListingRow listing,
      int quantity,
      long unitPriceCents,
      long exclCents,
      long vatCents) {
    OrderViews.PricedLine view() {
      return new OrderViews.PricedLine(
          listing.id(),
          listing.title(),
          quantity,
          listing.priceCents(),
          unitPriceCents,
          listing.vatRateBasisPoints(),
          exclCents,
          vatCents);
    }
  }

  /**
   * The order's one delivery: the highest delivery fee among its listings (excl. VAT), at that
   * listing's VAT rate; zero when none of them charges one.
   */
  record DeliveryFee(long exclCents, long vatCents, int vatRateBasisPoints) {
    static final DeliveryFee NONE = new DeliveryFee(0, 0, 0);

    static DeliveryFee of(List<PricedLine> lines) {
      DeliveryFee fee = NONE;
      for (PricedLine line : lines) {
        Long cents = line.listing().deliveryFeeCents();
        if (cents != null && cents > fee.exclCents()) {
          int rate = line.listing().vatRateBasisPoints();
          fee = new DeliveryFee(cents, Pricing.vat(cents, rate), rate);
        }
      }
      return fee;
    }
  }

  /**
   * A lot assessed for a group of lines. Applicable when there is no obstacle. The totals include
   * the delivery fee, so the lot's cap and the approval threshold count it.
   */
  record Assessment(
      AgreementLots.Lot lot,
      List<Obstacle> obstacles,
      List<PricedLine> lines,
      long exclCents,
      long vatCents,
      @Nullable Integer periodIndex,
      @Nullable Long remainingBeforeCents,
      DeliveryFee deliveryFee) {

    boolean applicable() {
      return obstacles.isEmpty();
    }

    OrderViews.LotRef lotRef() {
      return LotAssessor.lotRef(lot);
    }

    OrderViews.LotOption option(@Nullable OrderPlanner.ServiceRow service) {
      return new OrderViews.LotOption(
          lotRef(),
          applicable(),
          obstacles,
          lines.stream().map(PricedLine::view).toList(),
          OrderViews.Totals.of(exclCents, vatCents),
          OrderViews.Totals.of(deliveryFee.exclCents(), deliveryFee.vatCents()),
          periodIndex,
          remainingBeforeCents,
          remainingBeforeCents == null ? null : remainingBeforeCents - exclCents,
          service == null ? null : exclCents > service.approvalThresholdCents());
    }
  }

  private final CategoryAncestry categories;

  LotAssessor(CategoryAncestry categories) {
    this.categories = categories;
  }

  static OrderViews.LotRef lotRef(AgreementLots.Lot lot) {
    return new OrderViews.LotRef(
        lot.agreementId(),
        lot.agreementReference(),
        lot.agreementTitle(),
        lot.lotId(),
        lot.number(),
        lot.title(),
        lot.reservation());
  }

  /** Obstacles of the lines themselves, whatever the lot: availability, stock, minimum quantity. */
  List<Obstacle> lineObstacles(
      List<OrderPlanner.Want> wants, Map<UUID, OrderPlanner.ListingRow> listings) {
    List<Obstacle> obstacles = new ArrayList<>();
    for (OrderPlanner.Want want : wants) {
      OrderPlanner.ListingRow l = listings.get(want.listingId());
      if (l == null || !l.orderable()) {
        obstacles.add(
            new Obstacle(
                ObstacleCode.LISTING_UNAVAILABLE,
                Message.of(ProblemCode.LISTING_UNAVAILABLE),
                want.listingId()));
        continue;
      }
      if (want.quantity() < l.minimumOrderQuantity()) {
        obstacles.add(
            new Obstacle(
                ObstacleCode.BELOW_MINIMUM_QUANTITY,
                Message.of(ProblemCode.BELOW_MINIMUM_QUANTITY, "min", l.minimumOrderQuantity()),
                l.id()));
      }
      if (want.quantity() > l.available()) {
        obstacles.add(
            new Obstacle(
                ObstacleCode.STOCK_SHORT,
                Message.of(ProblemCode.STOCK_SHORT, "available", Math.max(0, l.available())),
                l.id()));
      }
    }
    return obstacles;
  }

  /**
   * Why a supplier's insertion proof does not hold for a reserved lot on the day, or null: it must
   * be valid that day and checked by the operator since it last changed.
   */
  static @Nullable ProblemCode insertionProofProblem(
      OrderPlanner.ListingRow supplier, LocalDate day) {
    if (supplier.supplierInsertionValidUntil() == null
        || supplier.supplierInsertionValidUntil().isBefore(day)) {
      return ProblemCode.SUPPLIER_PROOF_INVALID;
    }
    if (supplier.supplierProofInReview()) {
      return ProblemCode.SUPPLIER_PROOF_IN_REVIEW;
    }
    return null;
  }

  /** Prices a supplier's lines with a lot's terms and names every reason the lot does not apply. */
  Assessment assess(
      AgreementLots.Lot lot,
      OrderPlanner.ListingRow supplierSample,
      List<OrderPlanner.Want> wants,
      Map<UUID, OrderPlanner.ListingRow> listings,
      LocalDate day) {
    List<Obstacle> obstacles = new ArrayList<>();
    if (!lot.activeOn(day)) {
      obstacles.add(
          new Obstacle(
              ObstacleCode.AGREEMENT_NOT_IN_FORCE,
              Message.of(
                  ProblemCode.AGREEMENT_NOT_IN_FORCE,
                  "agreement",
                  lot.agreementReference(),
                  "status",
                  lot.agreementStatus(),
                  "start",
                  lot.periods().startDate(),
                  "end",
                  lot.periods().endDate()),
              null));
    }
    if (!lot.supplierIds().contains(supplierSample.supplierId())) {
      obstacles.add(
          new Obstacle(
              ObstacleCode.SUPPLIER_NOT_AWARDED,
              Message.of(
                  ProblemCode.SUPPLIER_NOT_AWARDED,
                  "supplier",
                  supplierSample.supplierName(),
                  "lot",
                  lot.number()),
              null));
    } else if (!lot.reservation().admits(supplierSample.supplierInsertionStatus())) {
      obstacles.add(
          new Obstacle(
              ObstacleCode.SUPPLIER_NOT_ELIGIBLE,
              Message.of(
                  ProblemCode.SUPPLIER_NOT_ELIGIBLE,
                  "lot",
                  lot.number(),
                  "reservation",
                  lot.reservation(),
                  "insertionStatus",
                  supplierSample.supplierInsertionStatus()),
              null));
    }
    if (lot.reservation() != Reservation.NONE
        && lot.supplierIds().contains(supplierSample.supplierId())
        && lot.reservation().admits(supplierSample.supplierInsertionStatus())) {
      ProblemCode proof = insertionProofProblem(supplierSample, day);
      if (proof != null) {
        obstacles.add(
            new Obstacle(
                ObstacleCode.SUPPLIER_NOT_ELIGIBLE,
                Message.of(
                    proof, "lot", lot.number(), "reservation", lot.reservation(), "day", day),
                null));
      }
    }
    List<PricedLine> priced = new ArrayList<>();
    long excl = 0;
    long vat = 0;
    for (OrderPlanner.Want want : wants) {
      OrderPlanner.ListingRow l = listings.get(want.listingId());
      if (l == null) {
        continue;
      }
      List<String> ancestry = categories.ancestry(l.categoryId());
      if (!lot.covers(ancestry)) {
        obstacles.add(
            new Obstacle(
                ObstacleCode.CATEGORY_OUT_OF_SCOPE,
                Message.of(
                    ProblemCode.LOT_CATEGORY_OUT_OF_SCOPE,
                    "category",
                    l.categoryId(),
                    "lot",
                    lot.number()),
                l.id()));
        continue;
      }
      OptionalLong unit = lot.unitPrice(l.priceCents(), ancestry);
      if (unit.isEmpty()) {
        obstacles.add(
            new Obstacle(
                ObstacleCode.NO_UNIT_PRICE,
                Message.of(
                    ProblemCode.NO_UNIT_PRICE, "lot", lot.number(), "category", l.categoryId()),
                l.id()));
        continue;
      }
      long lineExcl = Pricing.line(unit.getAsLong(), want.quantity());
      long lineVat = Pricing.vat(lineExcl, l.vatRateBasisPoints());
      priced.add(new PricedLine(l, want.quantity(), unit.getAsLong(), lineExcl, lineVat));
      excl += lineExcl;
      vat += lineVat;
    }
    DeliveryFee fee = DeliveryFee.of(priced);
    excl += fee.exclCents();
    vat += fee.vatCents();
    Integer periodIndex = null;
    Long remaining = null;
    Optional<AgreementPeriods.Period> period = lot.periods().periodOn(day);
    if (period.isPresent()) {
      periodIndex = period.get().index();
      Optional<AgreementLots.Balance> balance = lot.balance(periodIndex);
      if (balance.isPresent()) {
        remaining = balance.get().remainingCents();
        if (excl > remaining) {
          obstacles.add(
              new Obstacle(
                  ObstacleCode.CAP_EXCEEDED,
                  Message.of(
                      ProblemCode.LOT_CAP_EXCEEDED,
                      "amount",
                      Money.euros(excl),
                      "lot",
                      lot.number(),
                      "remaining",
                      Money.euros(remaining)),
                  null));
        }
      }
    }
    return new Assessment(lot, obstacles, priced, excl, vat, periodIndex, remaining, fee);
  }

  /** Assesses every lot that awards the group's supplier; group-level obstacles when none does. */
  record GroupAssessment(List<Assessment> options, List<Obstacle> obstacles) {
    Optional<Assessment> chosen() {
      List<Assessment> applicable = options.stream().filter(Assessment::applicable).toList();
      return applicable.size() == 1 ? Optional.of(applicable.get(0)) : Optional.empty();
    }
  }

  GroupAssessment assessGroup(
      List<AgreementLots.Lot> buyerLots,
      OrderPlanner.ListingRow supplierSample,
      List<OrderPlanner.Want> wants,
      Map<UUID, OrderPlanner.ListingRow> listings,
      LocalDate day) {
    List<Obstacle> obstacles = new ArrayList<>(lineObstacles(wants, listings));
    List<Assessment> options = new ArrayList<>();
    for (AgreementLots.Lot lot : buyerLots) {
      if (lot.supplierIds().contains(supplierSample.supplierId())) {
        options.add(assess(lot, supplierSample, wants, listings, day));
      }
    }
    if (buyerLots.stream().noneMatch(l -> l.activeOn(day))) {
      obstacles.add(
          new Obstacle(
              ObstacleCode.NO_AGREEMENT_IN_FORCE,
              Message.of(ProblemCode.NO_AGREEMENT_IN_FORCE),
              null));
    } else if (options.isEmpty()) {
      obstacles.add(
          new Obstacle(
              ObstacleCode.SUPPLIER_NOT_AWARDED,
              Message.of(
                  ProblemCode.SUPPLIER_NOT_AWARDED_ANY, "supplier", supplierSample.supplierName()),
              null));
    } else {
      long applicable = options.stream().filter(Assessment::applicable).count();
      if (applicable > 1) {
        obstacles.add(
            new Obstacle(
                ObstacleCode.SEVERAL_LOTS_APPLY, Message.of(ProblemCode.SEVERAL_LOTS_APPLY), null));
      }
    }
    return new GroupAssessment(options, obstacles);
  }

  /** Groups wanted lines by supplier, in the order the suppliers first appear. */
  static Map<UUID, List<OrderPlanner.Want>> bySupplier(
      List<OrderPlanner.Want> wants, Map<UUID, OrderPlanner.ListingRow> listings) {
    Map<UUID, List<OrderPlanner.Want>> groups = new LinkedHashMap<>();
    for (OrderPlanner.Want want : wants) {
      OrderPlanner.ListingRow l = listings.get(want.listingId());
      if (l != null) {
        groups.computeIfAbsent(l.supplierId(), k -> new ArrayList<>()).add(want);
      }
    }
    return groups;
  }

  static Map<UUID, Integer> quantities(List<OrderPlanner.Want> wants) {
    Map<UUID, Integer> q = new HashMap<>();
    wants.forEach(w -> q.merge(w.listingId(), w.quantity(), Integer::sum));
    return q;
  }
}
