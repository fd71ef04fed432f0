package fr.boucle.ordering.internal;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The cart_line table: each requester's cart, kept on the server. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CartLines extends GenericRepository<CartLines.Row, CartLines.Key> {

  @Embeddable
  record Key(
      @MappedProperty("person_id") UUID personId, @MappedProperty("listing_id") UUID listingId) {}

  @MappedEntity("cart_line")
  record Row(@EmbeddedId Key id, int quantity, Instant addedAt) {
    UUID listingId() {
      return id.listingId();
    }
  }

  @Query("SELECT * FROM cart_line WHERE person_id = :personId ORDER BY added_at, listing_id")
  List<Row> ofPerson(UUID personId);

  /** Adds a line, or sets the quantity of the line already there (keeping when it was added). */
  @Query(
      "INSERT INTO cart_line (person_id, listing_id, quantity) VALUES (:personId, :listingId,"
          + " :quantity) ON CONFLICT (person_id, listing_id) DO UPDATE SET quantity ="
          + " EXCLUDED.quantity")
  void put(UUID personId, UUID listingId, int quantity);

  @Query("DELETE FROM cart_line WHERE person_id = :personId AND listing_id = :listingId")
  int remove(UUID personId, UUID listingId);

  @Query("DELETE FROM cart_line WHERE person_id = :personId")
  int clear(UUID personId);
}
