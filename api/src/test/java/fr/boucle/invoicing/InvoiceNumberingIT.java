package fr.boucle.invoicing;

import static fr.boucle.ordering.OrderingFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.ordering.OrderStatus;
import fr.boucle.ordering.OrderingFixtures;
import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Invoice numbers stay gapless and unique when one supplier issues many invoices at once. */
@MicronautTest(transactional = false)
class InvoiceNumberingIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  private static final int ORDERS = 50;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject AccountProvisioning provisioning;
  @Inject Sql sql;

  @Test
  void fiftyConcurrentIssuesGetNumbersOneToFiftyWithoutGapOrDuplicate() throws Exception {
    OrderingFixtures f = new OrderingFixtures(client.toBlocking(), provisioning, sql);
    OrderingFixtures.Trade trade =
        f.aBuyer("Région Numérotation").buyingFrom("Atelier Numérotation", "SIAE_ACI").create();
    InvoicingFixtures.billable(trade, "LIABLE");
    UUID chair = f.listing(trade.supplier(), "siege-bureau", 1_000, 2000, "LOT", ORDERS);
    List<UUID> orders = new ArrayList<>();
    for (int i = 0; i < ORDERS; i++) {
      orders.add(InvoicingFixtures.delivered(trade, List.of(line(chair, 1))).id());
    }

    // The supplier's admin, signed in once; its cookies shared by every thread.
    HttpResponse<Map> login =
        client
            .toBlocking()
            .exchange(
                HttpRequest.POST(
                    "/api/auth/login",
                    Map.of(
                        "email",
                        trade.supplier().org().adminEmail(),
                        "password",
                        fr.boucle.organisation.AccessFixtures.PASSWORD)),
                Map.class);
    String session = login.getCookie("BOUCLE_SESSION").orElseThrow().getValue();
    String csrf = login.getCookie("BOUCLE_CSRF").orElseThrow().getValue();

    BlockingHttpClient http = client.toBlocking();
    CountDownLatch ready = new CountDownLatch(ORDERS);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(ORDERS);
    List<Integer> codes = new ArrayList<>();
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (UUID order : orders) {
        futures.add(
            pool.submit(() -> {
              ready.countDown();
              go.await();
              MutableHttpRequest<?> request =
                  HttpRequest.POST("/api/orders/" + order + "/invoices", Map.of())
                      .cookie(Cookie.of("BOUCLE_SESSION", session))
                      .cookie(Cookie.of("BOUCLE_CSRF", csrf))
                      .header("X-CSRF-Token", csrf);
              try {
                return http.exchange(request, Map.class).code();
              } catch (HttpClientResponseException e) {
                return e.code();
              }
            }));
      }
      ready.await();
      go.countDown();
      for (Future<Integer> future : futures) {
        codes.add(future.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(codes).containsOnly(201);
    int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
    List<String> numbers =
        sql.list(
            "SELECT number FROM invoice WHERE supplier_id = ? AND kind = 'INVOICE'"
                + " ORDER BY number_seq",
            rs -> rs.getString("number"),
            trade.supplier().org().id());
    assertThat(numbers)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, ORDERS)
                .mapToObj(n -> String.format("FA-%d-%06d", year, n))
                .toList());
    // Chronological: a later number was never issued before an earlier one.
    List<UUID> byIssue =
        sql.list(
            "SELECT id FROM invoice WHERE supplier_id = ? ORDER BY issued_at, number_seq",
            rs -> Sql.uuid(rs, "id"),
            trade.supplier().org().id());
    List<UUID> byNumber =
        sql.list(
            "SELECT id FROM invoice WHERE supplier_id = ? ORDER BY number_seq",
            rs -> Sql.uuid(rs, "id"),
            trade.supplier().org().id());
    assertThat(byIssue).isEqualTo(byNumber);
    for (UUID order : orders) {
      assertThat(OrderingFixtures.order(trade.supplier().org().admin(), order).status())
          .isEqualTo(OrderStatus.INVOICED);
    }
  }
}
