package fr.boucle.needs.internal;

import fr.boucle.needs.AlertFrequency;
import fr.boucle.needs.NeedKind;
import fr.boucle.needs.NeedSearch;
import fr.boucle.needs.SavedSearches;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The saved searches of needs and what was mailed from them (need_saved_search,
 * need_saved_search_hit, need_digest, need_unsubscribe_token), owned by the needs area.
 */
@Singleton
class SavedNeedSearches {

  /** A saved search as stored. */
  record Row(
      UUID id,
      UUID personId,
      UUID supplierId,
      String name,
      NeedSearch search,
      AlertFrequency frequency,
      Instant createdAt) {

    SavedSearches.SavedSearch view() {
      return new SavedSearches.SavedSearch(
          id,
          name,
          search.categoryIds(),
          search.departments(),
          search.words(),
          search.kind(),
          frequency,
          createdAt);
    }
  }

  /** A need found for a person's saved search and not yet mailed. */
  record Pending(UUID savedSearchId, UUID needId) {}

  private static final String SELECT = "SELECT * FROM need_saved_search";

  private final Sql sql;

  SavedNeedSearches(Sql sql) {
    this.sql = sql;
  }

  List<Row> ofPerson(UUID personId) {
    return sql.list(
        SELECT + " WHERE person_id = ? ORDER BY created_at, id", SavedNeedSearches::row, personId);
  }

  Optional<Row> find(UUID id) {
    return sql.one(SELECT + " WHERE id = ?", SavedNeedSearches::row, id);
  }

  void insert(
      UUID id, UUID personId, UUID supplierId, String name, NeedSearch s, AlertFrequency f) {
    sql.update(
        "INSERT INTO need_saved_search (id, person_id, supplier_id, name, category_ids,"
            + " departments, words, kind, frequency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        personId,
        supplierId,
        name,
        s.categoryIds(),
        s.departments(),
        s.words(),
        s.kind() == null ? null : s.kind().name(),
        f.name());
  }

  void update(UUID id, String name, NeedSearch s, AlertFrequency f) {
    sql.update(
        "UPDATE need_saved_search SET name = ?, category_ids = ?, departments = ?, words = ?,"
            + " kind = ?, frequency = ?, updated_at = now() WHERE id = ?",
        name,
        s.categoryIds(),
        s.departments(),
        s.words(),
        s.kind() == null ? null : s.kind().name(),
        f.name(),
        id);
  }

  void delete(UUID id) {
    sql.update("DELETE FROM need_saved_search WHERE id = ?", id);
  }

  /**
   * The saved searches that may match a need: those naming its département or none, its kind or
   * none, one of these categories (the need's and those above them) or none.
   */
  List<Row> candidates(String department, NeedKind kind, Collection<String> categories) {
    return sql.list(
        SELECT
            + " WHERE (cardinality(departments) = 0 OR ? = ANY(departments))"
            + " AND (kind IS NULL OR kind = ?)"
            + " AND (cardinality(category_ids) = 0 OR category_ids && ?::text[])"
            + " ORDER BY person_id, created_at, id",
        SavedNeedSearches::row,
        department,
        kind.name(),
        List.copyOf(categories));
  }

  /** Records a need found for a search; false when it had been already. */
  boolean recordHit(UUID savedSearchId, UUID needId, UUID personId) {
    return sql.update(
            "INSERT INTO need_saved_search_hit (saved_search_id, need_id, person_id)"
                + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            savedSearchId,
            needId,
            personId)
        == 1;
  }

  /** Whether this need was already mailed to this person (from any of its searches). */
  boolean mailed(UUID personId, UUID needId) {
    return sql.count(
            "SELECT count(*) FROM need_saved_search_hit WHERE person_id = ? AND need_id = ?"
                + " AND handled_at IS NOT NULL",
            personId,
            needId)
        > 0;
  }

  /** Marks every hit of these needs for this person handled (mailed, or no longer to mail). */
  void handled(UUID personId, Collection<UUID> needIds, Instant at) {
    sql.update(
        "UPDATE need_saved_search_hit SET handled_at = ? WHERE person_id = ? AND need_id = ANY(?)"
            + " AND handled_at IS NULL",
        at,
        personId,
        List.copyOf(needIds));
  }

  /** The people with needs found by a daily search, found by then and not yet mailed. */
  List<UUID> peopleWithPendingDigest(Instant by) {
    return sql.list(
        "SELECT DISTINCT h.person_id FROM need_saved_search_hit h"
            + " JOIN need_saved_search s ON s.id = h.saved_search_id"
            + " WHERE h.handled_at IS NULL AND h.found_at <= ? AND s.frequency = 'DAILY'"
            + " ORDER BY h.person_id",
        rs -> Sql.uuid(rs, "person_id"),
        by);
  }

  /** A person's daily searches' pending hits, oldest first. */
  List<Pending> pendingDigest(UUID personId, Instant by) {
    return sql.list(
        "SELECT h.saved_search_id, h.need_id FROM need_saved_search_hit h"
            + " JOIN need_saved_search s ON s.id = h.saved_search_id"
            + " WHERE h.person_id = ? AND h.handled_at IS NULL AND h.found_at <= ?"
            + " AND s.frequency = 'DAILY' ORDER BY h.found_at, h.need_id",
        rs -> new Pending(Sql.uuid(rs, "saved_search_id"), Sql.uuid(rs, "need_id")),
        personId,
        by);
  }

  /** Records today's digest for a person; false when it had one already. */
  boolean recordDigest(UUID personId, LocalDate day, Instant at) {
    return sql.update(
            "INSERT INTO need_digest (person_id, day, sent_at) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING",
            personId,
            day,
            at)
        == 1;
  }

  void forgetDigest(UUID personId, LocalDate day) {
    sql.update("DELETE FROM need_digest WHERE person_id = ? AND day = ?", personId, day);
  }

  void storeUnsubscribeToken(byte[] hash, Collection<UUID> savedSearchIds) {
    List<Object[]> rows = new ArrayList<>();
    for (UUID id : savedSearchIds) {
      rows.add(new Object[] {hash, id});
    }
    sql.batch(
        "INSERT INTO need_unsubscribe_token (token_hash, saved_search_id) VALUES (?, ?)"
            + " ON CONFLICT DO NOTHING",
        rows);
  }

  /** The saved searches an unsubscribe token names (locked until the transaction ends). */
  List<Row> byUnsubscribeToken(byte[] hash) {
    return sql.list(
        SELECT
            + " WHERE id IN (SELECT saved_search_id FROM need_unsubscribe_token"
            + " WHERE token_hash = ?) ORDER BY created_at, id FOR UPDATE",
        SavedNeedSearches::row,
        hash);
  }

  void stopMails(Collection<UUID> ids) {
    sql.update(
        "UPDATE need_saved_search SET frequency = 'NONE', updated_at = now() WHERE id = ANY(?)",
        List.copyOf(ids));
  }

  private static Row row(ResultSet rs) throws SQLException {
    String kind = rs.getString("kind");
    return new Row(
        Sql.uuid(rs, "id"),
        Sql.uuid(rs, "person_id"),
        Sql.uuid(rs, "supplier_id"),
        rs.getString("name"),
        new NeedSearch(
            Sql.strings(rs, "category_ids"),
            Sql.strings(rs, "departments"),
            rs.getString("words"),
            kind == null ? null : NeedKind.valueOf(kind)),
        AlertFrequency.valueOf(rs.getString("frequency")),
        Sql.instant(rs, "created_at"));
  }
}
