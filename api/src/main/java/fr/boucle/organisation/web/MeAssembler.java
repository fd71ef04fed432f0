package fr.boucle.organisation.web;

import fr.boucle.organisation.Views;
import fr.boucle.organisation.internal.Accounts;
import fr.boucle.organisation.internal.PersonLanguages;
import jakarta.inject.Singleton;

/** Shapes the signed-in person for the app. */
@Singleton
class MeAssembler {

  private final PersonLanguages languages;

  MeAssembler(PersonLanguages languages) {
    this.languages = languages;
  }

  Views.Me of(Accounts.Account a) {
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
        languages.of(a.personId()));
  }
}
