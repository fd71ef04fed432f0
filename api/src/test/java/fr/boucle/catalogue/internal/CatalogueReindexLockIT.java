package fr.boucle.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.TestMail;
import fr.boucle.search.catalog.CatalogIndex;
import fr.boucle.shared.web.ProblemException;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One full reindex at a time across instances, held by a PostgreSQL advisory lock. */
@MicronautTest(transactional = false)
class CatalogueReindexLockIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject CatalogueReindexer reindexer;
  @Inject CatalogIndex index;
  @Inject DataSource dataSource;
  @Inject fr.boucle.shared.jdbc.Sql sql;
  @Inject CatalogueReconciliation reconciliation;
  @Inject fr.boucle.demo.DemoDataFixture demo;

  @Test
  void refusesASecondFullReindexWhileAnotherInstanceRunsOne() throws Exception {
    int before = index.nextVersion();
    // Another instance's reindex: it holds the advisory lock on its own session.
    try (Connection other = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
      try (PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_lock(?)")) {
        lock.setLong(1, CatalogueReindexer.LOCK_KEY);
        lock.executeQuery().close();
      }
      assertThatThrownBy(() -> reindexer.reindex(done -> {}))
          .isInstanceOf(ProblemException.class)
          .satisfies(e -> assertThat(((ProblemException) e).status().getCode()).isEqualTo(409));
      HttpResponse<Map> r =
          new AccessFixtures(client.toBlocking())
              .operator()
              .exchange(HttpRequest.POST("/api/operator/catalogue/reindex", Map.of()), Map.class);
      assertThat(r.code()).isEqualTo(409);
      // Nothing was built beside the running reindex.
      assertThat(index.nextVersion()).isEqualTo(before);
      try (PreparedStatement unlock = other.prepareStatement("SELECT pg_advisory_unlock(?)")) {
        unlock.setLong(1, CatalogueReindexer.LOCK_KEY);
        unlock.executeQuery().close();
      }
    }
    assertThat(reindexer.reindex(done -> {}).index()).endsWith("v" + before);
  }

  /**
   * A change made while a full reindex streams its snapshot reaches the new index too (the relay
   * writes to both), so nothing is lost when the alias swaps.
   */
  @Test
  void aChangeMadeDuringAReindexIsInTheNewIndex() throws Exception {
    demo.load(20261122L, 200);
    String id =
        sql.one(
                "SELECT id::text FROM listing WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1",
                rs -> rs.getString(1))
            .orElseThrow();
    CountDownLatch streaming = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (ExecutorService runner = Executors.newSingleThreadExecutor()) {
      Future<CatalogueReindexer.Report> run =
          runner.submit(() ->
              reindexer.reindex(done -> {
                streaming.countDown();
                try {
                  release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }));
      assertThat(streaming.await(60, TimeUnit.SECONDS)).isTrue();
      // The snapshot is taken: this change is not in it.
      sql.update("UPDATE listing SET title = 'Fauteuil Tombouctou' WHERE id = ?::uuid", id);
      Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
      while (sql.count("SELECT count(*) FROM catalogue_outbox WHERE listing_id = ?::uuid", id) > 0
          && Instant.now().isBefore(deadline)) {
        Thread.sleep(50);
      }
      release.countDown();
      CatalogueReindexer.Report report = run.get(120, TimeUnit.SECONDS);
      assertThat(report.indexed()).isPositive();
    }
    CatalogueReconciliation.Report after = reconciliation.check();
    assertThat(after.stale()).doesNotContain(id);
    assertThat(after.missing()).doesNotContain(id);
  }
}
