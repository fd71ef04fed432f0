package fr.boucle.listing;

import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;

/** Who may read or change a supplier's stock: its staff, or its API tokens with the stock scope. */
public final class StockAccess {

  private StockAccess() {}

  /** Suppliers' people, or a supplier's API token with the stock scope. */
  public static void require(CurrentUser user, boolean write) {
    if (!user.isSupplier()) {
      throw new Forbidden(ProblemCode.STOCK_SUPPLIERS_ONLY);
    }
    if (user.isApiToken()) {
      String scope = write ? "stock:write" : "stock:read";
      if (!user.scopes().contains(scope)
          && !(scope.equals("stock:read") && user.scopes().contains("stock:write"))) {
        throw new Forbidden(ProblemCode.API_TOKEN_LACKS_SCOPE, "scope", scope);
      }
    } else if (!user.hasAnyRole(Role.SUPPLIER_ADMIN, Role.SUPPLIER_STAFF)) {
      throw new Forbidden(ProblemCode.STOCK_STAFF_ONLY);
    }
  }

  /** For one stock object: to anyone but a supplier, its id names nothing (404). */
  public static void requireObject(CurrentUser user, boolean write, String what) {
    if (!user.isSupplier()) {
      throw new NotFound(what);
    }
    require(user, write);
  }
}
