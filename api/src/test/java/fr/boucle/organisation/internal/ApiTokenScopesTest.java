package fr.boucle.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenScopesTest {

  @Test
  void stockTokensReachStockOnlyAndReadOnlyTokensCannotWrite() {
    Set<String> read = Set.of("stock:read");
    assertThat(ApiTokenScopes.allows(read, "GET", "/api/stock/listings")).isTrue();
    assertThat(ApiTokenScopes.allows(read, "GET", "/api/stock/changes")).isTrue();
    assertThat(ApiTokenScopes.allows(read, "PUT", "/api/stock/skus/A-1")).isFalse();
    assertThat(ApiTokenScopes.allows(read, "GET", "/api/organisation/members")).isFalse();
    assertThat(ApiTokenScopes.allows(read, "GET", "/api/organisation/api-tokens")).isFalse();
    assertThat(ApiTokenScopes.allows(read, "GET", "/api/orders")).isFalse();
    assertThat(ApiTokenScopes.allows(Set.of("stock:write"), "PUT", "/api/stock/skus/A-1")).isTrue();
    assertThat(ApiTokenScopes.allows(Set.of("stock:write"), "GET", "/api/stock/listings")).isTrue();
  }

  @Test
  void buyerTokensReadOrdersAndSpendButNeverWriteElsewhere() {
    Set<String> buyer = Set.of("orders:read", "spend:read", "catalogue:read");
    assertThat(ApiTokenScopes.allows(buyer, "GET", "/api/orders/123")).isTrue();
    assertThat(ApiTokenScopes.allows(buyer, "GET", "/api/spend")).isTrue();
    assertThat(ApiTokenScopes.allows(buyer, "POST", "/api/orders")).isFalse();
    assertThat(ApiTokenScopes.allows(buyer, "POST", "/api/cart/checkout")).isFalse();
    assertThat(ApiTokenScopes.allows(buyer, "GET", "/api/agreements")).isFalse();
    assertThat(ApiTokenScopes.allows(buyer, "GET", "/api/organisation/audit")).isFalse();
    assertThat(ApiTokenScopes.allows(Set.of(), "GET", "/api/catalogue/search")).isTrue();
    assertThat(ApiTokenScopes.allows(Set.of("spend:read"), "GET", "/api/orders")).isFalse();
    assertThat(ApiTokenScopes.allows(Set.of("spend:read"), "GET", "/api/reports/agec")).isTrue();
    assertThat(ApiTokenScopes.allows(Set.of("orders:read"), "GET", "/api/reports/agec")).isFalse();
  }

  @Test
  void invoiceTokensReadInvoicesOnly() {
    Set<String> invoices = Set.of("invoices:read");
    assertThat(ApiTokenScopes.allows(invoices, "GET", "/api/invoices")).isTrue();
    assertThat(ApiTokenScopes.allows(invoices, "GET", "/api/invoices/export.csv")).isTrue();
    assertThat(ApiTokenScopes.allows(invoices, "POST", "/api/invoices/1/payments")).isFalse();
    assertThat(ApiTokenScopes.allows(invoices, "GET", "/api/organisation/billing-profile"))
        .isFalse();
    assertThat(ApiTokenScopes.allows(Set.of("orders:read"), "GET", "/api/invoices")).isFalse();
  }
}
