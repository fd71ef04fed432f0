package fr.boucle.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.agreement.AgreementViews;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.ApiSession;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Page;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small marketplace for ordering tests, built like users build it: organisations, services and
 * agreements through the API. Listings and their opening stock are written with SQL, as the listing
 * area's own API is not this area's to drive.
 */
public final class OrderingFixtures {

  private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000L);

  final BlockingHttpClient http;
  final AccessFixtures access;
  final AccountProvisioning provisioning;
  final Sql sql;

  public OrderingFixtures(BlockingHttpClient http, AccountProvisioning provisioning, Sql sql) {
    this.http = http;
    this.access = new AccessFixtures(http);
    this.provisioning = provisioning;
    this.sql = sql;
  }

  /** A buyer with one service, a requester and an approver of that service. */
  public record Buyer(
      AccessFixtures.Org org,
      UUID serviceId,
      ApiSession admin,
      ApiSession requester,
      ApiSession approver,
      UUID requesterId) {}

  public record Supplier(AccessFixtures.Org org, UUID depotId, String siret) {}

  public static Map<String, Object> site(String name, long thresholdCents) {
    Map<String, Object> site = new LinkedHashMap<>();
    site.put("name", name);
    site.put("street", "12 rue des Ateliers");
    site.put("postcode", "93100");
    site.put("city", "Montreuil");
    site.put("department", "93");
    site.put("latitude", 48.8638);
    site.put("longitude", 2.4485);
    site.put("approvalThresholdCents", thresholdCents);
    return site;
  }

  public Buyer buyer(String name, long thresholdCents) {
    AccessFixtures.Org org = access.buyer(name);
    UUID service =
        UUID.fromString(
            (String)
                created(
                        org.admin()
                            .exchange(
                                HttpRequest.POST(
                                    "/api/organisation/services",
                                    site("Direction des crèches", thresholdCents)),
                                Map.class))
                    .get("id"));
    long n = SEQ.incrementAndGet();
    String requesterEmail = "demandeur-" + n + "@acheteur.test";
    String approverEmail = "approbateur-" + n + "@acheteur.test";
    UUID requesterId =
        provisioning.createPerson(
            org.id(),
            requesterEmail,
            "Chloé Petit",
            AccessFixtures.PASSWORD,
            Set.of(Role.REQUESTER),
            Set.of(service));
    provisioning.createPerson(
        org.id(),
        approverEmail,
        "Marc Lefèvre",
        AccessFixtures.PASSWORD,
        Set.of(Role.APPROVER),
        Set.of(service));
    return new Buyer(
        org,
        service,
        org.admin(),
        new ApiSession(http).login(requesterEmail, AccessFixtures.PASSWORD),
        new ApiSession(http).login(approverEmail, AccessFixtures.PASSWORD),
        requesterId);
  }

  /** Another requester of the same service (their own cart and keys). */
  public ApiSession anotherRequester(Buyer buyer) {
    String email = "demandeur-" + SEQ.incrementAndGet() + "@acheteur.test";
    provisioning.createPerson(
        buyer.org().id(),
        email,
        "Inès Robert",
        AccessFixtures.PASSWORD,
        Set.of(Role.REQUESTER),
        Set.of(buyer.serviceId()));
    return new ApiSession(http).login(email, AccessFixtures.PASSWORD);
  }

  public Supplier supplier(String name, String insertionStatus) {
    Map<String, Object> signUp =
        AccessFixtures.supplierSignUp(name, "admin-" + SEQ.incrementAndGet() + "@fournisseur.test");
    @SuppressWarnings("unchecked")
    Map<String, Object> organisation = (Map<String, Object>) signUp.get("organisation");
    organisation.put("insertionStatus", insertionStatus);
    AccessFixtures.Org org = access.validated(signUp);
    UUID depot =
        UUID.fromString(
            (String)
                created(
                        org.admin()
                            .exchange(
                                HttpRequest.POST(
                                    "/api/organisation/depots", site("Dépôt de Montreuil", 0)),
                                Map.class))
                    .get("id"));
    return new Supplier(org, depot, (String) organisation.get("siret"));
  }

  /** A published listing with its opening stock. */
  public UUID listing(
      Supplier supplier, String category, long priceCents, int vatBp, String kind, int stock) {
    UUID id = UUID.randomUUID();
    sql.update(
        "INSERT INTO listing (id, supplier_id, sku, kind, title, category_id, condition_grade,"
            + " origin, price_excl_vat_cents, vat_rate_bp, depot_id, status)"
            + " VALUES (?, ?, ?, ?, ?, ?, 'BON_ETAT', 'REEMPLOI', ?, ?, ?, 'PUBLISHED')",
        id,
        supplier.org().id(),
        "SKU-" + SEQ.incrementAndGet(),
        kind,
        "Article " + category + " reconditionné",
        category,
        priceCents,
        vatBp,
        supplier.depotId());
    if (stock > 0) {
      sql.update(
          "INSERT INTO stock_movement (listing_id, kind, quantity, actor) VALUES (?, 'RECEIVED', ?, 'test')",
          id,
          stock);
    }
    return id;
  }

  public long available(UUID listingId) {
    return sql.count(
        "SELECT COALESCE(SUM(quantity), 0) FROM stock_movement WHERE listing_id = ?", listingId);
  }

  public static Map<String, Object> lot(
      int number,
      List<String> categories,
      String reservation,
      List<UUID> suppliers,
      long maxCents,
      int discountBp) {
    Map<String, Object> lot = new LinkedHashMap<>();
    lot.put("number", number);
    lot.put("title", "Lot " + number);
    lot.put("categoryIds", categories);
    lot.put("reservation", reservation);
    lot.put("supplierIds", suppliers.stream().map(UUID::toString).toList());
    lot.put("minimumExclVatCents", 0);
    lot.put("maximumExclVatCents", maxCents);
    lot.put("priceTerms", "CATALOGUE_DISCOUNT");
    lot.put("discountBasisPoints", discountBp);
    lot.put("insertionHoursTarget", 120);
    lot.put("environmentalClause", "Réemploi et reconditionnement, livraison mutualisée.");
    return lot;
  }

  public static Map<String, Object> agreement(String reference, List<Map<String, Object>> lots) {
    Map<String, Object> a = new LinkedHashMap<>();
    LocalDate today = LocalDate.now();
    a.put("reference", reference);
    a.put("title", "Mobilier et équipements de réemploi");
    a.put("procedure", "ADAPTED_PROCEDURE");
    a.put("launchedOn", today.minusMonths(3).toString());
    a.put("startDate", today.minusMonths(1).toString());
    a.put("initialEndDate", today.plusMonths(11).toString());
    a.put("renewalCount", 2);
    a.put("renewalMonths", 12);
    a.put("lots", lots);
    return a;
  }

  /** Creates and activates an agreement; answers its view. */
  public AgreementViews.AgreementView activeAgreement(Buyer buyer, Map<String, Object> agreement) {
    HttpResponse<AgreementViews.AgreementView> created =
        buyer
            .admin()
            .exchange(
                HttpRequest.POST("/api/agreements", agreement), AgreementViews.AgreementView.class);
    assertThat(created.code()).as("create %s", created.getBody(Map.class)).isEqualTo(201);
    HttpResponse<AgreementViews.AgreementView> activated =
        buyer
            .admin()
            .exchange(
                HttpRequest.POST("/api/agreements/" + created.body().id() + "/activate", Map.of()),
                AgreementViews.AgreementView.class);
    assertThat(activated.code()).as("activate %s", activated.getBody(Map.class)).isEqualTo(200);
    return activated.body();
  }

  public static UUID lotId(AgreementViews.AgreementView agreement, int number) {
    return agreement.lots().stream()
        .filter(l -> l.number() == number)
        .map(AgreementViews.LotView::id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no lot " + number));
  }

  /** The lot's period in force today, as the agreement shows it now. */
  public static AgreementViews.PeriodView currentPeriod(
      ApiSession session, UUID agreementId, int lot) {
    return session
        .get("/api/agreements/" + agreementId, AgreementViews.AgreementView.class)
        .lots()
        .stream()
        .filter(l -> l.number() == lot)
        .findFirst()
        .orElseThrow()
        .periods()
        .stream()
        .filter(AgreementViews.PeriodView::current)
        .findFirst()
        .orElseThrow();
  }

  public static Map<String, Object> order(UUID serviceId, List<Map<String, Object>> lines) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("serviceId", serviceId.toString());
    body.put("deliveryDate", LocalDate.now().plusDays(7).toString());
    body.put("lines", lines);
    return body;
  }

  public static Map<String, Object> line(UUID listingId, int quantity) {
    return Map.of("listingId", listingId.toString(), "quantity", quantity);
  }

  public static HttpResponse<OrderViews.Submitted> submit(
      ApiSession session, String key, Map<String, Object> body) {
    return session.exchange(
        HttpRequest.POST("/api/orders", body).header("Idempotency-Key", key),
        OrderViews.Submitted.class);
  }

  public static HttpResponse<OrderViews.Submitted> checkout(
      ApiSession session, String key, Map<String, Object> body) {
    return session.exchange(
        HttpRequest.POST("/api/cart/checkout", body).header("Idempotency-Key", key),
        OrderViews.Submitted.class);
  }

  public static OrderViews.Order firstOrder(HttpResponse<OrderViews.Submitted> submitted) {
    assertThat(submitted.getBody(OrderViews.Submitted.class))
        .as("submitted %s", submitted.getBody(Map.class))
        .isPresent();
    return submitted.body().orders().get(0);
  }

  public static HttpResponse<OrderViews.Order> act(
      ApiSession session, Object orderId, String action, Map<String, ?> body) {
    return session.exchange(
        HttpRequest.POST("/api/orders/" + orderId + "/" + action, body), OrderViews.Order.class);
  }

  public static OrderViews.Order order(ApiSession session, Object orderId) {
    return session.get("/api/orders/" + orderId, OrderViews.Order.class);
  }

  /** One page of the orders the session may see; the query string filters and sorts. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Page<OrderViews.OrderSummary> orders(ApiSession session, String query) {
    Argument<Page<OrderViews.OrderSummary>> type =
        (Argument) Argument.of(Page.class, OrderViews.OrderSummary.class);
    HttpResponse<Page<OrderViews.OrderSummary>> page =
        session.exchange(
            HttpRequest.GET("/api/orders" + (query.isEmpty() ? "" : "?" + query)), type);
    assertThat(page.code()).as("orders %s", page.getBody(Map.class)).isEqualTo(200);
    return page.body();
  }

  /** The ids of the orders waiting for the session's next step. */
  public static List<UUID> inbox(ApiSession session) {
    return orders(session, "awaitingMe=true").items().stream()
        .map(OrderViews.OrderSummary::id)
        .toList();
  }

  public static List<OrderViews.SpendRow> spend(ApiSession session, String query) {
    HttpResponse<List<OrderViews.SpendRow>> rows =
        session.exchange(
            HttpRequest.GET("/api/spend" + (query.isEmpty() ? "" : "?" + query)),
            Argument.listOf(OrderViews.SpendRow.class));
    assertThat(rows.code()).as("spend %s", rows.getBody(String.class)).isEqualTo(200);
    return rows.body();
  }

  public static HttpResponse<OrderViews.Cart> putInCart(
      ApiSession session, UUID listingId, int quantity) {
    return session.exchange(
        HttpRequest.PUT("/api/cart/lines/" + listingId, Map.of("quantity", quantity)),
        OrderViews.Cart.class);
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> created(HttpResponse<Map> response) {
    assertThat(response.code()).as("created %s", response.getBody(Map.class)).isEqualTo(201);
    return response.body();
  }

  @SuppressWarnings("unchecked")
  public static List<String> fields(HttpResponse<?> response) {
    List<String> fields = new ArrayList<>();
    Object errors = ApiSession.problem(response).get("errors");
    if (errors instanceof List<?> list) {
      for (Object e : list) {
        fields.add((String) ((Map<String, Object>) e).get("field"));
      }
    }
    return fields;
  }

  // ---- a buyer trading with a supplier: the set-up most tests share --------------------------

  /** A buyer and a supplier awarded a lot of the buyer's active framework agreement. */
  public record Trade(Buyer buyer, Supplier supplier, AgreementViews.AgreementView agreement) {
    public UUID lotId() {
      return OrderingFixtures.lotId(agreement, 1);
    }

    public UUID serviceId() {
      return buyer.serviceId();
    }

    public ApiSession requester() {
      return buyer.requester();
    }
  }

  /**
   * Starts a buyer (one service, a requester, an approver) who will trade with a supplier under an
   * active agreement: {@code f.aBuyer("Mairie").approvingAbove(500_00).buyingFrom("Atelier",
   * "SIAE_ACI").underAgreement("AC-1").lotCovering("chaise").reservedFor("SIAE").upTo(10_000_00)
   * .create()}.
   */
  public TradeBuilder aBuyer(String name) {
    return new TradeBuilder(name);
  }

  /**
   * What {@link #aBuyer} builds; defaults: no approval below 100 000 €, an open lot of 100 000 €.
   */
  public final class TradeBuilder {
    private final String buyerName;
    private long thresholdCents = 10_000_000;
    private String supplierName;
    private String insertionStatus = "SIAE_ACI";
    private String reference;
    private List<String> categories = List.of("mobilier-bureau");
    private String reservation = "NONE";
    private long maximumCents = 10_000_000;
    private int discountBasisPoints;

    private TradeBuilder(String buyerName) {
      this.buyerName = buyerName;
      this.supplierName = "Atelier de " + buyerName;
      this.reference = "AC-" + SEQ.incrementAndGet();
    }

    /** Orders whose total excl. VAT exceeds this need an approver. */
    public TradeBuilder approvingAbove(long cents) {
      this.thresholdCents = cents;
      return this;
    }

    public TradeBuilder buyingFrom(String supplier, String insertionStatus) {
      this.supplierName = supplier;
      this.insertionStatus = insertionStatus;
      return this;
    }

    public TradeBuilder underAgreement(String reference) {
      this.reference = reference;
      return this;
    }

    /** The categories of lot 1 (with their subcategories). */
    public TradeBuilder lotCovering(String... categories) {
      this.categories = List.of(categories);
      return this;
    }

    public TradeBuilder reservedFor(String reservation) {
      this.reservation = reservation;
      return this;
    }

    /** Lot 1's maximum amount excl. VAT per period. */
    public TradeBuilder upTo(long cents) {
      this.maximumCents = cents;
      return this;
    }

    public TradeBuilder discountedBy(int basisPoints) {
      this.discountBasisPoints = basisPoints;
      return this;
    }

    public Trade create() {
      Buyer buyer = buyer(buyerName, thresholdCents);
      Supplier supplier = supplier(supplierName, insertionStatus);
      AgreementViews.AgreementView agreement =
          activeAgreement(
              buyer,
              agreement(
                  reference,
                  List.of(
                      lot(
                          1,
                          categories,
                          reservation,
                          List.of(supplier.org().id()),
                          maximumCents,
                          discountBasisPoints))));
      return new Trade(buyer, supplier, agreement);
    }
  }
}
