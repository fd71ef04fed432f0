package fr.boucle.reporting.internal;

import fr.boucle.listing.Categories;
import fr.boucle.listing.Category;
import fr.boucle.ordering.OrderFacts;
import fr.boucle.organisation.OrganisationDirectory;
import fr.boucle.reporting.AgecReport;
import fr.boucle.reporting.AgecTargets;
import fr.boucle.reporting.AgecTotals;
import fr.boucle.reporting.DeclarationCsv;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ValidationFailed;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Composes a buyer's AGEC figures for a year from the purchases ordering counts (see {@link
 * OrderFacts}: DELIVERED, INVOICED or PAID orders, in the year of their delivery), each goods line
 * under the AGEC category its taxonomy category maps to. Everything bought through Boucle is
 * refurbished, so it is reuse/reutilisation; donations and recycled content are 0 until purchases
 * made elsewhere can be entered.
 */
@Singleton
public class ComposeAgecReport {

  static final String COUNTING_RULE =
      "Orders DELIVERED, INVOICED or PAID, in the calendar year (Europe/Paris) of their delivery;"
          + " goods lines excl. VAT, without the delivery fee. Everything bought through Boucle is"
          + " reuse or reutilisation.";
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final int FIRST_YEAR = 2000;

  private final OrderFacts orders;
  private final Categories categories;
  private final OrganisationDirectory directory;
  private final AgecTargets targets;

  ComposeAgecReport(
      OrderFacts orders,
      Categories categories,
      OrganisationDirectory directory,
      AgecTargets targets) {
    this.orders = orders;
    this.categories = categories;
    this.directory = directory;
    this.targets = targets;
  }

  /** The report: every category of the schema, with or without spend. */
  public AgecReport report(CurrentUser user, int year) {
    allowed(user);
    checkYear(year);
    Sums sums = sums(user, year);
    List<AgecReport.Row> rows = new ArrayList<>();
    for (AgecTargets.CategoryTargets t : targets.categories()) {
      AgecTotals totals =
          sums.byCategory().getOrDefault(t.category(), new AgecTotals(t.category(), 0, 0, 0, 0));
      Integer reuseTarget = t.reuseInForce(year);
      Integer recycledTarget = t.recycledInForce(year);
      rows.add(
          new AgecReport.Row(
              t.category(),
              totals.totalCents(),
              totals.reuseCents(),
              totals.donationCents(),
              totals.recycledCents(),
              totals.reuseShareBp(),
              totals.recycledShareBp(),
              reuseTarget,
              recycledTarget,
              totals.meets(reuseTarget, recycledTarget),
              t.source(),
              t.note()));
    }
    return new AgecReport(
        year, COUNTING_RULE, rows, sums.unmappedCents(), List.of(targets.source()));
  }

  /** The declaration CSV: one row per category with spend; refused for a year without any. */
  public String declaration(CurrentUser user, int year) {
    allowed(user);
    checkYear(year);
    Sums sums = sums(user, year);
    List<AgecTotals> rows =
        targets.categoryNames().stream()
            .map(sums.byCategory()::get)
            .filter(Objects::nonNull)
            .filter(t -> t.totalCents() > 0)
            .toList();
    if (rows.isEmpty()) {
      throw new NotFound("A purchase counted in " + year);
    }
    OrganisationDirectory.Entry buyer =
        directory.withIds(List.of(user.organisationId())).stream()
            .findFirst()
            .orElseThrow(() -> new NotFound("Organisation"));
    return DeclarationCsv.write(year, buyer.siret(), buyer.legalName(), rows);
  }

  private record Sums(Map<String, AgecTotals> byCategory, long unmappedCents) {}

  private Sums sums(CurrentUser user, int year) {
    Map<String, String> agecOf = new HashMap<>();
    for (Category c : categories.findAllOrderByPosition()) {
      if (c.agecCategory() != null) {
        agecOf.put(c.id(), c.agecCategory());
      }
    }
    Map<String, AgecTotals> byCategory = new LinkedHashMap<>();
    long unmapped = 0;
    for (OrderFacts.PurchaseLine line : orders.purchasedLines(user.organisationId(), year)) {
      String agec = agecOf.get(line.categoryId());
      if (agec == null || targets.of(agec).isEmpty()) {
        unmapped = Math.addExact(unmapped, line.lineExclVatCents());
        continue;
      }
      byCategory.merge(
          agec, AgecTotals.boughtThroughBoucle(agec, line.lineExclVatCents()), AgecTotals::plus);
    }
    return new Sums(byCategory, unmapped);
  }

  /** The buyer admin, or an API token with spend:read; nobody on the supplier side. */
  private static void allowed(CurrentUser user) {
    if (!user.isBuyer()
        || !(user.hasRole(Role.BUYER_ADMIN)
            || (user.isApiToken() && user.scopes().contains("spend:read")))) {
      throw new Forbidden("The AGEC report is the buyer administrator's.");
    }
  }

  private void checkYear(int year) {
    int current = LocalDate.now(PARIS).getYear();
    if (year < FIRST_YEAR || year > current) {
      new ValidationFailed.Collector()
          .add("year", "Between " + FIRST_YEAR + " and the current year, " + current + ".")
          .throwIfAny();
    }
  }
}
