package fr.boucle.agreement;

import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The rules a framework agreement must meet to be saved as a draft (created, or replaced while it
 * is a draft): its duration, its dates, and each lot's scope, price terms, clause and suppliers.
 */
public final class AgreementDraft {

  /** Contracts launched from this day must carry an environmental clause on every lot. */
  public static final LocalDate ENVIRONMENTAL_CLAUSE_FROM = LocalDate.of(2026, 1, 1);

  private AgreementDraft() {}

  /** A field of the request that breaks a rule, named as the request names it. */
  public record Problem(String field, Message message) {
    public Problem(String field, ProblemCode code, Object... params) {
      this(field, Message.of(code, params));
    }
  }

  /** The taxonomy: every category id with its parent (absent for a root). */
  public record Taxonomy(Set<String> ids, Map<String, String> parentOf) {

    public boolean contains(String category) {
      return ids.contains(category);
    }

    /** Whether a category is one of the scope categories or below one of them. */
    public boolean within(String category, Collection<String> scope) {
      Set<String> seen = new HashSet<>();
      for (String c = category; c != null && seen.add(c); c = parentOf.get(c)) {
        if (scope.contains(c)) {
          return true;
        }
      }
      return false;
    }
  }

  /** An organisation named as a lot's supplier, as the organisation area knows it. */
  public record Candidate(boolean activeSupplier, String insertionStatus) {}

  /** The periods an agreement lasts; one renewal a year when the request does not say. */
  public static AgreementPeriods periods(AgreementCommands.SaveAgreement c) {
    int count = c.renewalCount() == null ? 0 : c.renewalCount();
    int months = c.renewalMonths() == null ? 12 : c.renewalMonths();
    return new AgreementPeriods(c.startDate(), c.initialEndDate(), count, months);
  }

  /** Whether every lot of a contract launched on that day needs an environmental clause. */
  public static boolean environmentalClauseRequired(LocalDate launchedOn) {
    return !launchedOn.isBefore(ENVIRONMENTAL_CLAUSE_FROM);
  }

  /**
   * Every rule the draft breaks, in the order of its fields.
   *
   * @param referenceTaken whether another of the buyer's agreements has this reference
   * @param suppliers the organisations the lots name, by id; a missing one does not exist
   */
  public static List<Problem> problems(
      AgreementCommands.SaveAgreement c,
      boolean referenceTaken,
      Taxonomy taxonomy,
      Map<UUID, Candidate> suppliers) {
    List<Problem> problems = new ArrayList<>();
    if (referenceTaken) {
      problems.add(new Problem("reference", ProblemCode.REFERENCE_TAKEN));
    }
    AgreementPeriods periods = periods(c);
    if (c.initialEndDate().isBefore(c.startDate())) {
      problems.add(new Problem("initialEndDate", ProblemCode.NOT_BEFORE_START));
    } else if (!periods.withinMaximumDuration()) {
      problems.add(
          new Problem(
              "renewalCount",
              ProblemCode.AGREEMENT_TOO_LONG,
              "years",
              AgreementPeriods.MAX_YEARS,
              "end",
              periods.endDate()));
    }
    if (c.launchedOn().isAfter(c.startDate())) {
      problems.add(new Problem("launchedOn", ProblemCode.NOT_AFTER_START));
    }
    boolean clauseRequired = environmentalClauseRequired(c.launchedOn());
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < c.lots().size(); i++) {
      AgreementCommands.SaveLot lot = c.lots().get(i);
      String at = "lots[" + i + "].";
      if (!numbers.add(lot.number())) {
        problems.add(new Problem(at + "number", ProblemCode.LOT_NUMBER_TAKEN));
      }
      if (lot.minimumExclVatCents() > lot.maximumExclVatCents()) {
        problems.add(new Problem(at + "minimumExclVatCents", ProblemCode.MINIMUM_ABOVE_MAXIMUM));
      }
      for (int k = 0; k < lot.categoryIds().size(); k++) {
        if (!taxonomy.contains(lot.categoryIds().get(k))) {
          problems.add(new Problem(at + "categoryIds[" + k + "]", ProblemCode.NOT_IN_TAXONOMY));
        }
      }
      priceTermsProblems(lot, at, taxonomy, problems);
      if (clauseRequired
          && (lot.environmentalClause() == null || lot.environmentalClause().isBlank())) {
        problems.add(
            new Problem(
                at + "environmentalClause",
                ProblemCode.ENVIRONMENTAL_CLAUSE_REQUIRED,
                "from",
                ENVIRONMENTAL_CLAUSE_FROM));
      }
      supplierProblems(lot, at, suppliers, problems);
    }
    return problems;
  }

  private static void priceTermsProblems(
      AgreementCommands.SaveLot lot, String at, Taxonomy taxonomy, List<Problem> problems) {
    if (lot.priceTerms() == PriceTerms.CATALOGUE_DISCOUNT && lot.discountBasisPoints() == null) {
      problems.add(new Problem(at + "discountBasisPoints", ProblemCode.DISCOUNT_REQUIRED));
    }
    if (lot.priceTerms() != PriceTerms.UNIT_PRICE_SCHEDULE) {
      return;
    }
    if (lot.unitPrices() == null || lot.unitPrices().isEmpty()) {
      problems.add(new Problem(at + "unitPrices", ProblemCode.UNIT_PRICES_REQUIRED));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < lot.unitPrices().size(); k++) {
      String category = lot.unitPrices().get(k).categoryId();
      String field = at + "unitPrices[" + k + "].categoryId";
      if (!taxonomy.contains(category)) {
        problems.add(new Problem(field, ProblemCode.NOT_IN_TAXONOMY));
      } else if (!seen.add(category)) {
        problems.add(new Problem(field, ProblemCode.PRICED_TWICE));
      } else if (!taxonomy.within(category, lot.categoryIds())) {
        problems.add(new Problem(field, ProblemCode.OUTSIDE_LOT_SCOPE));
      }
    }
  }

  private static void supplierProblems(
      AgreementCommands.SaveLot lot,
      String at,
      Map<UUID, Candidate> suppliers,
      List<Problem> problems) {
    Set<UUID> seen = new HashSet<>();
    for (int k = 0; k < lot.supplierIds().size(); k++) {
      UUID supplierId = lot.supplierIds().get(k);
      Optional<Candidate> s = Optional.ofNullable(suppliers.get(supplierId));
      String field = at + "supplierIds[" + k + "]";
      if (s.isEmpty() || !s.get().activeSupplier()) {
        problems.add(new Problem(field, ProblemCode.NOT_ACTIVE_SUPPLIER));
      } else if (!seen.add(supplierId)) {
        problems.add(new Problem(field, ProblemCode.AWARDED_TWICE));
      } else if (!lot.reservation().admits(s.get().insertionStatus())) {
        problems.add(
            new Problem(
                field,
                ProblemCode.LOT_RESERVED_TO,
                "reservation",
                lot.reservation(),
                "insertionStatus",
                s.get().insertionStatus()));
      }
    }
  }
}
