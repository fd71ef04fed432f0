package fr.boucle.reporting.internal;

import fr.boucle.reporting.AgecTargetRow;
import fr.boucle.reporting.AgecTargets;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The AGEC targets of a year as the buyer sees them, and the buyer admin's changes: its own
 * percentages for a year and category, or back to the décret's.
 */
@Singleton
public class EditAgecTargets {

  private final AgecTargets decree;
  private final BuyerTargets buyerTargets;
  private final EffectiveTargets effective;

  EditAgecTargets(AgecTargets decree, BuyerTargets buyerTargets, EffectiveTargets effective) {
    this.decree = decree;
    this.buyerTargets = buyerTargets;
    this.effective = effective;
  }

  public List<AgecTargetRow> list(CurrentUser user, int year) {
    ReportAccess.mayRead(user);
    checkYear(year);
    return effective.of(user.organisationId(), year);
  }

  @Transactional
  public AgecTargetRow set(
      CurrentUser user,
      @Nullable Integer year,
      @Nullable String category,
      @Nullable Integer reusePercent,
      @Nullable Integer recycledPercent) {
    ReportAccess.mayChange(user);
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    if (year == null || year < ReportAccess.FIRST_YEAR || year > 2100) {
      errors.add("year", ProblemCode.YEAR_BETWEEN, "first", ReportAccess.FIRST_YEAR, "last", 2100);
    }
    if (category == null || decree.of(category).isEmpty()) {
      errors.add("category", ProblemCode.NOT_AGEC_CATEGORY);
    }
    percent(errors, "reuseTargetPercent", reusePercent);
    percent(errors, "recycledTargetPercent", recycledPercent);
    errors.throwIfAny();
    buyerTargets.set(
        user.organisationId(),
        year,
        new BuyerTargets.Target(category, reusePercent, recycledPercent, user.label()));
    return effective.of(user.organisationId(), year).stream()
        .filter(r -> r.category().equals(category))
        .findFirst()
        .orElseThrow();
  }

  /** Back to the décret's targets; 404 when the buyer had not set its own. */
  @Transactional
  public AgecTargetRow reset(CurrentUser user, int year, String category) {
    ReportAccess.mayChange(user);
    if (buyerTargets.reset(user.organisationId(), year, category) == 0) {
      throw new NotFound("Buyer target");
    }
    return effective.of(user.organisationId(), year).stream()
        .filter(r -> r.category().equals(category))
        .findFirst()
        .orElseThrow();
  }

  private static void checkYear(int year) {
    if (year < ReportAccess.FIRST_YEAR || year > 2100) {
      new ValidationFailed.Collector()
          .add("year", ProblemCode.YEAR_BETWEEN, "first", ReportAccess.FIRST_YEAR, "last", 2100)
          .throwIfAny();
    }
  }

  private static void percent(
      ValidationFailed.Collector errors, String field, @Nullable Integer value) {
    if (value != null && (value < 0 || value > 100)) {
      errors.add(field, ProblemCode.PERCENT_OR_EMPTY);
    }
  }
}
