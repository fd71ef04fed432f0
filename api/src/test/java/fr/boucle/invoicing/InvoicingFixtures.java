package fr.boucle.invoicing;

import static fr.boucle.ordering.OrderingFixtures.act;
import static fr.boucle.ordering.OrderingFixtures.firstOrder;
import static fr.boucle.ordering.OrderingFixtures.order;
import static fr.boucle.ordering.OrderingFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.ordering.OrderStatus;
import fr.boucle.ordering.OrderViews;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.ApiSession;
import fr.boucle.shared.web.Page;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Delivered orders and billing profiles, built through the API as people build them. */
public final class InvoicingFixtures {

  static final String IBAN = "FR7630006000011234567890189";
  private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000L);

  private InvoicingFixtures() {}

  /** A complete billing profile for the supplier of this SIRET. */
  public static Map<String, Object> profile(String siret, String vatRegime) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("vatRegime", vatRegime);
    if (vatRegime.equals("LIABLE")) {
      p.put("vatNumber", BillingProfile.frenchVatNumber(siret.substring(0, 9)));
    }
    p.put("iban", IBAN);
    p.put("bic", "AGRIFRPP");
    p.put("accountHolder", "Atelier solidaire");
    p.put("street", "3 quai de la Fosse");
    p.put("postcode", "44000");
    p.put("city", "Nantes");
    return p;
  }

  public static HttpResponse<InvoiceViews.BillingProfileView> saveProfile(
      ApiSession admin, Map<String, Object> profile) {
    return admin.exchange(
        HttpRequest.PUT("/api/organisation/billing-profile", profile),
        InvoiceViews.BillingProfileView.class);
  }

  /** Gives the trade's supplier a complete profile. */
  public static void billable(OrderingFixtures.Trade trade, String vatRegime) {
    HttpResponse<InvoiceViews.BillingProfileView> saved =
        saveProfile(trade.supplier().org().admin(), profile(trade.supplier().siret(), vatRegime));
    assertThat(saved.code()).as("%s", saved.getBody(Map.class)).isEqualTo(200);
    assertThat(saved.body().complete()).isTrue();
  }

  /** An order placed, accepted and delivered; answers its view. */
  public static OrderViews.Order delivered(
      OrderingFixtures.Trade trade, List<Map<String, Object>> lines) {
    HttpResponse<OrderViews.Submitted> placed =
        submit(trade.requester(), "inv-" + SEQ.incrementAndGet(), order(trade.serviceId(), lines));
    UUID id = firstOrder(placed).id();
    HttpResponse<OrderViews.Order> accepted =
        act(trade.supplier().org().admin(), id, "accept", Map.of());
    assertThat(accepted.code()).as("accept %s", accepted.getBody(Map.class)).isEqualTo(200);
    OrderViews.Order delivered = act(trade.requester(), id, "confirm-delivery", Map.of()).body();
    assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
    return delivered;
  }

  public static HttpResponse<InvoiceViews.Invoice> issue(ApiSession session, UUID orderId) {
    return session.exchange(
        HttpRequest.POST("/api/orders/" + orderId + "/invoices", Map.of()),
        InvoiceViews.Invoice.class);
  }

  public static InvoiceViews.Invoice issued(ApiSession session, UUID orderId) {
    HttpResponse<InvoiceViews.Invoice> r = issue(session, orderId);
    assertThat(r.code()).as("issue %s", r.getBody(Map.class)).isEqualTo(201);
    return r.body();
  }

  public static HttpResponse<InvoiceViews.Invoice> pay(
      ApiSession session, UUID invoiceId, long cents, String receivedOn) {
    return session.exchange(
        HttpRequest.POST(
            "/api/invoices/" + invoiceId + "/payments",
            Map.of("amountCents", cents, "receivedOn", receivedOn, "reference", "VIR-" + cents)),
        InvoiceViews.Invoice.class);
  }

  public static HttpResponse<InvoiceViews.Invoice> creditNote(
      ApiSession session, UUID invoiceId, String reason) {
    return session.exchange(
        HttpRequest.POST("/api/invoices/" + invoiceId + "/credit-notes", Map.of("reason", reason)),
        InvoiceViews.Invoice.class);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Page<InvoiceViews.Invoice> invoices(ApiSession session, String query) {
    Argument<Page<InvoiceViews.Invoice>> type =
        (Argument) Argument.of(Page.class, InvoiceViews.Invoice.class);
    HttpResponse<Page<InvoiceViews.Invoice>> page =
        session.exchange(
            HttpRequest.GET("/api/invoices" + (query.isEmpty() ? "" : "?" + query)), type);
    assertThat(page.code()).as("invoices %s", page.getBody(Map.class)).isEqualTo(200);
    return page.body();
  }
}
