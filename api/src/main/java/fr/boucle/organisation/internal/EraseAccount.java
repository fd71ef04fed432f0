package fr.boucle.organisation.internal;

import fr.boucle.audit.AuditLog;
import fr.boucle.organisation.Erasure;
import fr.boucle.organisation.PersonErased;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.NotFound;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * A person erases their account (RGPD art. 17), in one transaction: what the law keeps (orders,
 * invoices, the audit trail) stays under the pseudonym "Agent supprimé #n", the rest goes (see
 * {@link PersonalRecords#erase}), sessions end and API tokens are revoked; other areas follow
 * {@link PersonErased} in the same transaction; the erasure is recorded in the audit. The last
 * active administrator of an organisation is refused until they hand over.
 */
@Singleton
public class EraseAccount {

  private final PersonalRecords records;
  private final Accounts accounts;
  private final People people;
  private final AuditLog audit;
  private final ApplicationEventPublisher<PersonErased> published;

  EraseAccount(
      PersonalRecords records,
      Accounts accounts,
      People people,
      AuditLog audit,
      ApplicationEventPublisher<PersonErased> published) {
    this.records = records;
    this.accounts = accounts;
    this.people = people;
    this.audit = audit;
    this.published = published;
  }

  @Transactional
  public Erasure erase(CurrentUser person) {
    String formerEmail =
        records.lockEmail(person.personId()).orElseThrow(() -> new NotFound("Person"));
    Accounts.Account account =
        accounts.byId(person.personId()).orElseThrow(() -> new NotFound("Person"));
    Role adminRole = Role.adminOf(account.kind());
    if (account.active()
        && account.roles().contains(adminRole)
        && people.activeWithRole(account.organisationId(), adminRole) <= 1) {
      throw new Problems.HandOverFirst();
    }
    Erasure erasure = new Erasure(records.nextErasureNumber());
    records.erase(
        person.personId(),
        formerEmail,
        erasure.number(),
        erasure.pseudonym(),
        erasure.placeholderEmail());
    audit.pseudonymise(person.personId(), formerEmail, erasure.pseudonym());
    published.publishEvent(
        new PersonErased(
            person.personId(), account.organisationId(), formerEmail, erasure.pseudonym()));
    audit.recordAs(
        person.personId(),
        erasure.pseudonym(),
        account.organisationId(),
        "person.erased",
        "person",
        person.personId(),
        Map.of("erasureNumber", erasure.number(), "requestedBy", "self"));
    return erasure;
  }
}
