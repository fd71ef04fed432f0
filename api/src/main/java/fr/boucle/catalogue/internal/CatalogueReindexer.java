package fr.boucle.catalogue.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import fr.boucle.search.catalog.BulkResult;
import fr.boucle.search.catalog.CatalogDocument;
import fr.boucle.search.catalog.CatalogIndex;
import fr.boucle.shared.jdbc.DatabaseTimeouts;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ProblemException;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full reindex with zero downtime: builds the next physical index from one consistent PostgreSQL
 * snapshot (bulk, streamed), verifies the document count, then swaps the alias atomically.
 * Meanwhile the relay writes live changes to the new index too, and higher versions win.
 *
 * <p>One full reindex at a time across instances: it holds a PostgreSQL advisory lock on a session
 * of its own for its whole run (released by PostgreSQL if the instance dies), and a second caller
 * is answered 409 at once. Two overlapping runs would each point the relay at their own new index
 * and the first alias swap would lose the changes relayed to the other.
 */
@Singleton
public class CatalogueReindexer {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogueReindexer.class);

  /** The advisory lock held by the running full reindex ("catalog" in ASCII). */
  public static final long LOCK_KEY = 0x636174616C6F67L;

  /** Another full reindex is running, on this instance or another. */
  public static class ReindexAlreadyRunning extends ProblemException {
    ReindexAlreadyRunning() {
      super(HttpStatus.CONFLICT, ProblemCode.REINDEX_RUNNING);
    }
  }

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
  private final DataSource dataSource;
  private final DatabaseTimeouts timeouts;

  CatalogueReindexer(
      TransactionOperations<Connection> transactions,
      DataSource dataSource,
      DatabaseTimeouts timeouts,
      Sql sql,
      CatalogIndex index,
      ElasticsearchClient client,
      @Value("${boucle.catalogue.reindex.batch-size:1000}") int batchSize,
      @Value("${boucle.catalogue.reindex.in-flight:2}") int inFlight) {
    this.transactions = transactions;
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    this.timeouts = timeouts;
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

  /** Rebuilds the catalogue; {@link ReindexAlreadyRunning} when another full reindex runs. */
  public Report reindex(LongConsumer progress) {
    // A connection of its own, outside any transaction: the session-level lock lasts exactly as
    // long as this run, and dies with the instance.
    try (Connection lock = dataSource.getConnection()) {
      if (!tryLock(lock)) {
        throw new ReindexAlreadyRunning();
      }
      try {
        return reindexLocked(progress);
      } finally {
        try (PreparedStatement unlock = lock.prepareStatement("SELECT pg_advisory_unlock(?)")) {
          unlock.setLong(1, LOCK_KEY);
          unlock.execute();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not take the reindex lock", e);
    }
  }

  private static boolean tryLock(Connection connection) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      lock.setLong(1, LOCK_KEY);
      try (ResultSet rs = lock.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  private Report reindexLocked(LongConsumer progress) {
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
              timeouts.liftForThisTransaction(); // one snapshot read of the whole catalogue
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
