package fr.boucle.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestHashTest {

  @Test
  void hashesTheSameParametersTheSameWhateverTheirOrder() {
    Map<String, Object> first = new LinkedHashMap<>();
    first.put("customer", "cus_1");
    first.put("metadata", Map.of("a", "1", "b", "2"));
    first.put("days_until_due", 30L);
    Map<String, Object> second = new LinkedHashMap<>();
    second.put("days_until_due", 30L);
    second.put("metadata", new LinkedHashMap<>(Map.of("b", "2", "a", "1")));
    second.put("customer", "cus_1");
    assertThat(RequestHash.of("invoice.create", "acct_1", first))
        .isEqualTo(RequestHash.of("invoice.create", "acct_1", second))
        .hasSize(64);
  }

  @Test
  void tellsOtherParametersOperationsAndAccountsApart() {
    Map<String, Object> params = Map.of("amount", 100L, "items", List.of("a", "b"));
    String hash = RequestHash.of("invoiceitem.create", "acct_1", params);
    assertThat(hash)
        .isNotEqualTo(
            RequestHash.of(
                "invoiceitem.create", "acct_1", Map.of("amount", 101L, "items", List.of("a", "b"))))
        .isNotEqualTo(
            RequestHash.of(
                "invoiceitem.create", "acct_1", Map.of("amount", 100L, "items", List.of("b", "a"))))
        .isNotEqualTo(RequestHash.of("invoice.create", "acct_1", params))
        .isNotEqualTo(RequestHash.of("invoiceitem.create", "acct_2", params));
  }
}
