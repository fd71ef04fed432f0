package fr.boucle.reporting.internal;

import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import java.time.LocalDate;
import java.time.ZoneId;

/** Who may read and change the buyer's yearly reports, and which years exist. */
final class ReportAccess {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final int FIRST_YEAR = 2000;

  private ReportAccess() {}

  /** The buyer admin, or an API token with spend:read; nobody on the supplier side. */
  static void mayRead(CurrentUser user) {
    if (!user.isBuyer()
        || !(user.hasRole(Role.BUYER_ADMIN)
            || (user.isApiToken() && user.scopes().contains("spend:read")))) {
      throw new Forbidden(ProblemCode.REPORTS_BUYER_ADMIN);
    }
  }

  /** The buyer admin in person (an API token reads, it does not write). */
  static void mayChange(CurrentUser user) {
    if (!user.isBuyer() || user.isApiToken() || !user.hasRole(Role.BUYER_ADMIN)) {
      throw new Forbidden(ProblemCode.AGEC_BUYER_ADMIN);
    }
  }

  static LocalDate today() {
    return LocalDate.now(PARIS);
  }

  static void checkYear(int year) {
    int current = today().getYear();
    if (year < FIRST_YEAR || year > current) {
      new ValidationFailed.Collector()
          .add("year", ProblemCode.YEAR_UP_TO_CURRENT, "first", FIRST_YEAR, "current", current)
          .throwIfAny();
    }
  }
}
