package fr.boucle.reporting;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** A supplier's sales dashboard; amounts excl. VAT in cents. */
@Serdeable
public record SalesReport(
    LocalDate from,
    LocalDate to,
    long revenueCents,
    OrdersWaiting ordersWaiting,
    List<ByBuyer> byBuyer,
    List<ByCategory> byCategory,
    List<ByMonth> byMonth,
    List<Rotation> stockRotation,
    Hours hoursDeclared) {

  @Serdeable
  public record OrdersWaiting(long toAccept, long toPrepare, long toDeliver) {}

  @Serdeable
  public record ByBuyer(String key, String label, long revenueCents, long orders) {}

  /** Goods per category; the delivery fees as the row keyed {@code delivery} (0 units). */
  @Serdeable
  public record ByCategory(String key, String label, long revenueCents, long units) {}

  @Serdeable
  public record ByMonth(String month, long revenueCents, long orders) {}

  @Serdeable
  public record Rotation(
      String categoryId,
      String label,
      long unitsSold,
      long unitsInStock,
      @io.micronaut.core.annotation.Nullable Double medianDaysToSell) {}

  @Serdeable
  public record Hours(long declared, long accepted) {}
}
