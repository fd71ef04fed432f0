package fr.boucle.organisation.internal;

import java.util.Optional;
import java.util.Set;

/**
 * What an API token may call: stock systems read and write stock, accounting tools read orders,
 * invoices and spend (and the reports built on it), any token reads the catalogue, the taxonomy and
 * its own organisation's profile. Everything else (members, tokens, audit, agreements, carts, the
 * operator's pages…) is for people signed in, never for a token, whatever its scopes.
 */
final class ApiTokenScopes {

  private ApiTokenScopes() {}

  /**
   * The scopes of which a token needs one to call {@code method path}: empty set when any token
   * may, empty optional when no token may.
   */
  static Optional<Set<String>> required(String method, String path) {
    boolean read = method.equals("GET") || method.equals("HEAD");
    if (path.startsWith("/api/stock/") || path.equals("/api/stock")) {
      return Optional.of(read ? Set.of("stock:read", "stock:write") : Set.of("stock:write"));
    }
    if (!read) {
      return Optional.empty();
    }
    if (path.startsWith("/api/orders")) {
      return Optional.of(Set.of("orders:read"));
    }
    if (path.startsWith("/api/invoices")) {
      return Optional.of(Set.of("invoices:read"));
    }
    if (path.startsWith("/api/spend") || path.startsWith("/api/reports")) {
      return Optional.of(Set.of("spend:read"));
    }
    if (path.startsWith("/api/catalogue")
        || path.startsWith("/api/categories")
        || path.startsWith("/api/photos")
        || path.equals("/api/auth/me")
        || path.equals("/api/organisation")) {
      return Optional.of(Set.of());
    }
    return Optional.empty();
  }

  /** Whether a token with these scopes may call {@code method path}. */
  static boolean allows(Set<String> scopes, String method, String path) {
    return allows(scopes, required(method, path));
  }

  /** Whether a token with these scopes meets what {@link #required} answered. */
  static boolean allows(Set<String> scopes, Optional<Set<String>> required) {
    return required
        .map(needed -> needed.isEmpty() || needed.stream().anyMatch(scopes::contains))
        .orElse(false);
  }
}
