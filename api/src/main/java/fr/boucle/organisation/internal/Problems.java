package fr.boucle.organisation.internal;

import fr.boucle.shared.web.ProblemException;
import io.micronaut.http.HttpStatus;

/** The named failures of sign-in, sign-up and invitations. */
public final class Problems {

  private Problems() {}

  /** Wrong e-mail or password; deliberately does not say which. */
  public static class InvalidCredentials extends ProblemException {
    public InvalidCredentials() {
      super(HttpStatus.UNAUTHORIZED, "E-mail or password is incorrect.");
    }
  }

  /** Too many failed sign-ins for this e-mail or address. */
  public static class LoginThrottled extends ProblemException {
    public LoginThrottled() {
      super(
          HttpStatus.TOO_MANY_REQUESTS,
          "Too many failed sign-in attempts. Wait 15 minutes or reset your password.");
    }
  }

  /** The invitation or reset link is no longer valid. */
  public static class LinkExpired extends ProblemException {
    public LinkExpired(String what) {
      super(HttpStatus.GONE, what + " has expired or was already used. Ask for a new one.");
    }
  }

  /** The account is deactivated, or its organisation suspended. */
  public static class AccountDisabled extends ProblemException {
    public AccountDisabled() {
      super(HttpStatus.FORBIDDEN, "This account is disabled.");
    }
  }

  /**
   * The last active administrator of an organisation asked to erase their account: someone else
   * must be made administrator first, or the organisation would be left without one.
   */
  public static class HandOverFirst extends ProblemException {
    public HandOverFirst() {
      super(
          HttpStatus.CONFLICT,
          "You are your organisation's last active administrator. Make another member"
              + " administrator first, then ask again for your account to be erased.");
    }
  }
}
