package fr.boucle.organisation;

import fr.boucle.shared.security.OrganisationKind;
import fr.boucle.shared.web.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The scopes an organisation's API tokens may carry: stock for suppliers, spend for buyers, orders
 * and invoices for both.
 */
public final class TokenScopes {

  public static final Set<String> SUPPLIER =
      Set.of("stock:read", "stock:write", "orders:read", "invoices:read");
  public static final Set<String> BUYER =
      Set.of("catalogue:read", "orders:read", "spend:read", "invoices:read");

  private TokenScopes() {}

  public static Set<String> allowed(OrganisationKind kind) {
    return kind == OrganisationKind.SUPPLIER ? SUPPLIER : BUYER;
  }

  /** One problem per scope the organisation's tokens may not carry. */
  public static List<FieldProblem> problems(OrganisationKind kind, Set<String> scopes) {
    Set<String> allowed = allowed(kind);
    List<FieldProblem> problems = new ArrayList<>();
    for (String scope : scopes) {
      if (!allowed.contains(scope)) {
        problems.add(
            new FieldProblem(
                "scopes",
                ProblemCode.SCOPE_NOT_ALLOWED,
                "scope",
                scope,
                "allowed",
                allowed.stream().sorted().toList()));
      }
    }
    return problems;
  }
}
