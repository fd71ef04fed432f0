package fr.boucle.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Request transactions give up instead of queueing behind a lock or running away: {@code
 * lock_timeout} and {@code statement_timeout} apply, and a lock wait that times out is a 503 with
 * Retry-After, not a 500.
 */
@MicronautTest(transactional = false)
@Property(name = "boucle.db.statement-timeout", value = "1s")
@Property(name = "boucle.db.lock-timeout", value = "300ms")
class DatabaseTimeoutsIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Sql sql;
  @Inject DataSource dataSource;
  @Inject TransactionOperations<Connection> transactions;
  @Inject DatabaseTimeouts timeouts;

  @Test
  void aRequestWaitingForARowLockBeyondTheLockTimeoutIsA503WithRetryAfter() throws Exception {
    AccessFixtures.Org supplier =
        new AccessFixtures(client.toBlocking()).supplier("Verrous " + UUID.randomUUID());
    UUID listing = aListing(supplier.id());
    try (Connection other = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
      other.setAutoCommit(false);
      try (PreparedStatement lock =
          other.prepareStatement("SELECT 1 FROM listing WHERE id = ? FOR UPDATE")) {
        lock.setObject(1, listing);
        lock.executeQuery().close();
      }
      HttpResponse<Map> r = receive(supplier.admin(), listing);
      assertThat(r.code()).isEqualTo(503);
      assertThat(r.getContentType().map(MediaType::toString)).hasValue("application/problem+json");
      assertThat(r.header("Retry-After")).isNotBlank();
      other.rollback();
    }
    // Once the lock is released the same request goes through.
    assertThat(receive(supplier.admin(), listing).code()).isEqualTo(200);
  }

  @Test
  void aStatementRunningLongerThanTheStatementTimeoutIsCancelled() {
    assertThat(show("statement_timeout")).isEqualTo("1s");
    assertThat(show("lock_timeout")).isEqualTo("300ms");
    assertThatThrownBy(() -> transactions.executeRead(s -> sql.one("SELECT pg_sleep(3)", rs -> 1)))
        .satisfies(e -> assertThat(Sql.sqlState(e)).isEqualTo("57014"));
  }

  @Test
  void aLongJobLiftsTheTimeoutsForItsOwnTransactionOnly() {
    transactions.executeWrite(s -> {
      timeouts.liftForThisTransaction();
      sql.one("SELECT pg_sleep(1.5)", rs -> 1);
      return null;
    });
    assertThat(show("statement_timeout")).isEqualTo("1s");
  }

  private String show(String setting) {
    return transactions.executeRead(
        s -> sql.one("SHOW " + setting, rs -> rs.getString(1)).orElseThrow());
  }

  private static HttpResponse<Map> receive(ApiSession session, UUID listing) {
    return session.exchange(
        HttpRequest.POST(
            "/api/stock/listings/" + listing + "/stock", Map.of("kind", "RECEIVED", "quantity", 1)),
        Map.class);
  }

  private UUID aListing(UUID supplierId) {
    UUID depot = UUID.randomUUID();
    sql.update(
        "INSERT INTO depot (id, organisation_id, name, street, postcode, city, department, latitude, longitude)"
            + " VALUES (?, ?, 'Dépôt', '1 rue du Test', '93100', 'Montreuil', '93', 48.86, 2.44)",
        depot,
        supplierId);
    UUID id = UUID.randomUUID();
    String category =
        sql.one("SELECT id FROM category ORDER BY id LIMIT 1", rs -> rs.getString(1)).orElseThrow();
    sql.update(
        "INSERT INTO listing (id, supplier_id, sku, kind, title, category_id, condition_grade, origin,"
            + " price_excl_vat_cents, vat_rate_bp, depot_id, status)"
            + " VALUES (?, ?, ?, 'LOT', 'Chaises', ?, 'BON_ETAT', 'REEMPLOI', 4500, 2000, ?, 'DRAFT')",
        id,
        supplierId,
        "SKU-" + id,
        category,
        depot);
    return id;
  }
}
