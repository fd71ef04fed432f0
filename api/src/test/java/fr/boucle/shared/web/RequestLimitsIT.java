package fr.boucle.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Body limits per route (OWASP API4): small JSON bodies, photos refused past 10 MB while they
 * stream in, never once the whole body has been received.
 */
@MicronautTest(transactional = false)
class RequestLimitsIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  private static final String BOUNDARY = "----boucle-limits";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject EmbeddedServer server;
  @Inject Sql sql;

  AccessFixtures.Org supplier;
  String token;

  @BeforeEach
  void setUp() {
    AccessFixtures fixtures = new AccessFixtures(client.toBlocking());
    supplier = fixtures.supplier("Limites " + UUID.randomUUID());
    HttpResponse<Map> created =
        supplier
            .admin()
            .exchange(
                HttpRequest.POST(
                    "/api/organisation/api-tokens",
                    Map.of("name", "Limites", "scopes", List.of("stock:write"))),
                Map.class);
    assertThat(created.code()).isEqualTo(201);
    token = (String) created.body().get("secret");
  }

  @Test
  void refusesAJsonBodyAboveTheJsonLimitWith413Problem() {
    Map<String, Object> site =
        Map.of(
            "name", "x".repeat(300 * 1024),
            "street", "12 rue des Ateliers",
            "postcode", "93100",
            "city", "Montreuil",
            "department", "93",
            "latitude", 48.86,
            "longitude", 2.44);
    HttpResponse<Map> r =
        supplier.admin().exchange(HttpRequest.POST("/api/organisation/depots", site), Map.class);
    assertThat(r.code()).isEqualTo(413);
    assertThat(r.getContentType().map(MediaType::toString)).hasValue(Problem.MEDIA_TYPE);
    assertThat(sql.count("SELECT count(*) FROM depot WHERE organisation_id = ?", supplier.id()))
        .isZero();
  }

  @Test
  void refusesAPhotoDeclaredAboveTenMegabytesBeforeItsBodyIsSent() throws Exception {
    UUID listing = UUID.randomUUID();
    try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      byte[] head = partHead();
      long declared = head.length + 11L * 1024 * 1024 + tail().length;
      out.write(
          requestHead(listing, "Content-Length: " + declared).getBytes(StandardCharsets.US_ASCII));
      out.write(head);
      out.write(new byte[64 * 1024]); // a small part of the body, then nothing more
      out.flush();
      // The answer comes although the client has sent less than 1 % of what it announced.
      assertThat(statusLine(socket.getInputStream())).contains(" 413 ");
    }
  }

  @Test
  void stopsReadingAChunkedPhotoPastTenMegabytes() throws Exception {
    UUID listing = aListing();
    try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          requestHead(listing, "Transfer-Encoding: chunked").getBytes(StandardCharsets.US_ASCII));
      // The body is the file alone (alt comes in the query): it is streamed as it arrives.
      chunk(out, partHead());
      byte[] block = new byte[256 * 1024];
      block[0] = (byte) 0xFF; // JPEG magic bytes: the size, not the format, must stop it
      block[1] = (byte) 0xD8;
      block[2] = (byte) 0xFF;
      String status = null;
      try {
        // 10.5 MB of the file, then the client stops sending without ending the body.
        for (int i = 0; i < 42; i++) {
          chunk(out, block);
          block[0] = 0;
        }
        out.flush();
      } catch (SocketException e) {
        // the server may close the connection as soon as it has answered
      }
      status = statusLine(socket.getInputStream());
      assertThat(status).contains(" 413 ");
    }
    assertThat(sql.count("SELECT count(*) FROM listing_photo WHERE listing_id = ?", listing))
        .isZero();
  }

  private String requestHead(UUID listing, String lengthHeader) {
    return "POST /api/stock/listings/"
        + listing
        + "/photos?alt=Une%20chaise HTTP/1.1\r\n"
        + "Host: 127.0.0.1\r\n"
        + "Authorization: Bearer "
        + token
        + "\r\n"
        + "Content-Type: multipart/form-data; boundary="
        + BOUNDARY
        + "\r\n"
        + lengthHeader
        + "\r\n\r\n";
  }

  private static byte[] partHead() {
    return ("--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.jpg\"\r\n"
            + "Content-Type: image/jpeg\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] tail() {
    return ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
  }

  private static void chunk(OutputStream out, byte[] data) throws IOException {
    out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(data);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /** The response's status line; fails when none comes before the socket's timeout. */
  private static String statusLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try {
      int b;
      while ((b = in.read()) >= 0 && b != '\n') {
        line.write(b);
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("no answer while the body was still being sent", e);
    }
    return line.toString(StandardCharsets.US_ASCII);
  }

  private UUID aListing() {
    UUID depot = UUID.randomUUID();
    sql.update(
        "INSERT INTO depot (id, organisation_id, name, street, postcode, city, department, latitude, longitude)"
            + " VALUES (?, ?, 'Dépôt', '1 rue du Test', '93100', 'Montreuil', '93', 48.86, 2.44)",
        depot,
        supplier.id());
    UUID id = UUID.randomUUID();
    String category =
        sql.one("SELECT id FROM category ORDER BY id LIMIT 1", rs -> rs.getString(1)).orElseThrow();
    sql.update(
        "INSERT INTO listing (id, supplier_id, sku, kind, title, category_id, condition_grade, origin,"
            + " price_excl_vat_cents, vat_rate_bp, depot_id, status)"
            + " VALUES (?, ?, ?, 'UNIQUE_ITEM', 'Chaise', ?, 'BON_ETAT', 'REEMPLOI', 4500, 2000, ?, 'DRAFT')",
        id,
        supplier.id(),
        "SKU-" + id,
        category,
        depot);
    return id;
  }
}
