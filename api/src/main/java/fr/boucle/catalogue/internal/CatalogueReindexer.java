package fr.boucle.catalogue.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import fr.boucle.search.catalog.BulkResult;
import fr.boucle.search.catalog.CatalogDocument;
import fr.boucle.search.catalog.CatalogIndex;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full reindex with zero downtime: builds the next physical index from one consistent PostgreSQL
 * snapshot (bulk, streamed), verifies the document count, then swaps the alias atomically.
 * Meanwhile the relay writes live changes to the new index too, and higher versions win.
 */
@Singleton
public class CatalogueReindexer {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogueReindexer.class);
  private static final int BATCH = 1_000;
  private static final int IN_FLIGHT = 2;

  /** What a reindex did. */
  @Serdeable
  public record Report(
      String index, long documents, long indexed, List<String> replaced, long millis) {}

  private final TransactionOperations<Connection> transactions;
  private final Sql sql;
  private final CatalogIndex index;
  private final ElasticsearchClient client;

  CatalogueReindexer(
      TransactionOperations<Connection> transactions,
      Sql sql,
      CatalogIndex index,
      ElasticsearchClient client) {
    this.transactions = transactions;
    this.sql = sql;
    this.index = index;
    this.client = client;
  }

  private Future<BulkResult> send(
      ExecutorService bulks, Semaphore slots, String target, List<CatalogDocument> batch) {
    slots.acquireUninterruptibly();
    return bulks.submit(() -> {
      try {
        return index.bulkIndex(target, batch);
      } finally {
        slots.release();
      }
    });
  }

  private void refreshInterval(String target, String interval) {
    try {
      client
          .indices()
          .putSettings(
              s -> s.index(target).settings(st -> st.refreshInterval(t -> t.time(interval))));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public Report reindex(LongConsumer progress) {
    long started = System.nanoTime();
    String target = index.createIndex(index.nextVersion());
    transactions.executeWrite(
        s -> sql.update("UPDATE catalogue_state SET rebuilding_index = ?", target));
    try {
      long[] streamed = {0};
      DefaultTransactionDefinition snapshot = new DefaultTransactionDefinition();
      snapshot.setIsolationLevel(TransactionDefinition.Isolation.REPEATABLE_READ);
      snapshot.setReadOnly(true);
      refreshInterval(target, "-1"); // no refresh while loading; one refresh at the end
      // Reading PostgreSQL and indexing overlap: up to IN_FLIGHT bulk requests run while the
      // next batch is read, each checked for item errors.
      Semaphore slots = new Semaphore(IN_FLIGHT);
      List<Future<BulkResult>> sent = new ArrayList<>();
      try (ExecutorService bulks = Executors.newVirtualThreadPerTaskExecutor()) {
        transactions.execute(
            snapshot,
            status -> {
              List<CatalogDocument> batch = new ArrayList<>(BATCH);
              CatalogueDocuments.streamAll(
                  status.getConnection(),
                  doc -> {
                    batch.add(doc);
                    if (batch.size() == BATCH) {
                      sent.add(send(bulks, slots, target, List.copyOf(batch)));
                      streamed[0] += batch.size();
                      batch.clear();
                      progress.accept(streamed[0]);
                    }
                  });
              if (!batch.isEmpty()) {
                sent.add(send(bulks, slots, target, List.copyOf(batch)));
                streamed[0] += batch.size();
                progress.accept(streamed[0]);
              }
              return null;
            });
        for (Future<BulkResult> result : sent) {
          result.get().orThrow();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("reindex interrupted", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r
            ? r
            : new IllegalStateException(e.getCause());
      }
      refreshInterval(target, "1s");
      index.refresh(target);
      long counted = index.count(target);
      if (counted < streamed[0]) {
        throw new IllegalStateException(
            "index " + target + " holds " + counted + " documents, expected " + streamed[0]);
      }
      List<String> replaced = index.swapAlias(target);
      index.deleteOldIndices(1);
      Report report =
          new Report(
              target, streamed[0], counted, replaced, (System.nanoTime() - started) / 1_000_000);
      LOG.info("Catalogue reindexed: {}", report);
      return report;
    } catch (RuntimeException e) {
      index.deleteIndex(target);
      throw e;
    } finally {
      transactions.executeWrite(
          s -> sql.update("UPDATE catalogue_state SET rebuilding_index = NULL"));
    }
  }
}
