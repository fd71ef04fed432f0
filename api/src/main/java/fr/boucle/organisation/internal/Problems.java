package fr.boucle.organisation.internal;

import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ProblemException;
import io.micronaut.http.HttpStatus;

/** The named failures of sign-in, sign-up and invitations. */
public final class Problems {

  private Problems() {}

  /** Wrong e-mail or password; deliberately does not say which. */
  public static class InvalidCredentials extends ProblemException {
    public InvalidCredentials() {
      super(HttpStatus.UNAUTHORIZED, ProblemCode.INVALID_CREDENTIALS);
    }
  }

  /** Too many failed sign-ins for this e-mail or address. */
  public static class LoginThrottled extends ProblemException {
    public LoginThrottled() {
      super(HttpStatus.TOO_MANY_REQUESTS, ProblemCode.LOGIN_THROTTLED);
    }
  }

  /** The invitation or reset link is no longer valid. */
  public static class LinkExpired extends ProblemException {
    public LinkExpired(ProblemCode what) {
      super(HttpStatus.GONE, what);
    }
  }

  /** The account is deactivated, or its organisation suspended. */
  public static class AccountDisabled extends ProblemException {
    public AccountDisabled() {
      super(HttpStatus.FORBIDDEN, ProblemCode.ACCOUNT_DISABLED);
    }
  }

  /**
   * The last active administrator of an organisation asked to erase their account: someone else
   * must be made administrator first, or the organisation would be left without one.
   */
  public static class HandOverFirst extends ProblemException {
    public HandOverFirst() {
      super(HttpStatus.CONFLICT, ProblemCode.HAND_OVER_FIRST);
    }
  }

  /**
   * The session may no longer be used (person deactivated, password or roles changed, organisation
   * suspended): the same rule as SessionGuard, for the endpoint that extends a session.
   */
  public static class SessionEnded extends ProblemException {
    public SessionEnded() {
      super(HttpStatus.UNAUTHORIZED, ProblemCode.SESSION_ENDED);
    }
  }
}
