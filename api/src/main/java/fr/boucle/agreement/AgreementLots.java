package fr.boucle.agreement;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * What the ordering area needs from framework agreements: a buyer's lots with their terms, and the
 * lot-period balances, moved only by conditional updates inside the caller's transaction.
 */
public interface AgreementLots {

  /**
   * A lot of a (non-draft) framework agreement, with everything that prices and admits an order,
   * and its periods' amounts as they stood when it was read.
   */
  record Lot(
      UUID lotId,
      UUID agreementId,
      UUID buyerId,
      String agreementReference,
      String agreementTitle,
      AgreementStatus agreementStatus,
      AgreementPeriods periods,
      int number,
      String title,
      Reservation reservation,
      PriceTerms priceTerms,
      int discountBasisPoints,
      Map<String, Long> unitPrices,
      Set<String> categoryIds,
      Set<UUID> supplierIds,
      Integer insertionHoursTarget,
      String environmentalClause,
      List<Balance> balances) {

    /** The amounts of one of the lot's periods, as read with the lot. */
    public Optional<Balance> balance(int periodIndex) {
      return balances.stream().filter(b -> b.periodIndex() == periodIndex).findFirst();
    }

    public boolean activeOn(LocalDate day) {
      return agreementStatus == AgreementStatus.ACTIVE
          && !day.isBefore(periods.startDate())
          && !day.isAfter(periods.endDate());
    }

    /** Whether a category, given with its ancestors (itself first), is in the lot's scope. */
    public boolean covers(List<String> categoryAndAncestors) {
      return categoryAndAncestors.stream().anyMatch(categoryIds::contains);
    }

    /** The unit price excl. VAT of this lot's terms, or empty when the schedule has none. */
    public OptionalLong unitPrice(long cataloguePriceCents, List<String> categoryAndAncestors) {
      return Pricing.unitPrice(
          priceTerms, discountBasisPoints, unitPrices, cataloguePriceCents, categoryAndAncestors);
    }
  }

  /** A lot period's amounts excl. VAT. */
  record Balance(int periodIndex, long maximumCents, long committedCents, long invoicedCents) {
    public long remainingCents() {
      return maximumCents - committedCents - invoicedCents;
    }
  }

  /** The lots of a buyer's ACTIVE and TERMINATED agreements (whether in force today or not). */
  List<Lot> lotsOf(UUID buyerId);

  /** What an order shows of the lot it was placed under (its view, its printed form). */
  record LotSummary(
      UUID lotId,
      UUID agreementId,
      UUID buyerId,
      String agreementReference,
      String agreementTitle,
      int number,
      String title,
      Reservation reservation,
      @Nullable Integer insertionHoursTarget,
      @Nullable String environmentalClause) {}

  /** A lot period with what names it: the rows of the buyer's spend reports. */
  record LotPeriod(
      UUID lotId,
      UUID agreementId,
      UUID buyerId,
      String agreementReference,
      String agreementTitle,
      int lotNumber,
      String lotTitle,
      Reservation reservation,
      int periodIndex,
      LocalDate startsOn,
      LocalDate endsOn,
      long maximumCents) {}

  /**
   * The periods of the lots of a buyer's ACTIVE and TERMINATED agreements, by agreement reference,
   * lot number and period; one query.
   */
  List<LotPeriod> periodsOf(UUID buyerId);

  /** The periods of every ACTIVE agreement's lots under way on that day, whoever's. */
  List<LotPeriod> periodsUnderWay(LocalDate day);

  /** The lots with these ids, whoever's, by agreement reference then lot number. */
  List<LotSummary> summaries(Collection<UUID> lotIds);

  // Orders add to the committed amount in the database function place_orders (V10), on one of
  // the lot period's shares of its maximum, checked by a conditional update in the same statement
  // as the rest of the order. The order keeps its share: money moves back or on there.

  /**
   * The platform's commission on the lot in basis points (0..10 000): the application fee taken on
   * payments through Stripe. 0 for an unknown lot.
   */
  int platformCommissionBp(UUID lotId);

  /** Gives back a committed amount (cancellation, refusal) to the order's share. */
  void release(UUID lotId, int periodIndex, int share, long amountCents);

  /** Moves an amount from committed to invoiced on the order's share. */
  void invoice(UUID lotId, int periodIndex, int share, long amountCents);
}
