package fr.boucle.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static fr.boucle.payment.StripeFixtures.event;
import static fr.boucle.payment.StripeFixtures.id;
import static fr.boucle.payment.StripeFixtures.sign;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import fr.boucle.invoicing.InvoiceLedger;
import fr.boucle.invoicing.InvoicingFixtures;
import fr.boucle.ordering.OrderViews;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Webhook throughput with duplicates mixed in (docs/benchmarks.md, "Invoices (issue 15) —
 * webhooks"): INVOICES mirrored invoices (issued for real) each get an invoice.paid event,
 * delivered COPIES times in a shuffled order by THREADS concurrent senders, signed as Stripe signs
 * them; processing fetches each invoice from a WireMock Stripe. Checks 0 double effects: one
 * payment per invoice. Not part of the suite (no IT suffix): {@code
 * -Dit.test=StripeWebhookThroughputBench}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StripeWebhookThroughputBench implements TestPropertyProvider {

  static final int INVOICES = Integer.getInteger("bench.invoices", 300);
  static final int COPIES = Integer.getInteger("bench.copies", 3);
  static final int THREADS = Integer.getInteger("bench.threads", 8);
  static final String SECRET = "whsec_bench_only";
  static final WireMockServer STRIPE =
      new WireMockServer(options().dynamicPort().containerThreads(32));

  static {
    STRIPE.start();
  }

  @RegisterExtension static com.icegreen.greenmail.junit5.GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Sql sql;
  @Inject InvoiceLedger ledger;
  @Inject AccountProvisioning provisioning;

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "boucle.stripe.secret-key", "sk_test_bench_only",
        "boucle.stripe.webhook-secret", SECRET,
        "boucle.stripe.api-base", STRIPE.baseUrl(),
        "boucle.stripe.mirror-interval", "1h",
        "boucle.stripe.event-retry-interval", "1h");
  }

  @AfterAll
  void stop() {
    STRIPE.stop();
  }

  @Test
  void processesEventsWithDuplicatesMixedIn() throws Exception {
    // Real invoices, issued by one supplier for one buyer (100 € excl. VAT each), then mirrored
    // as the job would have done once the supplier's account was enabled.
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Mairie Débit").buyingFrom("Atelier Débit", "SIAE_ACI").create();
    InvoicingFixtures.billable(trade, "LIABLE");
    UUID supplier = trade.supplier().org().id();
    UUID buyer = trade.buyer().org().id();
    UUID listing = f.listing(trade.supplier(), "siege-bureau", 10_000, 2000, "LOT", INVOICES);
    List<UUID> invoices = new ArrayList<>();
    for (int i = 0; i < INVOICES; i++) {
      OrderViews.Order order =
          InvoicingFixtures.delivered(trade, List.of(OrderingFixtures.line(listing, 1)));
      invoices.add(InvoicingFixtures.issued(trade.supplier().org().admin(), order.id()).id());
    }
    String account = id("acct");
    sql.update(
        "INSERT INTO stripe_account (organisation_id, account_id, charges_enabled,"
            + " payouts_enabled, details_submitted) VALUES (?, ?, true, true, true)",
        supplier,
        account);
    List<String> payloads = new ArrayList<>();
    for (UUID invoiceId : invoices) {
      long amount = ledger.dueCents(invoiceId);
      String stripeId = id("in");
      sql.update(
          "INSERT INTO stripe_invoice (invoice_id, supplier_id, buyer_id, account_id,"
              + " stripe_invoice_id, status, amount_cents) VALUES (?, ?, ?, ?, ?, 'OPEN', ?)",
          invoiceId,
          supplier,
          buyer,
          account,
          stripeId,
          amount);
      var paid = StripeFixtures.invoice(stripeId, "paid", amount, amount, invoiceId);
      STRIPE.stubFor(
          WireMock.get(urlPathEqualTo("/v1/invoices/" + stripeId))
              .willReturn(okJson(paid.toString())));
      String payload = event(id("evt"), "invoice.paid", account, paid);
      for (int c = 0; c < COPIES; c++) {
        payloads.add(payload);
      }
    }
    Collections.shuffle(payloads, new java.util.Random(15));

    AtomicInteger ok = new AtomicInteger();
    ExecutorService senders = Executors.newFixedThreadPool(THREADS);
    long start = System.nanoTime();
    List<Future<?>> sent = new ArrayList<>();
    for (String payload : payloads) {
      sent.add(
          senders.submit(() -> {
            var response =
                client
                    .toBlocking()
                    .exchange(
                        HttpRequest.POST("/api/payments/stripe/webhook", payload)
                            .contentType(MediaType.APPLICATION_JSON_TYPE)
                            .header(
                                "Stripe-Signature",
                                sign(payload, SECRET, Instant.now().getEpochSecond())),
                        Map.class);
            if (response.code() == 200) {
              ok.incrementAndGet();
            }
          }));
    }
    for (Future<?> delivery : sent) {
      delivery.get();
    }
    long elapsedNanos = System.nanoTime() - start;
    senders.shutdown();

    double seconds = elapsedNanos / 1e9;
    int doubles = 0;
    for (UUID invoice : invoices) {
      int payments =
          (int) sql.count("SELECT count(*) FROM invoice_payment WHERE invoice_id = ?", invoice);
      assertThat(payments).as("payments of %s", invoice).isEqualTo(1);
      doubles += payments - 1;
    }
    System.out.printf(
        "BENCH webhooks: %d deliveries (%d events x %d copies, %d senders) in %.2f s ="
            + " %.0f deliveries/s, %d answered 200, %d double effects%n",
        payloads.size(),
        INVOICES,
        COPIES,
        THREADS,
        seconds,
        payloads.size() / seconds,
        ok.get(),
        doubles);
    assertThat(ok.get()).isEqualTo(payloads.size());
  }
}
