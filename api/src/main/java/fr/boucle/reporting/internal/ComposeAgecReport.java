package fr.boucle.reporting.internal;

import fr.boucle.listing.Categories;
import fr.boucle.listing.Category;
import fr.boucle.ordering.OrderFacts;
import fr.boucle.organisation.OrganisationDirectory;
import fr.boucle.reporting.AgecReport;
import fr.boucle.reporting.AgecTargetRow;
import fr.boucle.reporting.AgecTargets;
import fr.boucle.reporting.AgecTotals;
import fr.boucle.reporting.DeclarationCsv;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.NotFound;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Composes a buyer's AGEC figures for a year from the purchases ordering counts (see {@link
 * OrderFacts}: DELIVERED, INVOICED or PAID orders, in the year of their delivery), each goods line
 * under the AGEC category its taxonomy category maps to, plus the purchases made elsewhere the
 * buyer entered (in the year of their date). Everything bought through Boucle is refurbished, so it
 * is reuse/reutilisation; purchases elsewhere bring their own reuse, donations and recycled parts.
 */
@Singleton
public class ComposeAgecReport {

  static final String COUNTING_RULE =
      "Orders DELIVERED, INVOICED or PAID, in the calendar year (Europe/Paris) of their delivery;"
          + " goods lines excl. VAT, without the delivery fee. Everything bought through Boucle is"
          + " reuse or reutilisation. Purchases made elsewhere, as entered by the buyer, in the"
          + " year of their date; donations at the value the buyer entered.";

  private final OrderFacts orders;
  private final Categories categories;
  private final OrganisationDirectory directory;
  private final AgecTargets targets;
  private final EffectiveTargets effectiveTargets;
  private final PurchasesElsewhere elsewhere;

  ComposeAgecReport(
      OrderFacts orders,
      Categories categories,
      OrganisationDirectory directory,
      AgecTargets targets,
      EffectiveTargets effectiveTargets,
      PurchasesElsewhere elsewhere) {
    this.orders = orders;
    this.categories = categories;
    this.directory = directory;
    this.targets = targets;
    this.effectiveTargets = effectiveTargets;
    this.elsewhere = elsewhere;
  }

  /** The report: every category of the schema, with or without spend. */
  public AgecReport report(CurrentUser user, int year) {
    ReportAccess.mayRead(user);
    ReportAccess.checkYear(year);
    Sums sums = sums(user.organisationId(), year);
    List<AgecReport.Row> rows = new ArrayList<>();
    for (AgecTargetRow t : effectiveTargets.of(user.organisationId(), year)) {
      AgecTotals totals =
          sums.byCategory().getOrDefault(t.category(), new AgecTotals(t.category(), 0, 0, 0, 0));
      rows.add(
          new AgecReport.Row(
              t.category(),
              totals.totalCents(),
              totals.reuseCents(),
              totals.donationCents(),
              totals.recycledCents(),
              totals.reuseShareBp(),
              totals.recycledShareBp(),
              t.reuseTargetPercent(),
              t.recycledTargetPercent(),
              totals.meets(t.reuseTargetPercent(), t.recycledTargetPercent()),
              t.source(),
              t.note(),
              t.origin()));
    }
    return new AgecReport(
        year, COUNTING_RULE, rows, sums.unmappedCents(), List.of(targets.source()));
  }

  /** The declaration CSV: one row per category with spend; refused for a year without any. */
  public String declaration(CurrentUser user, int year) {
    ReportAccess.mayRead(user);
    ReportAccess.checkYear(year);
    Sums sums = sums(user.organisationId(), year);
    List<AgecTotals> rows =
        targets.categoryNames().stream()
            .map(sums.byCategory()::get)
            .filter(Objects::nonNull)
            .filter(t -> t.totalCents() > 0)
            .toList();
    if (rows.isEmpty()) {
      throw new NotFound("Purchase");
    }
    OrganisationDirectory.Entry buyer =
        directory.withIds(List.of(user.organisationId())).stream()
            .findFirst()
            .orElseThrow(() -> new NotFound("Organisation"));
    return DeclarationCsv.write(year, buyer.siret(), buyer.legalName(), rows);
  }

  private record Sums(Map<String, AgecTotals> byCategory, long unmappedCents) {}

  private Sums sums(UUID buyerId, int year) {
    Map<String, String> agecOf = new HashMap<>();
    for (Category c : categories.findAllOrderByPosition()) {
      if (c.agecCategory() != null) {
        agecOf.put(c.id(), c.agecCategory());
      }
    }
    Map<String, AgecTotals> byCategory = new LinkedHashMap<>();
    long unmapped = 0;
    for (OrderFacts.CategoryTotal bought : orders.purchasedByCategory(buyerId, year)) {
      String agec = agecOf.get(bought.categoryId());
      if (agec == null || targets.of(agec).isEmpty()) {
        unmapped = Math.addExact(unmapped, bought.exclVatCents());
        continue;
      }
      byCategory.merge(
          agec, AgecTotals.boughtThroughBoucle(agec, bought.exclVatCents()), AgecTotals::plus);
    }
    for (PurchasesElsewhere.Entry e :
        elsewhere.findByBuyerIdAndPurchasedOnBetweenOrderByPurchasedOn(
            buyerId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
      byCategory.merge(e.category(), e.view().totals(), AgecTotals::plus);
    }
    return new Sums(byCategory, unmapped);
  }
}
