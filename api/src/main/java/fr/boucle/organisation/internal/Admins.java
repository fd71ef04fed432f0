package fr.boucle.organisation.internal;

import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.ProblemCode;

/** Who manages an organisation: its administrators (and the operator). */
final class Admins {

  private Admins() {}

  static void require(CurrentUser user) {
    if (!user.hasAnyRole(Role.SUPPLIER_ADMIN, Role.BUYER_ADMIN, Role.OPERATOR)) {
      throw new Forbidden(ProblemCode.ADMINS_ONLY);
    }
  }
}
