package fr.boucle.catalogue.internal;

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

  /** What a reindex did. */
  @Serdeable
  public record Report(
      String index, long documents, long indexed, List<String> replaced, long millis) {}

  private final TransactionOperations<Connection> transactions;
  private final Sql sql;
  private final CatalogIndex index;

  CatalogueReindexer(TransactionOperations<Connection> transactions, Sql sql, CatalogIndex index) {
    this.transactions = transactions;
    this.sql = sql;
    this.index = index;
  }

  public Report reindex(LongConsumer progress) {
    long started = System.nanoTime();
    String target = index.createIndex(index.nextVersion());
    transactions.executeWrite(
        s -> sql.update("UPDATE catalogue_state SET rebuilding_index = ?", target));
    try {
      long[] streamed = {0};
      BulkResult[] total = {BulkResult.empty()};
      DefaultTransactionDefinition snapshot = new DefaultTransactionDefinition();
      snapshot.setIsolationLevel(TransactionDefinition.Isolation.REPEATABLE_READ);
      snapshot.setReadOnly(true);
      transactions.execute(
          snapshot,
          status -> {
            List<CatalogDocument> batch = new ArrayList<>(BATCH);
            CatalogueDocuments.streamAll(
                status.getConnection(),
                doc -> {
                  batch.add(doc);
                  if (batch.size() == BATCH) {
                    total[0] = total[0].plus(index.bulkIndex(target, batch).orThrow());
                    streamed[0] += batch.size();
                    batch.clear();
                    progress.accept(streamed[0]);
                  }
                });
            if (!batch.isEmpty()) {
              total[0] = total[0].plus(index.bulkIndex(target, batch).orThrow());
              streamed[0] += batch.size();
              progress.accept(streamed[0]);
            }
            return null;
          });
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
