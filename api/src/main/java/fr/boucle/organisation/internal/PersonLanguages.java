package fr.boucle.organisation.internal;

import fr.boucle.organisation.PersonLanguage;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A person's language (person.language, V26): French unless they chose English in the interface.
 * E-mails to them follow it; sign-up and accepting an invitation take the interface's language.
 */
@Singleton
public class PersonLanguages implements PersonLanguage {

  public static final String FRENCH = "fr";
  public static final String ENGLISH = "en";

  private final Sql sql;

  PersonLanguages(Sql sql) {
    this.sql = sql;
  }

  /** "en" when the header prefers English to French, else "fr" (Boucle speaks French first). */
  public static String fromHeader(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return FRENCH;
    }
    try {
      String best =
          Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), List.of(FRENCH, ENGLISH));
      return ENGLISH.equals(best) ? ENGLISH : FRENCH;
    } catch (IllegalArgumentException e) {
      return FRENCH;
    }
  }

  /** Sets the person's language; anything but "en" is French. */
  public void set(UUID personId, String language) {
    sql.update(
        "UPDATE person SET language = ? WHERE id = ?",
        ENGLISH.equals(language) ? ENGLISH : FRENCH,
        personId);
  }

  /** The person's language, French for someone unknown. */
  public String of(UUID personId) {
    return sql.one("SELECT language FROM person WHERE id = ?", rs -> rs.getString(1), personId)
        .orElse(FRENCH);
  }

  @Override
  public boolean english(UUID personId) {
    return ENGLISH.equals(of(personId));
  }

  /** The language of the person with this address, French for no one. */
  String ofEmail(String email) {
    return sql.one(
            "SELECT language FROM person WHERE lower(email) = lower(?)",
            rs -> rs.getString(1),
            email)
        .orElse(FRENCH);
  }

  /** An active administrator of an organisation: who to tell about it, and in which language. */
  record Administrator(UUID personId, String email, String language) {}

  /** The organisation's active administrators, the earliest first (who signed it up). */
  List<Administrator> administratorsOf(UUID organisationId) {
    return sql.list(
        "SELECT p.id, p.email, p.language FROM person p WHERE p.organisation_id = ? AND p.active"
            + " AND EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = p.id"
            + " AND r.role IN ('SUPPLIER_ADMIN', 'BUYER_ADMIN')) ORDER BY p.created_at, p.id",
        rs ->
            new Administrator(Sql.uuid(rs, "id"), rs.getString("email"), rs.getString("language")),
        organisationId);
  }
}
