package fr.boucle.catalogue.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import fr.boucle.search.catalog.BulkResult;
import fr.boucle.search.catalog.CatalogDocument;
import fr.boucle.search.catalog.CatalogIndex;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.context.annotation.Value;
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
import java.util.concurrent.atomic.AtomicLong;
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

  /** What a reindex did. */
  @Serdeable
  public record Report(
      String index, long documents, long indexed, List<String> replaced, long millis) {}

  private final TransactionOperations<Connection> transactions;
  private final Sql sql;
  private final CatalogIndex index;
  private final ElasticsearchClient client;
  private final int batchSize;
  private final int inFlight;

  CatalogueReindexer(
      TransactionOperations<Connection> transactions,
      Sql sql,
      CatalogIndex index,
      ElasticsearchClient client,
      @Value("${boucle.catalogue.reindex.batch-size:1000}") int batchSize,
      @Value("${boucle.catalogue.reindex.in-flight:2}") int inFlight) {
    this.transactions = transactions;
    this.sql = sql;
    this.index = index;
    this.client = client;
    this.batchSize = batchSize;
    this.inFlight = inFlight;
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

  /** Where a reindex's time went (nanoseconds), logged with its report. */
  private static final class Timings {
    final AtomicLong bulkNanos = new AtomicLong();
    long readNanos;
    long waitNanos;
    long drainNanos;
    long finishNanos;

    @Override
    public String toString() {
      return "read and build "
          + readNanos / 1_000_000
          + " ms, waiting for a bulk slot "
          + waitNanos / 1_000_000
          + " ms, bulk requests "
          + bulkNanos.get() / 1_000_000
          + " ms summed over the parallel requests, last bulks "
          + drainNanos / 1_000_000
          + " ms, refresh+count "
          + finishNanos / 1_000_000
          + " ms";
    }
  }

  private Future<BulkResult> send(
      ExecutorService bulks,
      Semaphore slots,
      String target,
      List<CatalogDocument> batch,
      Timings timings) {
    long waiting = System.nanoTime();
    slots.acquireUninterruptibly();
    timings.waitNanos += System.nanoTime() - waiting;
    return bulks.submit(() -> {
      long started = System.nanoTime();
      try {
        return index.bulkIndex(target, batch);
      } finally {
        timings.bulkNanos.addAndGet(System.nanoTime() - started);
        slots.release();
      }
    });
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
      Timings timings = new Timings();
      // Reading PostgreSQL and indexing overlap: up to inFlight bulk requests run while the
      // next batch is read, each checked for item errors.
      Semaphore slots = new Semaphore(inFlight);
      List<Future<BulkResult>> sent = new ArrayList<>();
      try (ExecutorService bulks = Executors.newVirtualThreadPerTaskExecutor()) {
        transactions.execute(
            snapshot,
            status -> {
              long reading = System.nanoTime();
              List<CatalogDocument> batch = new ArrayList<>(batchSize);
              CatalogueDocuments.streamAll(
                  status.getConnection(),
                  doc -> {
                    batch.add(doc);
                    if (batch.size() == batchSize) {
                      sent.add(send(bulks, slots, target, List.copyOf(batch), timings));
                      streamed[0] += batch.size();
                      batch.clear();
                      progress.accept(streamed[0]);
                    }
                  });
              if (!batch.isEmpty()) {
                sent.add(send(bulks, slots, target, List.copyOf(batch), timings));
                streamed[0] += batch.size();
                progress.accept(streamed[0]);
              }
              timings.readNanos = System.nanoTime() - reading - timings.waitNanos;
              return null;
            });
        long draining = System.nanoTime();
        for (Future<BulkResult> result : sent) {
          result.get().orThrow();
        }
        timings.drainNanos = System.nanoTime() - draining;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("reindex interrupted", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r
            ? r
            : new IllegalStateException(e.getCause());
      }
      long finishing = System.nanoTime();
      refreshInterval(target, "1s");
      index.refresh(target);
      long counted = index.count(target);
      timings.finishNanos = System.nanoTime() - finishing;
      if (counted < streamed[0]) {
        throw new IllegalStateException(
            "index " + target + " holds " + counted + " documents, expected " + streamed[0]);
      }
      List<String> replaced = index.swapAlias(target);
      index.deleteOldIndices(1);
      Report report =
          new Report(
              target, streamed[0], counted, replaced, (System.nanoTime() - started) / 1_000_000);
      LOG.info("Catalogue reindexed: {} ({})", report, timings);
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
