package fr.boucle.listing.internal;

import fr.boucle.shared.security.CurrentUser;

/** How the ledger and the change feed name who made a change. */
final class Actors {

  private Actors() {}

  static String of(CurrentUser user) {
    return user.isApiToken() ? "API: " + user.label() : user.label();
  }
}
