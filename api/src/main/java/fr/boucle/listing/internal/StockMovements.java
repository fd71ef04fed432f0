package fr.boucle.listing.internal;

import fr.boucle.listing.MovementKind;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The stock ledger: rows are only ever added, and the ledger's trigger moves the listing's
 * available quantity (and its status between PUBLISHED and SOLD_OUT) in the same statement.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
abstract class StockMovements implements GenericRepository<StockMovements.Movement, Long> {

  /** One row of the ledger. */
  @MappedEntity("stock_movement")
  record Movement(
      @Id @GeneratedValue Long id,
      UUID listingId,
      MovementKind kind,
      int quantity,
      String actor,
      @Nullable String reason,
      Instant occurredAt) {}

  /**
   * A row to add. An {@code opening} row is the opening stock of a listing inserted with it: the
   * trigger checks it against the listing instead of adding it again.
   */
  record NewMovement(
      UUID listingId,
      MovementKind kind,
      int quantity,
      String actor,
      @Nullable String reason,
      boolean opening) {}

  private final Sql sql;

  StockMovements(Sql sql) {
    this.sql = sql;
  }

  abstract List<Movement> findByListingIdOrderByIdDesc(UUID listingId, Pageable pageable);

  abstract long countByListingId(UUID listingId);

  void add(NewMovement movement) {
    addAll(List.of(movement));
  }

  void addAll(List<NewMovement> movements) {
    sql.batch(
        "INSERT INTO stock_movement (listing_id, kind, quantity, actor, reason, opening)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        movements.stream()
            .map(m ->
                new Object[] {
                  m.listingId(), m.kind(), m.quantity(), m.actor(), m.reason(), m.opening()
                })
            .toList());
  }
}
