package fr.boucle.reporting.internal;

import fr.boucle.insertion.InsertionHours;
import fr.boucle.listing.Categories;
import fr.boucle.listing.Category;
import fr.boucle.listing.StockRotation;
import fr.boucle.ordering.SupplierSales;
import fr.boucle.organisation.OrganisationDirectory;
import fr.boucle.reporting.SaleDelays;
import fr.boucle.reporting.SalesReport;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A supplier's sales dashboard: revenue ({@link SupplierSales}: orders ACCEPTED or later, goods and
 * delivery fee excl. VAT, on their submission day) per buyer, category and month; the orders
 * waiting; stock rotation per category from the stock ledger ({@link StockRotation}: units sold,
 * units in stock, median days from publication to sale, {@link SaleDelays}); hours declared.
 */
@Singleton
public class ComposeSalesReport {

  static final String DELIVERY = "delivery";

  private final SupplierSales sales;
  private final StockRotation stock;
  private final Categories categories;
  private final OrganisationDirectory directory;
  private final InsertionHours hours;

  ComposeSalesReport(
      SupplierSales sales,
      StockRotation stock,
      Categories categories,
      OrganisationDirectory directory,
      InsertionHours hours) {
    this.sales = sales;
    this.stock = stock;
    this.categories = categories;
    this.directory = directory;
    this.hours = hours;
  }

  public SalesReport report(
      CurrentUser user, @Nullable LocalDate from, @Nullable LocalDate to, boolean english) {
    ReportReaders.supplierSide(user);
    ReportReaders.Range range = ReportReaders.range(from, to);
    UUID supplier = user.organisationId();
    List<SupplierSales.SoldOrder> orders = sales.sold(supplier, range.from(), range.to());
    Map<String, String> labels = new HashMap<>();
    for (Category c : categories.findAllOrderByPosition()) {
      labels.put(c.id(), c.label(english));
    }

    long revenue = 0;
    Map<UUID, long[]> byBuyer = new LinkedHashMap<>();
    Map<String, long[]> byCategory = new LinkedHashMap<>();
    Map<YearMonth, long[]> byMonth = new LinkedHashMap<>();
    for (YearMonth m = YearMonth.from(range.from());
        !m.isAfter(YearMonth.from(range.to()));
        m = m.plusMonths(1)) {
      byMonth.put(m, new long[2]);
    }
    for (SupplierSales.SoldOrder o : orders) {
      revenue = Math.addExact(revenue, o.totalExclVatCents());
      add(byBuyer.computeIfAbsent(o.buyerId(), k -> new long[2]), o.totalExclVatCents(), 1);
      add(byMonth.get(YearMonth.from(o.orderedOn())), o.totalExclVatCents(), 1);
      for (SupplierSales.Line l : o.lines()) {
        add(
            byCategory.computeIfAbsent(l.categoryId(), k -> new long[2]),
            l.lineExclVatCents(),
            l.quantity());
      }
      if (o.deliveryFeeExclVatCents() > 0) {
        add(byCategory.computeIfAbsent(DELIVERY, k -> new long[2]), o.deliveryFeeExclVatCents(), 0);
      }
    }
    Map<UUID, String> buyerNames = new HashMap<>();
    directory.withIds(byBuyer.keySet()).forEach(e -> buyerNames.put(e.id(), e.legalName()));

    List<SalesReport.ByBuyer> buyers = new ArrayList<>();
    byBuyer.forEach((id, v) ->
        buyers.add(
            new SalesReport.ByBuyer(
                id.toString(), buyerNames.getOrDefault(id, id.toString()), v[0], v[1])));
    buyers.sort(
        Comparator.comparingLong(SalesReport.ByBuyer::revenueCents)
            .reversed()
            .thenComparing(SalesReport.ByBuyer::label));
    List<SalesReport.ByCategory> cats = new ArrayList<>();
    byCategory.forEach((key, v) ->
        cats.add(
            new SalesReport.ByCategory(
                key,
                DELIVERY.equals(key)
                    ? (english ? "Delivery" : "Livraison")
                    : labels.getOrDefault(key, key),
                v[0],
                v[1])));
    cats.sort(
        Comparator.comparing((SalesReport.ByCategory c) -> DELIVERY.equals(c.key()))
            .thenComparing(
                Comparator.comparingLong(SalesReport.ByCategory::revenueCents).reversed())
            .thenComparing(SalesReport.ByCategory::label));
    List<SalesReport.ByMonth> months = new ArrayList<>();
    byMonth.forEach((m, v) -> months.add(new SalesReport.ByMonth(m.toString(), v[0], v[1])));

    SupplierSales.Waiting waiting = sales.waiting(supplier);
    InsertionHours.Totals declared = hours.totalsOf(supplier);
    return new SalesReport(
        range.from(),
        range.to(),
        revenue,
        new SalesReport.OrdersWaiting(waiting.toAccept(), waiting.toPrepare(), waiting.toDeliver()),
        buyers,
        cats,
        months,
        rotation(supplier, range, labels),
        new SalesReport.Hours(declared.declared(), declared.accepted()));
  }

  private List<SalesReport.Rotation> rotation(
      UUID supplier, ReportReaders.Range range, Map<String, String> labels) {
    List<StockRotation.Sale> sold =
        stock.sales(
            supplier,
            range.from().atStartOfDay(ReportReaders.PARIS).toInstant(),
            range.to().plusDays(1).atStartOfDay(ReportReaders.PARIS).toInstant());
    Map<String, Long> inStock = stock.unitsInStock(supplier);
    TreeSet<String> keys = new TreeSet<>(inStock.keySet());
    sold.forEach(s -> keys.add(s.categoryId()));
    List<SalesReport.Rotation> rows = new ArrayList<>();
    for (String key : keys) {
      SaleDelays delays = new SaleDelays();
      long units = 0;
      for (StockRotation.Sale s : sold) {
        if (s.categoryId().equals(key)) {
          units += s.units();
          delays.add(s.publishedAt(), s.soldAt(), s.units());
        }
      }
      rows.add(
          new SalesReport.Rotation(
              key,
              labels.getOrDefault(key, key),
              units,
              inStock.getOrDefault(key, 0L),
              delays.median()));
    }
    rows.sort(
        Comparator.comparingLong(SalesReport.Rotation::unitsSold)
            .reversed()
            .thenComparing(SalesReport.Rotation::label));
    return rows;
  }

  private static void add(long[] sums, long cents, long count) {
    sums[0] = Math.addExact(sums[0], cents);
    sums[1] = Math.addExact(sums[1], count);
  }
}
