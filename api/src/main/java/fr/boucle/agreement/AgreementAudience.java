package fr.boucle.agreement;

import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import java.util.UUID;

/**
 * Who sees which agreements: a buyer administrator all of the buyer's, drafts included; the buyer's
 * other people its non-draft ones; a supplier's people the non-draft ones where the supplier is
 * awarded a lot, and only those lots; API tokens and everyone else none.
 */
public record AgreementAudience(Kind kind, UUID organisationId) {

  public enum Kind {
    NOBODY,
    BUYER_ADMIN,
    BUYER_MEMBER,
    SUPPLIER
  }

  public static AgreementAudience of(CurrentUser user) {
    Kind kind;
    if (user.isSupplier()
        && !user.isApiToken()
        && user.hasAnyRole(Role.SUPPLIER_ADMIN, Role.SUPPLIER_STAFF)) {
      kind = Kind.SUPPLIER;
    } else if (user.isBuyer() && !user.isApiToken()) {
      kind = user.hasRole(Role.BUYER_ADMIN) ? Kind.BUYER_ADMIN : Kind.BUYER_MEMBER;
    } else {
      kind = Kind.NOBODY;
    }
    return new AgreementAudience(kind, user.organisationId());
  }

  /**
   * Whether this audience sees an agreement.
   *
   * @param awarded whether the audience's organisation is awarded one of the agreement's lots
   */
  public boolean sees(UUID buyerId, AgreementStatus status, boolean awarded) {
    return switch (kind) {
      case BUYER_ADMIN -> buyerId.equals(organisationId);
      case BUYER_MEMBER -> buyerId.equals(organisationId) && status != AgreementStatus.DRAFT;
      case SUPPLIER -> status != AgreementStatus.DRAFT && awarded;
      case NOBODY -> false;
    };
  }

  /** A supplier sees only the lots it is awarded, and only itself among their suppliers. */
  public boolean seesOnlyItsLots() {
    return kind == Kind.SUPPLIER;
  }
}
