package fr.boucle.needs.internal;

import fr.boucle.organisation.PersonalDataSource;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/**
 * The needs a person published, the answers they wrote, their messages in needs' threads and their
 * saved searches, for the copy of their data (organisation's PersonalDataSource). A need is
 * referenced by its id, an answer by its need's, a message by its answer's and its own number.
 */
@Singleton
class NeedsPersonalData implements PersonalDataSource {

  private final Sql sql;

  NeedsPersonalData(Sql sql) {
    this.sql = sql;
  }

  @Override
  public String section() {
    return "needs";
  }

  @Override
  public List<AuthoredRecord> authoredBy(UUID personId) {
    return sql.list(
        "SELECT reference, kind, at, summary FROM ("
            + " SELECT 'need/' || id AS reference, 'need' AS kind, created_at AS at, title AS summary"
            + "   FROM need WHERE author_id = ?"
            + " UNION ALL"
            + " SELECT 'need/' || need_id || '/answer/' || id, 'answer', created_at,"
            + "   CASE WHEN message = '' THEN kind ELSE message END"
            + "   FROM need_answer WHERE author_id = ?"
            + " UNION ALL"
            + " SELECT 'answer/' || answer_id || '/message/' || id, 'message', created_at, body"
            + "   FROM need_message WHERE author_id = ?"
            + " UNION ALL"
            + " SELECT 'saved-search/' || id, 'saved search', created_at,"
            + "   name || ' (' || frequency || ')'"
            + "   FROM need_saved_search WHERE person_id = ?"
            + ") authored ORDER BY at, reference",
        rs ->
            new AuthoredRecord(
                rs.getString("reference"),
                rs.getString("kind"),
                Sql.instant(rs, "at"),
                rs.getString("summary")),
        personId,
        personId,
        personId,
        personId);
  }
}
