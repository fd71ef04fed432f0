package fr.boucle.catalogue.internal;

import fr.boucle.search.catalog.CatalogIndex;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up, makes sure the catalogue alias exists and rebuilds the index when it does not hold
 * as many documents as PostgreSQL has listings (a new environment, a lost index). Runs in the
 * background: the application answers meanwhile, and a down Elasticsearch only delays it.
 */
@Singleton
@Requires(property = "boucle.catalogue.bootstrap.enabled", notEquals = "false")
class CatalogueBootstrap implements ApplicationEventListener<ServerStartupEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogueBootstrap.class);
  private final CatalogIndex index;
  private final CatalogueReindexer reindexer;
  private final Sql sql;

  CatalogueBootstrap(CatalogIndex index, CatalogueReindexer reindexer, Sql sql) {
    this.index = index;
    this.reindexer = reindexer;
    this.sql = sql;
  }

  @Override
  public void onApplicationEvent(ServerStartupEvent event) {
    Thread.ofVirtual().name("catalogue-bootstrap").start(this::run);
  }

  void run() {
    try {
      index.ensureAlias();
      long listings = sql.count("SELECT count(*) FROM catalogue_source");
      long documents = index.count();
      if (listings != documents) {
        LOG.info(
            "Catalogue holds {} documents for {} listings: rebuilding it", documents, listings);
        reindexer.reindex(done -> {});
      }
    } catch (RuntimeException e) {
      LOG.warn("Catalogue bootstrap skipped: {}", e.getMessage());
    }
  }
}
