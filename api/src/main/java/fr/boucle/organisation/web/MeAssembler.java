package fr.boucle.organisation.web;

import fr.boucle.organisation.Views;
import fr.boucle.organisation.internal.Accounts;
import fr.boucle.organisation.internal.PersonLanguages;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Shapes the signed-in person for the app. */
@Singleton
class MeAssembler {

  private final PersonLanguages languages;
  private final Clock clock;

  MeAssembler(PersonLanguages languages, Clock clock) {
    this.languages = languages;
    this.clock = clock;
  }

  /** The person, with when their session ends (null when unknown). */
  Views.Me of(Accounts.Account a, @Nullable Instant sessionEnd) {
    return new Views.Me(
        a.personId(),
        a.email(),
        a.fullName(),
        a.roles(),
        a.serviceIds(),
        a.organisationId(),
        a.organisationName(),
        a.kind(),
        a.organisationStatus(),
        languages.of(a.personId()),
        sessionEnd,
        sessionEnd == null
            ? null
            : Math.max(0, Duration.between(clock.instant(), sessionEnd).toSeconds()));
  }
}
