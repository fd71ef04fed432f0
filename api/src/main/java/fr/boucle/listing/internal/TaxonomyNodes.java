package fr.boucle.listing.internal;

import fr.boucle.listing.Category;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** The category table as the operator edits it (other areas read it through {@code Categories}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TaxonomyNodes extends GenericRepository<Category, String> {

  @Query("SELECT * FROM category ORDER BY parent_id NULLS FIRST, position, id")
  List<Category> findAllRootsFirst();

  Optional<Category> findById(String id);

  boolean existsById(String id);

  long countByParentId(String parentId);

  Category save(Category category);

  Category update(Category category);

  void deleteById(String id);

  /** 1 when {@code ancestor} is {@code id} or lies above it in the tree, else 0. */
  @Query(
      "WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM category WHERE id = :from"
          + " UNION ALL SELECT c.id, c.parent_id FROM category c JOIN up ON c.id = up.parent_id)"
          + " SELECT count(*) FROM up WHERE id = :ancestor")
  long countAncestry(String from, String ancestor);
}
