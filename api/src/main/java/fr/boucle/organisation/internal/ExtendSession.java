package fr.boucle.organisation.internal;

import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.NotFound;
import jakarta.inject.Singleton;

/**
 * A person extends their browser session before it ends (RGAA 13.1, time limits the person
 * controls). Only a session still good by SessionGuard's rule is extended (person active, same
 * security stamp, organisation not suspended); the new token is made from the account as it is now.
 * Nothing is recorded: an extension is no sign-in, and no token or cookie is ever logged.
 */
@Singleton
public class ExtendSession {

  private final SignIn accounts;

  ExtendSession(SignIn accounts) {
    this.accounts = accounts;
  }

  /** The account to sign a new session for; a session that may no longer be used is refused. */
  public Accounts.Account account(CurrentUser user) {
    if (user.isApiToken()) {
      throw new NotFound("Person");
    }
    if (!accounts.sessionStillValid(user.personId(), user.securityStamp())) {
      throw new Problems.SessionEnded();
    }
    return accounts.account(user.personId()).orElseThrow(Problems.SessionEnded::new);
  }
}
