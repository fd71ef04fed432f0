package fr.boucle.catalogue.internal;

import fr.boucle.search.catalog.BulkResult;
import fr.boucle.search.catalog.CatalogDocument;
import fr.boucle.search.catalog.CatalogIndex;
import fr.boucle.shared.jdbc.Sql;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays the transactional outbox to Elasticsearch. Each pass claims due rows with {@code FOR
 * UPDATE SKIP LOCKED} (so several instances share the work without overlap), indexes the current
 * state of their listings with the listing's search version as external version, and deletes the
 * rows in the same transaction. When Elasticsearch is down the rows stay, with exponential backoff,
 * and listing writes keep succeeding.
 */
@Singleton
@Requires(property = "boucle.catalogue.relay.enabled", notEquals = "false")
public class CatalogueRelay {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogueRelay.class);

  private final TransactionOperations<Connection> transactions;
  private final Sql sql;
  private final CatalogueDocuments documents;
  private final CatalogIndex index;
  private final Timer freshness;
  private final int batchSize;

  CatalogueRelay(
      TransactionOperations<Connection> transactions,
      Sql sql,
      CatalogueDocuments documents,
      CatalogIndex index,
      MeterRegistry meters,
      @Value("${boucle.catalogue.relay.batch-size:1000}") int batchSize) {
    this.transactions = transactions;
    this.sql = sql;
    this.documents = documents;
    this.index = index;
    this.batchSize = batchSize;
    this.freshness =
        Timer.builder("boucle.catalogue.freshness")
            .description("Time from a listing change's commit to its document being indexed")
            .publishPercentiles(0.5, 0.99)
            .register(meters);
  }

  @Scheduled(fixedDelay = "${boucle.catalogue.relay.interval:200ms}", initialDelay = "2s")
  void tick() {
    try {
      while (relayOnce() == batchSize) {
        // keep draining while full batches come back
      }
    } catch (RuntimeException e) {
      LOG.warn("Catalogue relay pass failed: {}", e.getMessage());
    }
  }

  /** One pass: answers how many outbox rows were consumed. */
  public int relayOnce() {
    record Claimed(long id, UUID listingId, Instant createdAt) {}
    List<Claimed> failedClaims = new ArrayList<>();
    Integer done =
        transactions.executeWrite(status -> {
          List<Claimed> claimed =
              sql.list(
                  "SELECT id, listing_id, created_at FROM catalogue_outbox"
                      + " WHERE next_attempt_at <= now() ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
                  rs ->
                      new Claimed(
                          rs.getLong("id"),
                          Sql.uuid(rs, "listing_id"),
                          Sql.instant(rs, "created_at")),
                  batchSize);
          if (claimed.isEmpty()) {
            return 0;
          }
          Set<UUID> listingIds = new LinkedHashSet<>();
          claimed.forEach(c -> listingIds.add(c.listingId()));
          List<CatalogDocument> docs = documents.byIds(listingIds);
          try {
            BulkResult result = index.bulkIndex(docs);
            Optional<String> rebuilding =
                sql.one("SELECT rebuilding_index FROM catalogue_state", rs -> rs.getString(1));
            if (rebuilding.isPresent() && rebuilding.get() != null) {
              result = result.plus(index.bulkIndex(rebuilding.get(), docs));
            }
            if (result.hasFailures()) {
              throw new IllegalStateException("bulk item failures: " + result.failures());
            }
          } catch (RuntimeException e) {
            failedClaims.addAll(claimed);
            status.setRollbackOnly();
            LOG.warn(
                "Elasticsearch refused {} catalogue updates, will retry: {}",
                docs.size(),
                e.getMessage());
            return 0;
          }
          sql.update(
              "DELETE FROM catalogue_outbox WHERE id = ANY(?)",
              claimed.stream().map(Claimed::id).toList());
          // Elasticsearch answers again: what waits out a backoff goes with the next pass.
          sql.update(
              "UPDATE catalogue_outbox SET next_attempt_at = now() WHERE id IN (SELECT id"
                  + " FROM catalogue_outbox WHERE attempts > 0 AND next_attempt_at > now()"
                  + " FOR UPDATE SKIP LOCKED)");
          Instant now = Instant.now();
          claimed.forEach(c -> freshness.record(Duration.between(c.createdAt(), now)));
          return claimed.size();
        });
    if (!failedClaims.isEmpty()) {
      backOff(failedClaims.stream().map(Claimed::id).toList());
    }
    return done == null ? 0 : done;
  }

  private void backOff(List<Long> ids) {
    transactions.executeWrite(status ->
        sql.update(
            "UPDATE catalogue_outbox SET attempts = attempts + 1,"
                + " next_attempt_at = now() + least(interval '10 seconds',"
                + " interval '250 milliseconds' * power(2, attempts)) WHERE id = ANY(?)",
            ids));
  }

  /** Rows still waiting, for health and reconciliation. */
  public long backlog() {
    return sql.count("SELECT count(*) FROM catalogue_outbox");
  }
}
