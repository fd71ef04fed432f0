package fr.boucle.listing;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** The taxonomy, read from PostgreSQL. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface Categories extends GenericRepository<Category, String> {

  List<Category> findAllOrderByPosition();

  Optional<Category> findById(String id);
}
