package fr.boucle.reporting.internal;

import fr.boucle.reporting.AgecTargets;
import fr.boucle.reporting.PurchaseElsewhere;
import fr.boucle.reporting.PurchaseElsewhereEntry;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.Page;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Lists, enters, deletes and imports the purchases a buyer made outside Boucle. An import is all or
 * nothing: every bad row and field is named, and nothing is written unless every row is good.
 */
@Singleton
public class RecordPurchasesElsewhere {

  /** Sortable columns of the list: the query's name → the entry's property. */
  static final Map<String, String> SORTS =
      Map.of(
          "purchasedOn", "purchasedOn",
          "category", "category",
          "supplierName", "supplierName",
          "totalExclVatCents", "totalExclVatCents",
          "enteredAt", "enteredAt");

  private final PurchasesElsewhere purchases;
  private final Set<String> categories;

  RecordPurchasesElsewhere(PurchasesElsewhere purchases, AgecTargets targets) {
    this.purchases = purchases;
    this.categories = new HashSet<>(targets.categoryNames());
  }

  /** A year's purchases, a page at a time; {@code sort} is {@code property[,asc|desc]}. */
  public Page<PurchaseElsewhere> list(
      CurrentUser user, int year, Integer page, Integer size, String sort) {
    ReportAccess.mayRead(user);
    ReportAccess.checkYear(year);
    int p = Page.clampPage(page);
    int s = Page.clampSize(size);
    io.micronaut.data.model.Page<PurchasesElsewhere.Entry> found =
        purchases.findByBuyerIdAndPurchasedOnBetween(
            user.organisationId(),
            LocalDate.of(year, 1, 1),
            LocalDate.of(year, 12, 31),
            Pageable.from(p, s, sortOf(sort)));
    return new Page<>(
        found.getContent().stream().map(PurchasesElsewhere.Entry::view).toList(),
        p,
        s,
        found.getTotalSize());
  }

  @Transactional
  public PurchaseElsewhere create(CurrentUser user, PurchaseElsewhereEntry entry) {
    ReportAccess.mayChange(user);
    List<Problem.FieldError> errors = entry.problems("", categories, ReportAccess.today());
    if (!errors.isEmpty()) {
      throw new ValidationFailed(errors);
    }
    return purchases.save(entryOf(user, entry)).view();
  }

  @Transactional
  public void delete(CurrentUser user, UUID id) {
    ReportAccess.mayChange(user);
    PurchasesElsewhere.Entry found =
        purchases
            .findByIdAndBuyerId(id, user.organisationId())
            .orElseThrow(() -> new NotFound("Purchase"));
    purchases.deleteById(found.id());
  }

  /** Imports a CSV or XLSX file: all rows, or none with every bad row and field named. */
  @Transactional
  public List<PurchaseElsewhere> importFile(CurrentUser user, String filename, byte[] content) {
    ReportAccess.mayChange(user);
    List<PurchaseTable.Line> lines = PurchaseTable.read(filename, content);
    LocalDate today = ReportAccess.today();
    List<Problem.FieldError> errors = new ArrayList<>();
    for (PurchaseTable.Line line : lines) {
      errors.addAll(line.unreadable());
      for (Problem.FieldError e :
          line.entry().problems(PurchaseTable.prefix(line.rowNumber()), categories, today)) {
        // A cell that could not be read is reported once, as unreadable.
        if (line.unreadable().stream().noneMatch(u -> u.field().equals(e.field()))) {
          errors.add(e);
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationFailed(errors);
    }
    List<PurchasesElsewhere.Entry> rows =
        lines.stream().map(l -> entryOf(user, l.entry())).toList();
    return purchases.saveAll(rows).stream().map(PurchasesElsewhere.Entry::view).toList();
  }

  private static PurchasesElsewhere.Entry entryOf(CurrentUser user, PurchaseElsewhereEntry e) {
    return new PurchasesElsewhere.Entry(
        UUID.randomUUID(),
        user.organisationId(),
        e.purchasedOn(),
        e.category(),
        e.description().strip(),
        e.supplierName().strip(),
        e.totalExclVatCents(),
        e.reuseCents(),
        e.donationCents(),
        e.recycledCents(),
        user.label(),
        Instant.now());
  }

  private static Sort sortOf(String sort) {
    if (sort == null || sort.isBlank()) {
      return Sort.of(Sort.Order.desc("purchasedOn"), Sort.Order.asc("id"));
    }
    String[] parts = sort.split(",", 2);
    String property = SORTS.get(parts[0].strip());
    String direction = parts.length > 1 ? parts[1].strip().toLowerCase() : "asc";
    if (property == null || !(direction.equals("asc") || direction.equals("desc"))) {
      throw new ValidationFailed(
          Problem.FieldError.of(
              "sort",
              ProblemCode.SORT_THEN_DIRECTION,
              "values",
              String.join(", ", SORTS.keySet())));
    }
    Sort.Order order =
        direction.equals("desc") ? Sort.Order.desc(property) : Sort.Order.asc(property);
    return Sort.of(order, Sort.Order.asc("id"));
  }
}
