package fr.boucle.organisation.internal;

import fr.boucle.organisation.PersonNames;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The person table's names, read for other areas. */
@Singleton
class DefaultPersonNames implements PersonNames {

  private final Sql sql;

  DefaultPersonNames(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Map<UUID, String> fullNames(Collection<UUID> personIds) {
    Map<UUID, String> names = new HashMap<>();
    if (personIds.isEmpty()) {
      return names;
    }
    sql.list(
        "SELECT id, full_name FROM person WHERE id = ANY(?)",
        rs -> names.put(Sql.uuid(rs, "id"), rs.getString("full_name")),
        List.copyOf(personIds));
    return names;
  }
}
