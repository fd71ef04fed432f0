package fr.boucle.agreement.internal;

import fr.boucle.agreement.AgreementAudience;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/** Finds an agreement the caller sees: another buyer's, or one not awarded, is a 404. */
@Singleton
class AgreementAccess {

  private final Agreements agreements;
  private final LotSuppliers suppliers;

  AgreementAccess(Agreements agreements, LotSuppliers suppliers) {
    this.agreements = agreements;
    this.suppliers = suppliers;
  }

  Agreements.Row visible(CurrentUser user, UUID id) {
    return seen(AgreementAudience.of(user), agreements.findById(id));
  }

  /** Locks one of the caller's agreements: 404 when not visible, 403 when not theirs to edit. */
  Agreements.Row lockOwn(CurrentUser user, UUID id) {
    Agreements.Row row = seen(AgreementAudience.of(user), agreements.lockById(id));
    requireBuyerAdmin(user);
    return row;
  }

  static void requireBuyerAdmin(CurrentUser user) {
    if (!user.isBuyer() || !user.hasRole(Role.BUYER_ADMIN)) {
      throw new Forbidden(ProblemCode.AGREEMENTS_BUYER_ADMIN);
    }
  }

  private Agreements.Row seen(AgreementAudience audience, Optional<Agreements.Row> found) {
    return found
        .filter(a ->
            audience.sees(
                a.buyerId(),
                a.status(),
                audience.seesOnlyItsLots() && suppliers.awarded(a.id(), audience.organisationId())))
        .orElseThrow(() -> new NotFound("Agreement"));
  }
}
