package fr.boucle.ordering;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What other areas (reporting) may read of the spend ledger ({@code spend_entry}) without reaching
 * into ordering's tables: sums excl. VAT per lot period, and per service, supplier, category or
 * month of the orders' submission. Committed = ordered, not yet invoiced; invoiced includes paid.
 * Every figure is a SQL sum of ledger rows, exact to the cent.
 */
public interface SpendFacts {

  /** Amounts excl. VAT in cents. */
  record Amounts(long committedCents, long invoicedCents, long paidCents) {
    public static final Amounts ZERO = new Amounts(0, 0, 0);

    /** Committed plus invoiced: what the lot's maximum is charged with. */
    public long consumedCents() {
      return Math.addExact(committedCents, invoicedCents);
    }

    public Amounts plus(Amounts o) {
      return new Amounts(
          Math.addExact(committedCents, o.committedCents),
          Math.addExact(invoicedCents, o.invoicedCents),
          Math.addExact(paidCents, o.paidCents));
    }

    public Amounts minus(Amounts o) {
      return new Amounts(
          Math.subtractExact(committedCents, o.committedCents),
          Math.subtractExact(invoicedCents, o.invoicedCents),
          Math.subtractExact(paidCents, o.paidCents));
    }

    public boolean isZero() {
      return committedCents == 0 && invoicedCents == 0 && paidCents == 0;
    }
  }

  /**
   * A lot period's sums: {@code part} of the services asked for (all of them when none were given),
   * and {@code whole} of every service, which is what the lot's maximum counts.
   */
  record PeriodSpend(UUID lotId, int periodIndex, Amounts part, Amounts whole) {}

  /** The ledger sums per lot period of these lots; {@code part} only these services if given. */
  List<PeriodSpend> byLotPeriod(Collection<UUID> lotIds, @Nullable Collection<UUID> serviceIds);

  /** What a breakdown groups by. */
  enum By {
    SERVICE,
    SUPPLIER,
    CATEGORY,
    MONTH
  }

  /**
   * The key of the row that holds orders' delivery fees in a {@link By#CATEGORY} breakdown (and any
   * cent a split by goods lines leaves over, so that totals are equal for every grouping).
   */
  String DELIVERY = "delivery";

  /**
   * One row of a breakdown: the service's or supplier's id, the taxonomy category id (or {@link
   * #DELIVERY}), or the month {@code yyyy-mm}.
   */
  record Slice(String key, Amounts amounts) {}

  /**
   * The ledger sums of the buyer's orders submitted from {@code from} to {@code to} (inclusive,
   * Europe/Paris days), grouped; only these services and lots when given. Rows with spend only, by
   * key. A {@link By#CATEGORY} breakdown splits each order by its goods lines excl. VAT.
   */
  List<Slice> breakdown(
      UUID buyerId,
      By by,
      @Nullable Collection<UUID> serviceIds,
      @Nullable Collection<UUID> lotIds,
      LocalDate from,
      LocalDate to);

  /** The services that ordered on a lot period (whose approvers hear of its alerts). */
  List<UUID> servicesOrderedOn(UUID lotId, int periodIndex);
}
