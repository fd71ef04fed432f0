package fr.boucle.organisation.internal;

import fr.boucle.audit.AuditLog;
import fr.boucle.organisation.PersonalData;
import fr.boucle.organisation.PersonalDataSource;
import fr.boucle.shared.web.NotFound;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The copy of everything Boucle holds about the signed-in person (RGPD art. 15): their profile,
 * roles and services, sign-in traces, the API tokens they created (without secrets), the audit
 * entries they did or that concern them, and what they authored in the other areas (orders, needs,
 * answers, messages) with the references that find it again.
 */
@Singleton
public class ExportPersonalData {

  private final PersonalRecords records;
  private final AuditLog audit;
  private final List<PersonalDataSource> sources;
  private final Clock clock;

  ExportPersonalData(
      PersonalRecords records, AuditLog audit, List<PersonalDataSource> sources, Clock clock) {
    this.records = records;
    this.audit = audit;
    this.sources = sources;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.REQUIRED)
  public PersonalData of(UUID personId) {
    PersonalRecords.PersonRow person =
        records.person(personId).orElseThrow(() -> new NotFound("Person"));
    Map<String, List<PersonalDataSource.AuthoredRecord>> authored = new LinkedHashMap<>();
    sources.stream()
        .sorted(Comparator.comparing(PersonalDataSource::section))
        .forEach(s -> authored.put(s.section(), s.authoredBy(personId)));
    return new PersonalData(
        clock.instant(),
        person.profile(),
        records.roles(personId),
        records.services(personId),
        new PersonalData.SignIns(
            person.lastSignedInAt(),
            person.securityStamp(),
            person.inactivityWarnedAt(),
            records.signInFailures(person.profile().email())),
        records.apiTokens(personId),
        audit.about(personId),
        authored);
  }
}
