package fr.boucle.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static fr.boucle.payment.StripeFixtures.event;
import static fr.boucle.payment.StripeFixtures.form;
import static fr.boucle.payment.StripeFixtures.id;
import static fr.boucle.payment.StripeFixtures.requests;
import static fr.boucle.payment.StripeFixtures.sign;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.google.gson.JsonObject;
import fr.boucle.agreement.AgreementViews;
import fr.boucle.invoicing.InvoiceLedger;
import fr.boucle.invoicing.InvoiceViews;
import fr.boucle.invoicing.InvoicingFixtures;
import fr.boucle.ordering.OrderViews;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.payment.internal.MirrorInvoices;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Getting paid with Stripe, against a WireMock server standing for Stripe's API (bodies from
 * Stripe's published fixtures) and webhooks signed with Stripe's scheme.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StripePaymentsIT implements TestPropertyProvider {

  static final String WEBHOOK_SECRET = "whsec_payment_tests_only";
  static final WireMockServer STRIPE = new WireMockServer(options().dynamicPort());

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
  @Inject MirrorInvoices mirror;

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "boucle.stripe.secret-key", "sk_test_payment_tests_only",
        "boucle.stripe.webhook-secret", WEBHOOK_SECRET,
        "boucle.stripe.api-base", STRIPE.baseUrl(),
        "boucle.stripe.mirror-interval", "1h",
        "boucle.stripe.event-retry-interval", "1h");
  }

  @AfterAll
  void stopStripe() {
    STRIPE.stop();
  }

  @BeforeEach
  void resetStripe() {
    STRIPE.resetAll();
  }

  /** The payments the invoicing area recorded for an invoice: "amount method external-id". */
  List<String> payments(UUID invoiceId) {
    return sql.list(
        "SELECT amount_cents || ' ' || method || ' ' || external_id FROM invoice_payment"
            + " WHERE invoice_id = ? ORDER BY recorded_at",
        rs -> rs.getString(1),
        invoiceId);
  }

  /** The invoice's status as its buyer sees it. */
  String invoiceStatus(Mirrored invoice) {
    return invoice
        .parties()
        .buyer()
        .admin()
        .get("/api/invoices/" + invoice.id(), InvoiceViews.Invoice.class)
        .status()
        .name();
  }

  /** A buyer and a supplier trading under an active agreement; the supplier can invoice. */
  OrderingFixtures.Trade trade(String name) {
    OrderingFixtures.Trade trade =
        fixtures().aBuyer("Mairie " + name).buyingFrom("Atelier " + name, "SIAE_ACI").create();
    InvoicingFixtures.billable(trade, "LIABLE");
    return trade;
  }

  OrderingFixtures fixtures() {
    return new OrderingFixtures(client.toBlocking(), provisioning, sql);
  }

  /** Issues a real invoice of 1 200 € incl. VAT: 2 × 250 € and 1 × 500 € excl. VAT at 20 %. */
  UUID issueInvoice(OrderingFixtures.Trade trade) {
    UUID chairs = fixtures().listing(trade.supplier(), "siege-bureau", 25_000, 2000, "LOT", 10);
    UUID desk = fixtures().listing(trade.supplier(), "bureau", 50_000, 2000, "LOT", 5);
    OrderViews.Order order =
        InvoicingFixtures.delivered(
            trade, List.of(OrderingFixtures.line(chairs, 2), OrderingFixtures.line(desk, 1)));
    InvoiceViews.Invoice invoice =
        InvoicingFixtures.issued(trade.supplier().org().admin(), order.id());
    assertThat(invoice.totalInclVatCents()).isEqualTo(120_000);
    return invoice.id();
  }

  // ---- Connect onboarding and account status ------------------------------------------------

  @Test
  void onboardsASupplierOnceAndFollowsItsAccountFromAccountUpdated() {
    AccessFixtures access = new AccessFixtures(client.toBlocking());
    AccessFixtures.Org supplier = access.supplier("Atelier Connect");
    String account = id("acct");
    STRIPE.stubFor(
        post("/v1/accounts").willReturn(okJson(StripeFixtures.account(account, false).toString())));
    JsonObject link = StripeFixtures.fixture("account_link");
    link.addProperty("url", "https://connect.stripe.com/setup/e/" + account + "/onboarding");
    STRIPE.stubFor(post("/v1/account_links").willReturn(okJson(link.toString())));

    HttpResponse<PaymentViews.OnboardingLink> first = onboard(supplier.admin());
    assertThat(first.code()).as("onboarding %s", first.getBody(Map.class)).isEqualTo(200);
    assertThat(first.body().url()).endsWith(account + "/onboarding");
    assertThat(first.body().account().status()).isEqualTo(AccountStatus.PENDING);
    assertThat(onboard(supplier.admin()).code()).isEqualTo(200);

    List<ServeEvent> creations = requests(STRIPE, "POST", "/v1/accounts");
    assertThat(creations).hasSize(1);
    assertThat(creations.get(0).getRequest().getHeader("Idempotency-Key"))
        .isEqualTo("organisation-" + supplier.id() + "-account");
    assertThat(form(creations.get(0))).contains("type=express", "country=FR");
    assertThat(requests(STRIPE, "POST", "/v1/account_links")).hasSize(2);
    assertThat(form(requests(STRIPE, "POST", "/v1/account_links").get(0)))
        .contains(
            "account=" + account, "type=account_onboarding", "return_url=http://boucle.test/");

    // The event's snapshot says "not enabled" (stale); Stripe's current state says enabled.
    STRIPE.stubFor(
        WireMock.get("/v1/accounts/" + account)
            .willReturn(okJson(StripeFixtures.account(account, true).toString())));
    String payload =
        event(id("evt"), "account.updated", account, StripeFixtures.account(account, false));
    assertThat(deliver(payload, sign(payload, WEBHOOK_SECRET, now())).code()).isEqualTo(200);

    PaymentViews.AccountView view =
        supplier.admin().get("/api/payments/stripe/account", PaymentViews.AccountView.class);
    assertThat(view.status()).isEqualTo(AccountStatus.ENABLED);
    assertThat(view.accountId()).isEqualTo(account);
  }

  @Test
  void letsOnlyASuppliersAdminOnboard() {
    AccessFixtures.Org buyer = new AccessFixtures(client.toBlocking()).buyer("Mairie Connect");
    HttpResponse<PaymentViews.OnboardingLink> refused = onboard(buyer.admin());
    assertThat(refused.code()).isEqualTo(403);
    assertThat(requests(STRIPE, "POST", "/v1/accounts")).isEmpty();
  }

  // ---- Webhook signatures --------------------------------------------------------------------

  @Test
  void refusesASignatureOffByOneByteAndRecordsNothing() {
    String eventId = id("evt");
    String payload = event(eventId, "plan.created", null, StripeFixtures.fixture("account"));
    String header = sign(payload, WEBHOOK_SECRET, now());

    String tamperedPayload = payload.replace("\"plan.created\"", "\"plan.createe\"");
    assertThat(tamperedPayload).isNotEqualTo(payload).hasSameSizeAs(payload);
    assertRefused(deliver(tamperedPayload, header));

    char last = header.charAt(header.length() - 1);
    String tamperedHeader = header.substring(0, header.length() - 1) + (last == '0' ? '1' : '0');
    assertRefused(deliver(payload, tamperedHeader));

    assertRefused(deliver(payload, null));
    assertThat(sql.count("SELECT count(*) FROM stripe_event WHERE id = ?", eventId)).isZero();
    assertThat(STRIPE.getAllServeEvents()).isEmpty();
  }

  @Test
  void refusesAStaleSignature() {
    String eventId = id("evt");
    String payload = event(eventId, "plan.created", null, StripeFixtures.fixture("account"));
    assertRefused(deliver(payload, sign(payload, WEBHOOK_SECRET, now() - 301)));
    assertRefused(deliver(payload, sign(payload, "whsec_another_secret", now())));
    assertThat(sql.count("SELECT count(*) FROM stripe_event WHERE id = ?", eventId)).isZero();
  }

  @Test
  void acknowledgesAndIgnoresUnknownEventTypes() {
    String eventId = id("evt");
    String payload = event(eventId, "plan.created", null, StripeFixtures.fixture("account"));
    HttpResponse<Map> answer = deliver(payload, sign(payload, WEBHOOK_SECRET, now()));
    assertThat(answer.code()).isEqualTo(200);
    assertThat(
            sql.count(
                "SELECT count(*) FROM stripe_event WHERE id = ? AND processed_at IS NOT NULL",
                eventId))
        .isEqualTo(1);
    assertThat(STRIPE.getAllServeEvents()).isEmpty();
  }

  // ---- Mirroring an issued invoice -----------------------------------------------------------

  @Test
  void mirrorsTheInvoicesIssuedBeforeTheAccountCouldTakeCharges() {
    OrderingFixtures.Trade trade = trade("Avant Stripe");
    UUID supplier = trade.supplier().org().id();
    String account = id("acct");
    sql.update(
        "INSERT INTO stripe_account (organisation_id, account_id, charges_enabled,"
            + " payouts_enabled, details_submitted) VALUES (?, ?, false, false, false)",
        supplier,
        account);
    UUID unpaid = issueInvoice(trade);
    UUID paid = issueInvoice(trade);
    HttpResponse<InvoiceViews.Invoice> settled =
        InvoicingFixtures.pay(
            trade.supplier().org().admin(),
            paid,
            120_000,
            java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString());
    assertThat(settled.code()).as("payment %s", settled.getBody(Map.class)).isEqualTo(201);
    assertThat(status(unpaid))
        .as("not queued while the account cannot take charges")
        .isEqualTo("none");

    STRIPE.stubFor(
        WireMock.get("/v1/accounts/" + account)
            .willReturn(okJson(StripeFixtures.account(account, true).toString())));
    String payload =
        event(id("evt"), "account.updated", account, StripeFixtures.account(account, true));
    assertThat(deliver(payload, sign(payload, WEBHOOK_SECRET, now())).code()).isEqualTo(200);

    assertThat(status(unpaid)).isEqualTo("PENDING");
    assertThat(status(paid)).as("a paid invoice is not mirrored").isEqualTo("none");
    // Other tests count the Stripe calls of one mirroring pass: leave nothing queued for them.
    sql.update("DELETE FROM stripe_invoice WHERE invoice_id = ?", unpaid);
  }

  @Test
  void mirrorsAnIssuedInvoiceOnceThoughStripeFirstAnswers500() {
    OrderingFixtures.Trade trade = trade("Mirroir");
    sql.update("UPDATE agreement_lot SET platform_commission_bp = 250 WHERE id = ?", trade.lotId());
    String account = enabledAccount(trade.supplier().org().id());
    // Issued for real: the InvoiceIssued event queues the mirroring in the issuing transaction.
    UUID invoiceId = issueInvoice(trade);
    assertThat(ledger.lotId(invoiceId)).contains(trade.lotId());
    assertThat(status(invoiceId)).isEqualTo("PENDING");

    String customer = id("cus");
    String stripeInvoice = id("in");
    JsonObject customerBody = StripeFixtures.fixture("customer");
    customerBody.addProperty("id", customer);
    STRIPE.stubFor(post("/v1/customers").willReturn(okJson(customerBody.toString())));
    STRIPE.stubFor(
        post("/v1/invoices")
            .inScenario("create")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "application/json")
                    .withBody(StripeFixtures.error("api_error", "Try again").toString()))
            .willSetStateTo("failed once"));
    STRIPE.stubFor(
        post("/v1/invoices")
            .inScenario("create")
            .whenScenarioStateIs("failed once")
            .willReturn(
                okJson(
                    StripeFixtures.invoice(stripeInvoice, "draft", 120_000, 0, invoiceId)
                        .toString())));
    STRIPE.stubFor(
        post("/v1/invoiceitems")
            .willReturn(okJson(StripeFixtures.fixture("invoiceitem").toString())));
    STRIPE.stubFor(
        post("/v1/invoices/" + stripeInvoice + "/finalize")
            .willReturn(
                okJson(
                    StripeFixtures.invoice(stripeInvoice, "open", 120_000, 0, invoiceId)
                        .toString())));

    assertThat(mirror.mirrorDue()).isEqualTo(1);

    List<ServeEvent> creations = requests(STRIPE, "POST", "/v1/invoices");
    assertThat(creations).hasSize(2);
    assertThat(creations)
        .extracting(e -> e.getRequest().getHeader("Idempotency-Key"))
        .containsOnly("invoice-" + invoiceId + "-create");
    assertThat(creations)
        .extracting(e -> e.getRequest().getHeader("Stripe-Account"))
        .containsOnly(account);
    assertThat(form(creations.get(1)))
        .contains(
            "customer=" + customer,
            "collection_method=send_invoice",
            "days_until_due=30",
            "application_fee_amount=3000", // 2.5 % of 1 200 €
            "payment_settings[payment_method_types][0]=customer_balance",
            "payment_settings[payment_method_options][customer_balance][bank_transfer][type]=eu_bank_transfer",
            "[eu_bank_transfer][country]=FR",
            "metadata[boucle_invoice_id]=" + invoiceId);
    List<ServeEvent> items = requests(STRIPE, "POST", "/v1/invoiceitems");
    assertThat(items).hasSize(3); // two lines and the 20 % VAT
    assertThat(items.stream().mapToLong(StripePaymentsIT::amount).sum()).isEqualTo(120_000);
    assertThat(requests(STRIPE, "POST", "/v1/invoices/" + stripeInvoice + "/finalize")).hasSize(1);

    assertThat(status(invoiceId)).isEqualTo("OPEN");
    assertThat(
            sql.one(
                "SELECT stripe_invoice_id FROM stripe_invoice WHERE invoice_id = ?",
                rs -> rs.getString(1),
                invoiceId))
        .contains(stripeInvoice);
    assertThat(
            sql.one(
                "SELECT state || ':' || attempts FROM stripe_call WHERE idempotency_key = ?",
                rs -> rs.getString(1),
                "invoice-" + invoiceId + "-create"))
        .contains("SUCCEEDED:1");

    // Nothing left to do: another pass makes no call.
    assertThat(mirror.mirrorDue()).isZero();
    assertThat(requests(STRIPE, "POST", "/v1/invoices")).hasSize(2);
  }

  @Test
  void retriesLaterWithTheSameKeysWhenStripeKeepsFailing() {
    OrderingFixtures.Trade trade = trade("Relance");
    String account = enabledAccount(trade.supplier().org().id());
    UUID invoiceId = issueInvoice(trade);
    String stripeInvoice = id("in");
    JsonObject customerBody = StripeFixtures.fixture("customer");
    customerBody.addProperty("id", id("cus"));
    STRIPE.stubFor(post("/v1/customers").willReturn(okJson(customerBody.toString())));
    // Three 503s: stripe-java's own retries (2) are spent, the job tries again later.
    String[] states = {Scenario.STARTED, "1", "2"};
    for (int i = 0; i < states.length; i++) {
      STRIPE.stubFor(
          post("/v1/invoices")
              .inScenario("outage")
              .whenScenarioStateIs(states[i])
              .willReturn(
                  aResponse()
                      .withStatus(503)
                      .withHeader("Content-Type", "application/json")
                      .withBody(StripeFixtures.error("api_error", "Unavailable").toString()))
              .willSetStateTo(i + 1 < states.length ? states[i + 1] : "up"));
    }
    STRIPE.stubFor(
        post("/v1/invoices")
            .inScenario("outage")
            .whenScenarioStateIs("up")
            .willReturn(
                okJson(
                    StripeFixtures.invoice(stripeInvoice, "draft", 120_000, 0, invoiceId)
                        .toString())));
    STRIPE.stubFor(
        post("/v1/invoiceitems")
            .willReturn(okJson(StripeFixtures.fixture("invoiceitem").toString())));
    STRIPE.stubFor(
        post("/v1/invoices/" + stripeInvoice + "/finalize")
            .willReturn(
                okJson(
                    StripeFixtures.invoice(stripeInvoice, "open", 120_000, 0, invoiceId)
                        .toString())));

    assertThat(mirror.mirrorDue()).isZero();
    assertThat(status(invoiceId)).isEqualTo("PENDING");
    assertThat(
            sql.one(
                "SELECT last_error FROM stripe_invoice WHERE invoice_id = ?",
                rs -> rs.getString(1),
                invoiceId))
        .hasValueSatisfying(e -> assertThat(e).contains("status=503"));
    // The job's backoff has not elapsed: nothing is due yet.
    assertThat(mirror.mirrorDue()).isZero();
    assertThat(requests(STRIPE, "POST", "/v1/invoices")).hasSize(3);

    sql.update("UPDATE stripe_invoice SET next_attempt_at = now() WHERE invoice_id = ?", invoiceId);
    assertThat(mirror.mirrorDue()).isEqualTo(1);

    List<ServeEvent> creations = requests(STRIPE, "POST", "/v1/invoices");
    assertThat(creations).hasSize(4);
    assertThat(creations)
        .extracting(e -> e.getRequest().getHeader("Idempotency-Key"))
        .containsOnly("invoice-" + invoiceId + "-create");
    assertThat(form(creations.get(3))).doesNotContain("application_fee_amount");
    assertThat(requests(STRIPE, "POST", "/v1/customers")).hasSize(1);
    assertThat(status(invoiceId)).isEqualTo("OPEN");
    assertThat(
            sql.one(
                "SELECT state || ':' || attempts FROM stripe_call WHERE idempotency_key = ?",
                rs -> rs.getString(1),
                "invoice-" + invoiceId + "-create"))
        .contains("SUCCEEDED:2");
    assertThat(account).startsWith("acct_");
  }

  @Test
  void acceptsTheLotCommissionBetweenZeroAndTenThousandBasisPoints() {
    Parties parties = parties("Commission");
    Map<String, Object> lot = lot(parties.supplier().id());
    lot.put("platformCommissionBp", 10_001);
    HttpResponse<Map> refused =
        parties
            .buyer()
            .admin()
            .exchange(HttpRequest.POST("/api/agreements", agreement(List.of(lot))), Map.class);
    assertThat(refused.code()).isEqualTo(400);
    assertThat(String.valueOf(ApiSession.problem(refused).get("errors")))
        .contains("lots[0].platformCommissionBp");
    assertThat(lotWithCommission(parties, 0)).isNotNull();
    assertThat(lotWithCommission(parties, 10_000)).isNotNull();
  }

  // ---- Webhooks about invoices: duplicates and disorder --------------------------------------

  @Test
  void recordsOnePaymentForAnEventDeliveredThreeTimes() {
    Mirrored invoice = mirrored("Triple");
    STRIPE.stubFor(
        WireMock.get(urlPathEqualTo("/v1/invoices/" + invoice.stripeId()))
            .willReturn(
                okJson(
                    StripeFixtures.invoice(
                            invoice.stripeId(), "paid", 120_000, 120_000, invoice.id())
                        .toString())));
    String payload =
        event(
            id("evt"),
            "invoice.paid",
            invoice.account(),
            StripeFixtures.invoice(invoice.stripeId(), "paid", 120_000, 120_000, invoice.id()));
    for (int i = 0; i < 3; i++) {
      assertThat(deliver(payload, sign(payload, WEBHOOK_SECRET, now())).code()).isEqualTo(200);
    }

    assertThat(payments(invoice.id())).containsExactly("120000 TRANSFER " + invoice.stripeId());
    assertThat(ledger.dueCents(invoice.id())).isZero();
    assertThat(invoiceStatus(invoice)).isEqualTo("PAID");
    assertThat(status(invoice.id())).isEqualTo("PAID");
    assertThat(requests(STRIPE, "GET", "/v1/invoices/" + invoice.stripeId()))
        .hasSize(1)
        .allSatisfy(e ->
            assertThat(e.getRequest().getHeader("Stripe-Account")).isEqualTo(invoice.account()));
  }

  @Test
  void endsPaidWhenInvoicePaidArrivesBeforeInvoiceFinalized() {
    Mirrored invoice = mirrored("Désordre");
    STRIPE.stubFor(
        WireMock.get(urlPathEqualTo("/v1/invoices/" + invoice.stripeId()))
            .willReturn(
                okJson(
                    StripeFixtures.invoice(
                            invoice.stripeId(), "paid", 120_000, 120_000, invoice.id())
                        .toString())));
    String paid =
        event(
            id("evt"),
            "invoice.paid",
            invoice.account(),
            StripeFixtures.invoice(invoice.stripeId(), "paid", 120_000, 120_000, invoice.id()));
    String finalized =
        event(
            id("evt"),
            "invoice.finalized",
            invoice.account(),
            StripeFixtures.invoice(invoice.stripeId(), "open", 120_000, 0, invoice.id()));

    assertThat(deliver(paid, sign(paid, WEBHOOK_SECRET, now())).code()).isEqualTo(200);
    assertThat(deliver(finalized, sign(finalized, WEBHOOK_SECRET, now())).code()).isEqualTo(200);

    assertThat(status(invoice.id())).isEqualTo("PAID");
    assertThat(payments(invoice.id())).containsExactly("120000 TRANSFER " + invoice.stripeId());
    assertThat(ledger.dueCents(invoice.id())).isZero();
    assertThat(invoiceStatus(invoice)).isEqualTo("PAID");
  }

  // ---- Card payment through Checkout ---------------------------------------------------------

  @Test
  void paysByCardOnlyWhereTheBuyerAllowsIt() {
    Mirrored invoice = mirrored("Carte");
    ApiSession buyer = invoice.parties().buyer().admin();
    assertThat(settings(buyer, false).code()).isEqualTo(200);
    assertThat(checkout(buyer, invoice.id()).code()).isEqualTo(403);

    AccessFixtures.Org stranger = new AccessFixtures(client.toBlocking()).buyer("Mairie Étrangère");
    settings(stranger.admin(), true);
    assertThat(checkout(stranger.admin(), invoice.id()).code()).isEqualTo(404);
    assertThat(checkout(invoice.parties().supplier().admin(), invoice.id()).code()).isEqualTo(404);

    String sessionId = id("cs_test");
    STRIPE.stubFor(
        post("/v1/checkout/sessions")
            .willReturn(
                okJson(
                    StripeFixtures.session(sessionId, "unpaid", 120_000, invoice.id())
                        .toString())));
    assertThat(settings(buyer, true).body().cardAllowed()).isTrue();
    HttpResponse<PaymentViews.CheckoutUrl> started = checkout(buyer, invoice.id());
    assertThat(started.code()).as("checkout %s", started.getBody(Map.class)).isEqualTo(200);
    assertThat(started.body().url()).endsWith(sessionId);
    ServeEvent created = requests(STRIPE, "POST", "/v1/checkout/sessions").get(0);
    assertThat(created.getRequest().getHeader("Stripe-Account")).isEqualTo(invoice.account());
    assertThat(created.getRequest().getHeader("Idempotency-Key"))
        .startsWith("invoice-" + invoice.id() + "-checkout-120000-");
    assertThat(form(created))
        .contains(
            "mode=payment",
            "line_items[0][price_data][unit_amount]=120000",
            "metadata[boucle_invoice_id]=" + invoice.id());

    // Paid: the webhook records the card payment and voids the transfer invoice.
    STRIPE.stubFor(
        WireMock.get(urlPathEqualTo("/v1/checkout/sessions/" + sessionId))
            .willReturn(
                okJson(
                    StripeFixtures.session(sessionId, "paid", 120_000, invoice.id()).toString())));
    STRIPE.stubFor(
        post("/v1/invoices/" + invoice.stripeId() + "/void")
            .willReturn(
                okJson(
                    StripeFixtures.invoice(invoice.stripeId(), "void", 120_000, 0, invoice.id())
                        .toString())));
    String completed =
        event(
            id("evt"),
            "checkout.session.completed",
            invoice.account(),
            StripeFixtures.session(sessionId, "paid", 120_000, invoice.id()));
    assertThat(deliver(completed, sign(completed, WEBHOOK_SECRET, now())).code()).isEqualTo(200);

    assertThat(payments(invoice.id())).containsExactly("120000 CARD " + sessionId);
    assertThat(invoiceStatus(invoice)).isEqualTo("PAID");
    assertThat(status(invoice.id())).isEqualTo("VOID");
    assertThat(requests(STRIPE, "POST", "/v1/invoices/" + invoice.stripeId() + "/void")).hasSize(1);
    assertThat(checkout(buyer, invoice.id()).code()).isEqualTo(409);
  }

  @Test
  void answersPaymentOptionsToWhoeverMayReadTheInvoice() {
    Mirrored invoice = mirrored("Options");
    ApiSession buyer = invoice.parties().buyer().admin();
    ApiSession supplier = invoice.parties().supplier().admin();
    settings(buyer, false);
    assertThat(paymentOptions(buyer, invoice.id()).body())
        .isEqualTo(
            new PaymentViews.PaymentOptions(true, false, PaymentViews.MirrorStatus.OPEN, null));

    settings(buyer, true);
    assertThat(paymentOptions(buyer, invoice.id()).body())
        .isEqualTo(
            new PaymentViews.PaymentOptions(true, true, PaymentViews.MirrorStatus.OPEN, null));
    // The supplier reads the mirror; the buyer's card setting is not its business.
    assertThat(paymentOptions(supplier, invoice.id()).body())
        .isEqualTo(
            new PaymentViews.PaymentOptions(true, false, PaymentViews.MirrorStatus.OPEN, null));

    sql.update("UPDATE stripe_invoice SET status = 'VOID' WHERE invoice_id = ?", invoice.id());
    assertThat(paymentOptions(buyer, invoice.id()).body().mirrorStatus())
        .isEqualTo(PaymentViews.MirrorStatus.VOID);
    sql.update("DELETE FROM stripe_invoice WHERE invoice_id = ?", invoice.id());
    assertThat(paymentOptions(buyer, invoice.id()).body().mirrorStatus()).isNull();

    // Another organisation's invoice, or none at all: 404, as when reading the invoice.
    AccessFixtures access = new AccessFixtures(client.toBlocking());
    assertThat(paymentOptions(access.buyer("Mairie Curieuse").admin(), invoice.id()).code())
        .isEqualTo(404);
    assertThat(paymentOptions(access.supplier("Atelier Curieux").admin(), invoice.id()).code())
        .isEqualTo(404);
    assertThat(paymentOptions(buyer, UUID.randomUUID()).code()).isEqualTo(404);
  }

  // ---- Payouts and reconciliation -----------------------------------------------------------

  @Test
  void recordsTheSuppliersPayouts() {
    Parties parties = parties("Virements");
    String account = enabledAccount(parties.supplier().id());
    String payoutId = id("po");
    JsonObject payout = StripeFixtures.fixture("payout");
    payout.addProperty("id", payoutId);
    payout.addProperty("amount", 116_400);
    payout.addProperty("currency", "eur");
    payout.addProperty("status", "paid");
    STRIPE.stubFor(
        WireMock.get(urlPathEqualTo("/v1/payouts/" + payoutId))
            .willReturn(okJson(payout.toString())));
    String payload = event(id("evt"), "payout.paid", account, payout);
    assertThat(deliver(payload, sign(payload, WEBHOOK_SECRET, now())).code()).isEqualTo(200);
    assertThat(
            sql.one(
                "SELECT account_id || ':' || amount_cents || ':' || status FROM stripe_payout"
                    + " WHERE id = ?",
                rs -> rs.getString(1),
                payoutId))
        .contains(account + ":116400:paid");
  }

  @Test
  void reportsWhereStripeDiffersFromOurInvoices() {
    Mirrored same = mirrored("Rapprochement A");
    Mirrored differs = mirrored("Rapprochement B");
    STRIPE.stubFor(
        WireMock.get(urlPathEqualTo("/v1/invoices/" + same.stripeId()))
            .willReturn(
                okJson(
                    StripeFixtures.invoice(same.stripeId(), "open", 120_000, 0, same.id())
                        .toString())));
    STRIPE.stubFor(
        WireMock.get(urlPathEqualTo("/v1/invoices/" + differs.stripeId()))
            .willReturn(
                okJson(
                    StripeFixtures.invoice(
                            differs.stripeId(), "paid", 100_000, 100_000, differs.id())
                        .toString())));

    PaymentViews.Reconciliation report =
        new AccessFixtures(client.toBlocking())
            .operator()
            .get("/api/operator/payments/reconciliation", PaymentViews.Reconciliation.class);

    assertThat(report.differences()).noneMatch(d -> d.invoiceId().equals(same.id()));
    assertThat(report.differences())
        .filteredOn(d -> d.invoiceId().equals(differs.id()))
        .extracting(
            PaymentViews.Difference::what,
            PaymentViews.Difference::ours,
            PaymentViews.Difference::stripes)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("amount", "120000", "100000"),
            org.assertj.core.groups.Tuple.tuple("status", "open", "paid"));
  }

  // ---- helpers -------------------------------------------------------------------------------

  record Parties(AccessFixtures.Org supplier, AccessFixtures.Org buyer) {}

  record Mirrored(UUID id, String stripeId, String account, Parties parties) {}

  Parties parties(String name) {
    AccessFixtures access = new AccessFixtures(client.toBlocking());
    return new Parties(access.supplier("Atelier " + name), access.buyer("Mairie " + name));
  }

  /** An invoice already mirrored as an open Stripe invoice on an enabled account. */
  Mirrored mirrored(String name) {
    OrderingFixtures.Trade trade = trade(name);
    Parties parties = new Parties(trade.supplier().org(), trade.buyer().org());
    // Issued before the account exists (nothing queued), then mirrored as the job would.
    UUID invoiceId = issueInvoice(trade);
    String account = enabledAccount(parties.supplier().id());
    String stripeId = id("in");
    sql.update(
        "INSERT INTO stripe_invoice (invoice_id, supplier_id, buyer_id, account_id,"
            + " stripe_invoice_id, status, amount_cents) VALUES (?, ?, ?, ?, ?, 'OPEN', 120000)",
        invoiceId,
        parties.supplier().id(),
        parties.buyer().id(),
        account,
        stripeId);
    return new Mirrored(invoiceId, stripeId, account, parties);
  }

  String enabledAccount(UUID supplierId) {
    String account = id("acct");
    sql.update(
        "INSERT INTO stripe_account (organisation_id, account_id, charges_enabled,"
            + " payouts_enabled, details_submitted) VALUES (?, ?, true, true, true)",
        supplierId,
        account);
    return account;
  }

  UUID lotWithCommission(Parties parties, int basisPoints) {
    Map<String, Object> lot = lot(parties.supplier().id());
    lot.put("platformCommissionBp", basisPoints);
    HttpResponse<AgreementViews.AgreementView> created =
        parties
            .buyer()
            .admin()
            .exchange(
                HttpRequest.POST("/api/agreements", agreement(List.of(lot))),
                AgreementViews.AgreementView.class);
    assertThat(created.code()).as("agreement %s", created.getBody(Map.class)).isEqualTo(201);
    AgreementViews.LotView view = created.body().lots().get(0);
    assertThat(view.platformCommissionBp()).isEqualTo(basisPoints);
    return view.id();
  }

  static Map<String, Object> lot(UUID supplierId) {
    Map<String, Object> lot = new LinkedHashMap<>();
    lot.put("number", 1);
    lot.put("title", "Mobilier");
    lot.put("categoryIds", List.of("mobilier-bureau"));
    lot.put("reservation", "NONE");
    lot.put("supplierIds", List.of(supplierId.toString()));
    lot.put("minimumExclVatCents", 0);
    lot.put("maximumExclVatCents", 5_000_000);
    lot.put("priceTerms", "CATALOGUE_DISCOUNT");
    lot.put("discountBasisPoints", 0);
    lot.put("environmentalClause", "Réemploi avant recyclage.");
    return lot;
  }

  static Map<String, Object> agreement(List<Map<String, Object>> lots) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("reference", "AC-" + UUID.randomUUID().toString().substring(0, 8));
    a.put("title", "Mobilier de réemploi");
    a.put("procedure", "ADAPTED_PROCEDURE");
    a.put("launchedOn", "2026-01-05");
    a.put("startDate", "2026-02-01");
    a.put("initialEndDate", "2027-01-31");
    a.put("renewalCount", 1);
    a.put("renewalMonths", 12);
    a.put("lots", lots);
    return a;
  }

  String status(UUID invoiceId) {
    return sql.one(
            "SELECT status FROM stripe_invoice WHERE invoice_id = ?",
            rs -> rs.getString(1),
            invoiceId)
        .orElse("none");
  }

  static long amount(ServeEvent item) {
    for (String pair : form(item).split("&")) {
      if (pair.startsWith("amount=")) {
        return Long.parseLong(pair.substring("amount=".length()));
      }
    }
    throw new AssertionError("no amount in " + form(item));
  }

  static long now() {
    return Instant.now().getEpochSecond();
  }

  HttpResponse<PaymentViews.OnboardingLink> onboard(ApiSession session) {
    return session.exchange(
        HttpRequest.POST("/api/payments/stripe/onboarding", Map.of()),
        PaymentViews.OnboardingLink.class);
  }

  HttpResponse<PaymentViews.Settings> settings(ApiSession session, boolean cardAllowed) {
    return session.exchange(
        HttpRequest.PUT("/api/payments/settings", new PaymentViews.Settings(cardAllowed)),
        PaymentViews.Settings.class);
  }

  HttpResponse<PaymentViews.CheckoutUrl> checkout(ApiSession session, UUID invoiceId) {
    return session.exchange(
        HttpRequest.POST("/api/invoices/" + invoiceId + "/checkout", Map.of()),
        PaymentViews.CheckoutUrl.class);
  }

  HttpResponse<PaymentViews.PaymentOptions> paymentOptions(ApiSession session, UUID invoiceId) {
    return session.exchange(
        HttpRequest.GET("/api/invoices/" + invoiceId + "/payment-options"),
        PaymentViews.PaymentOptions.class);
  }

  /** Posts a webhook as Stripe does: no session, no CSRF token, the raw payload. */
  @SuppressWarnings("rawtypes")
  HttpResponse<Map> deliver(String payload, String signature) {
    var request =
        HttpRequest.POST("/api/payments/stripe/webhook", payload)
            .contentType(MediaType.APPLICATION_JSON_TYPE);
    if (signature != null) {
      request.header("Stripe-Signature", signature);
    }
    try {
      return client.toBlocking().exchange(request, Map.class);
    } catch (HttpClientResponseException e) {
      return (HttpResponse<Map>) e.getResponse();
    }
  }

  @SuppressWarnings("rawtypes")
  static void assertRefused(HttpResponse<Map> response) {
    assertThat(response.code()).isEqualTo(400);
    assertThat(response.getContentType())
        .hasValueSatisfying(t -> assertThat(t.toString()).startsWith("application/problem+json"));
  }
}
