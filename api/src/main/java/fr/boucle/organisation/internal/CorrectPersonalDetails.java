package fr.boucle.organisation.internal;

import fr.boucle.audit.AuditLog;
import fr.boucle.organisation.PersonalDetails;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.NotFound;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person corrects their own name and address (RGPD art. 16). Every bad field is named; a changed
 * address is recorded in the audit (before and after) and ends the person's other sessions.
 */
@Singleton
public class CorrectPersonalDetails {

  private final PersonalRecords records;
  private final Accounts accounts;
  private final AuditLog audit;

  CorrectPersonalDetails(PersonalRecords records, Accounts accounts, AuditLog audit) {
    this.records = records;
    this.accounts = accounts;
    this.audit = audit;
  }

  /** Answers the account as it now is, to open a new session with. */
  @Transactional
  public Accounts.Account correct(CurrentUser person, String fullName, String email) {
    Accounts.Account before =
        accounts.byId(person.personId()).orElseThrow(() -> new NotFound("Person"));
    PersonalDetails.Checked checked =
        PersonalDetails.check(
            fullName, email, e -> records.emailUsedByAnother(e, person.personId()));
    FieldProblems.throwIfAny(checked.problems());
    PersonalDetails details = checked.details();
    records.correct(person.personId(), details.fullName(), details.email().value());
    Map<String, Object> changes = new LinkedHashMap<>();
    if (!before.fullName().equals(details.fullName())) {
      changes.put("fullName", Map.of("before", before.fullName(), "after", details.fullName()));
    }
    if (!before.email().equals(details.email().value())) {
      changes.put("email", Map.of("before", before.email(), "after", details.email().value()));
    }
    if (!changes.isEmpty()) {
      audit.record(
          person,
          person.organisationId(),
          "person.details-corrected",
          "person",
          person.personId(),
          changes);
    }
    return accounts.byId(person.personId()).orElseThrow(() -> new NotFound("Person"));
  }
}
