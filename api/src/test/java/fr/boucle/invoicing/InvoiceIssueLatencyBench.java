package fr.boucle.invoicing;

import static fr.boucle.invoicing.InvoicingFixtures.billable;
import static fr.boucle.invoicing.InvoicingFixtures.delivered;
import static fr.boucle.invoicing.InvoicingFixtures.issue;
import static fr.boucle.ordering.OrderingFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Invoice issue latency through the API (docs/benchmarks.md, "Invoices (issue 15)"): WARMUP then
 * MEASURED delivered orders of one supplier (three lines, two VAT rates) are invoiced one after the
 * other by {@code POST /api/orders/{id}/invoices}, each answer timed from request to 201: the
 * number under the counter's row lock, the frozen document, the order and ledger moves, the
 * Factur-X PDF/A-3 rendered and stored. Not part of the suite (no IT suffix): {@code
 * -Dit.test=InvoiceIssueLatencyBench}.
 */
@MicronautTest(transactional = false)
class InvoiceIssueLatencyBench {

  static final int WARMUP = Integer.getInteger("bench.warmup", 40);
  static final int MEASURED = Integer.getInteger("bench.measured", 200);

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;

  @Test
  void issuesInvoicesOneAfterTheOther() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Mairie Latence").buyingFrom("Atelier Latence", "SIAE_ACI").create();
    billable(trade, "LIABLE");
    int total = WARMUP + MEASURED;
    UUID chair = f.listing(trade.supplier(), "siege-bureau", 12_345, 2000, "LOT", 2 * total);
    UUID desk = f.listing(trade.supplier(), "bureau", 9_999, 550, "LOT", total);
    List<UUID> orders = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      orders.add(delivered(trade, List.of(line(chair, 2), line(desk, 1))).id());
    }
    ApiSession supplier = trade.supplier().org().admin();
    long[] millis = new long[MEASURED];
    for (int i = 0; i < total; i++) {
      long start = System.nanoTime();
      HttpResponse<InvoiceViews.Invoice> issued = issue(supplier, orders.get(i));
      long elapsed = System.nanoTime() - start;
      assertThat(issued.code()).as("issue %s", i).isEqualTo(201);
      if (i >= WARMUP) {
        millis[i - WARMUP] = elapsed / 1_000_000;
      }
    }
    assertThat(
            sql.count(
                "SELECT count(*) FROM invoice WHERE supplier_id = ? AND pdf IS NOT NULL",
                trade.supplier().org().id()))
        .as("every invoice has its PDF")
        .isEqualTo(total);
    Arrays.sort(millis);
    System.out.printf(
        "BENCH invoice issue: %d issued after %d of warm-up, p50 %d ms, p90 %d ms, p99 %d ms,"
            + " max %d ms%n",
        MEASURED,
        WARMUP,
        millis[MEASURED / 2],
        millis[MEASURED * 9 / 10],
        millis[Math.min(MEASURED - 1, MEASURED * 99 / 100)],
        millis[MEASURED - 1]);
  }
}
