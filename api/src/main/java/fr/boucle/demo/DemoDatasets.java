package fr.boucle.demo;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** The demo_dataset row, when the demo was loaded into this database. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DemoDatasets extends GenericRepository<DemoDataset, Integer> {

  /** The loaded demo; there is at most one row. */
  default Optional<DemoDataset> loaded() {
    return findById(1);
  }

  Optional<DemoDataset> findById(Integer id);
}
