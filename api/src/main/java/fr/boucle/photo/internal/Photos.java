package fr.boucle.photo.internal;

import fr.boucle.shared.jdbc.Sql;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The listing_photo table. Positions are unique per listing once a transaction ends (the constraint
 * is deferred), so a reorder moves every photo in one statement.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
abstract class Photos implements GenericRepository<Photo, UUID> {

  private final Sql sql;

  Photos(Sql sql) {
    this.sql = sql;
  }

  abstract Photo save(Photo photo);

  abstract Optional<Photo> findById(UUID id);

  abstract Optional<Photo> findByIdAndListingId(UUID id, UUID listingId);

  abstract List<Photo> findByListingIdOrderByPosition(UUID listingId);

  abstract List<Photo> findByListingIdInAndPosition(Collection<UUID> listingIds, int position);

  abstract long countByListingId(UUID listingId);

  abstract void deleteById(UUID id);

  @Query("UPDATE listing_photo SET alt_text = :alt WHERE id = :id AND listing_id = :listingId")
  abstract long changeAlt(UUID id, UUID listingId, String alt);

  /** Moves up the photos after a deleted one. */
  @Query(
      "UPDATE listing_photo SET position = position - 1"
          + " WHERE listing_id = :listingId AND position > :position")
  abstract void closeGap(UUID listingId, int position);

  /** Puts the listing's photos in this order, first at position 0. */
  void reorder(UUID listingId, List<UUID> photoIds) {
    sql.update(
        "UPDATE listing_photo p SET position = o.ord - 1"
            + " FROM unnest(?::uuid[]) WITH ORDINALITY AS o(id, ord)"
            + " WHERE p.id = o.id AND p.listing_id = ?",
        photoIds,
        listingId);
  }
}
