package fr.boucle.reporting;

import static fr.boucle.invoicing.InvoicingFixtures.billable;
import static fr.boucle.invoicing.InvoicingFixtures.delivered;
import static fr.boucle.invoicing.InvoicingFixtures.issued;
import static fr.boucle.ordering.OrderingFixtures.act;
import static fr.boucle.ordering.OrderingFixtures.firstOrder;
import static fr.boucle.ordering.OrderingFixtures.line;
import static fr.boucle.ordering.OrderingFixtures.order;
import static fr.boucle.ordering.OrderingFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.ordering.OrderStatus;
import fr.boucle.ordering.OrderViews;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.organisation.Views;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@MicronautTest(transactional = false)
class AgecReportIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;

  private static final int YEAR = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
  private static final String FURNITURE = "Mobilier et aménagement d'intérieur";
  private static final String APPLIANCES =
      "Gros électroménager, y compris appareils professionnels";
  private static final String TEXTILES =
      "Produits textiles à l'exception des équipements de protection individuels";

  /** The taxonomy's mapping of the categories bought here (V2__seed_reuse_taxonomy.sql). */
  private static final Map<String, String> AGEC_OF =
      Map.of(
          "siege-bureau", FURNITURE,
          "bureau", FURNITURE,
          "refrigerateur", APPLIANCES,
          "vetement-travail", TEXTILES);

  @Test
  void countsDeliveredInvoicedAndPaidPurchasesPerAgecCategoryAndDeclaresThem() {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Mairie AGEC")
            .buyingFrom("Atelier AGEC", "SIAE_ACI")
            .lotCovering("mobilier-bureau", "gros-electromenager", "textile")
            .create();
    ApiSession admin = trade.buyer().admin();
    ApiSession supplier = trade.supplier().org().admin();
    UUID chair = f.listing(trade.supplier(), "siege-bureau", 12_345, 2000, "LOT", 10);
    UUID desk = f.listing(trade.supplier(), "bureau", 9_999, 550, "LOT", 5);
    UUID fridge = f.listing(trade.supplier(), "refrigerateur", 45_067, 2000, "LOT", 5);
    UUID jacket = f.listing(trade.supplier(), "vetement-travail", 1_234, 2000, "LOT", 20);

    // Counted: a delivered order, and one invoiced; not counted: an order only accepted.
    OrderViews.Order first = delivered(trade, List.of(line(chair, 2), line(desk, 1)));
    OrderViews.Order second = delivered(trade, List.of(line(fridge, 1), line(chair, 1)));
    billable(trade, "LIABLE");
    issued(supplier, second.id());
    assertThat(OrderingFixtures.order(admin, second.id()).status()).isEqualTo(OrderStatus.INVOICED);
    UUID pending =
        firstOrder(
                submit(
                    trade.requester(),
                    "agec-pending",
                    order(trade.serviceId(), List.of(line(jacket, 3)))))
            .id();
    assertThat(act(supplier, pending, "accept", Map.of()).code()).isEqualTo(200);

    // The expected totals, recomputed from the order lines the buyer sees.
    Map<String, Long> expected = new HashMap<>();
    for (OrderViews.Order o : List.of(first, second)) {
      for (OrderViews.Line l : o.lines()) {
        assertThat(l.lineExclVatCents()).isEqualTo(l.quantity() * l.unitPriceExclVatCents());
        expected.merge(AGEC_OF.get(l.categoryId()), l.lineExclVatCents(), Long::sum);
      }
    }
    assertThat(expected.keySet()).containsExactlyInAnyOrder(FURNITURE, APPLIANCES);

    HttpResponse<AgecReport> answered =
        admin.exchange(HttpRequest.GET("/api/reports/agec?year=" + YEAR), AgecReport.class);
    assertThat(answered.code()).as("%s", answered.getBody(Map.class)).isEqualTo(200);
    AgecReport report = answered.body();
    assertThat(report.year()).isEqualTo(YEAR);
    assertThat(report.unmappedExclVatCents()).isZero();
    assertThat(report.categories())
        .extracting(AgecReport.Row::category)
        .isEqualTo(DeclarationSchema.load().categories());
    Map<String, AgecReport.Row> rows =
        report.categories().stream().collect(Collectors.toMap(AgecReport.Row::category, r -> r));
    for (AgecReport.Row row : report.categories()) {
      long total = expected.getOrDefault(row.category(), 0L);
      assertThat(row.totalExclVatCents()).as(row.category()).isEqualTo(total);
      assertThat(row.reuseCents()).as(row.category()).isEqualTo(total);
      assertThat(row.donationCents()).isZero();
      assertThat(row.recycledCents()).isZero();
      assertThat(row.reuseShareBp()).isEqualTo(total == 0 ? null : 10_000);
    }
    AgecReport.Row appliances = rows.get(APPLIANCES);
    Integer applianceTarget = null; // none before 2024, none sourced for 2027-2029
    if (YEAR >= 2024 && YEAR < 2027) {
      applianceTarget = 20;
    } else if (YEAR >= 2030) {
      applianceTarget = 30;
    }
    assertThat(appliances.reuseTargetPercent()).isEqualTo(applianceTarget);
    assertThat(appliances.meetsTarget()).isEqualTo(applianceTarget == null ? null : true);
    assertThat(appliances.source()).isNotNull();
    AgecReport.Row textiles = rows.get(TEXTILES);
    assertThat(textiles.totalExclVatCents()).as("the accepted order is not counted").isZero();
    assertThat(textiles.meetsTarget()).isNull();
    assertThat(rows.get(FURNITURE).reuseTargetPercent()).isNull();
    assertThat(report.sources()).isNotEmpty();

    // The declaration: the schema exactly, the buyer's SIRET and name, amounts in euros.
    Views.OrganisationView buyer = admin.get("/api/organisation", Views.OrganisationView.class);
    HttpResponse<String> csv =
        admin.exchange(
            HttpRequest.GET("/api/reports/agec-declaration.csv?year=" + YEAR), String.class);
    assertThat(csv.code()).as("%s", csv.getBody(Map.class)).isEqualTo(200);
    assertThat(csv.getContentType().orElseThrow().toString()).startsWith("text/csv");
    String body = csv.body();
    assertThat(DeclarationSchema.load().errors(body)).isEmpty();
    assertThat(DeclarationSchema.partsOverTotal(body)).isEmpty();
    String name = buyer.legalName();
    assertThat(body.split("\n"))
        .containsExactly(
            String.join(",", DeclarationCsv.COLUMNS),
            YEAR
                + ","
                + buyer.siret()
                + ","
                + quoted(name)
                + ","
                + FURNITURE
                + ","
                + euros(expected.get(FURNITURE))
                + ","
                + euros(expected.get(FURNITURE))
                + ",0.00,0.00,",
            YEAR
                + ","
                + buyer.siret()
                + ","
                + quoted(name)
                + ",\""
                + APPLIANCES
                + "\","
                + euros(expected.get(APPLIANCES))
                + ","
                + euros(expected.get(APPLIANCES))
                + ",0.00,0.00,");

    // A spend:read token reads both; an orders:read token, a requester and the supplier do not.
    ApiSession spendReader = tokenSession(admin, "spend:read");
    assertThat(
            spendReader
                .exchange(HttpRequest.GET("/api/reports/agec?year=" + YEAR), AgecReport.class)
                .body()
                .categories())
        .isEqualTo(report.categories());
    assertThat(
            spendReader
                .exchange(
                    HttpRequest.GET("/api/reports/agec-declaration.csv?year=" + YEAR), String.class)
                .body())
        .isEqualTo(body);
    for (ApiSession refused :
        List.of(tokenSession(admin, "orders:read"), trade.requester(), supplier)) {
      for (String path :
          List.of("/api/reports/agec?year=", "/api/reports/agec-declaration.csv?year=")) {
        HttpResponse<Map> r = refused.exchange(HttpRequest.GET(path + YEAR), Map.class);
        assertThat(r.code()).as(path).isEqualTo(403);
      }
    }

    // Another buyer sees none of it: its report is empty and it has nothing to declare.
    OrderingFixtures.Trade other = f.aBuyer("Mairie Voisine AGEC").create();
    AgecReport theirs =
        other.buyer().admin().get("/api/reports/agec?year=" + YEAR, AgecReport.class);
    assertThat(theirs.categories()).allSatisfy(r -> assertThat(r.totalExclVatCents()).isZero());
    HttpResponse<Map> nothing =
        other
            .buyer()
            .admin()
            .exchange(HttpRequest.GET("/api/reports/agec-declaration.csv?year=" + YEAR), Map.class);
    assertThat(nothing.code()).isEqualTo(404);
    assertThat(nothing.getContentType().orElseThrow().toString())
        .startsWith("application/problem+json");

    // A year without purchases has nothing to declare; a year to come is refused.
    assertThat(
            admin
                .exchange(
                    HttpRequest.GET("/api/reports/agec-declaration.csv?year=" + (YEAR - 1)),
                    Map.class)
                .code())
        .isEqualTo(404);
    HttpResponse<Map> future =
        admin.exchange(HttpRequest.GET("/api/reports/agec?year=" + (YEAR + 1)), Map.class);
    assertThat(future.code()).isEqualTo(400);
    assertThat(OrderingFixtures.fields(future)).containsExactly("year");
  }

  private ApiSession tokenSession(ApiSession admin, String scope) {
    HttpResponse<Map> token =
        admin.exchange(
            HttpRequest.POST(
                "/api/organisation/api-tokens",
                Map.of("name", "Rapports " + scope, "scopes", List.of(scope))),
            Map.class);
    assertThat(token.code()).as("%s", token.getBody(Map.class)).isEqualTo(201);
    return ApiSession.bearer(client.toBlocking(), (String) token.body().get("secret"));
  }

  private static String euros(long cents) {
    return BigDecimal.valueOf(cents).movePointLeft(2).setScale(2).toPlainString();
  }

  private static String quoted(String value) {
    return value.contains(",") || value.contains("\"")
        ? "\"" + value.replace("\"", "\"\"") + "\""
        : value;
  }
}
