package fr.boucle.organisation.internal;

import fr.boucle.organisation.OrganisationStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Password sign-in (failures counted, too many refused for a while), the signed-in account, and the
 * end of a person's sessions.
 */
@Singleton
public class SignIn {

  private final Accounts accounts;
  private final People people;
  private final PasswordHasher hasher;
  private final LoginThrottle throttle;
  private final PersonalRecords records;
  private final Clock clock;

  SignIn(
      Accounts accounts,
      People people,
      PasswordHasher hasher,
      LoginThrottle throttle,
      PersonalRecords records,
      Clock clock) {
    this.accounts = accounts;
    this.people = people;
    this.hasher = hasher;
    this.throttle = throttle;
    this.records = records;
    this.clock = clock;
  }

  /** Checks a password sign-in, counting failures; answers the account to open a session for. */
  @Transactional(dontRollbackOn = Problems.InvalidCredentials.class)
  public Accounts.Account authenticate(String rawEmail, String password, String clientIp) {
    String email = rawEmail == null ? "" : rawEmail.trim().toLowerCase(Locale.ROOT);
    if (throttle.isThrottled(email, clientIp)) {
      throw new Problems.LoginThrottled();
    }
    Optional<Accounts.Account> account = accounts.byEmail(email);
    boolean ok =
        hasher.matches(
            password == null ? "" : password,
            account.map(Accounts.Account::passwordHash).orElse(null));
    if (!ok) {
      throttle.recordFailure(email, clientIp);
      throw new Problems.InvalidCredentials();
    }
    Accounts.Account found = account.get();
    if (!found.active() || found.organisationStatus() == OrganisationStatus.SUSPENDED) {
      throw new Problems.AccountDisabled();
    }
    throttle.clear(email);
    records.signedIn(found.personId(), clock.instant());
    return found;
  }

  public Optional<Accounts.Account> account(UUID personId) {
    return accounts.byId(personId);
  }

  /** Signing out ends the person's sessions on the server, not only the browser's cookie. */
  public void endSessions(UUID personId) {
    people.endSessions(personId);
  }

  /** Whether a session issued with this stamp is still good (person active, org not suspended). */
  public boolean sessionStillValid(UUID personId, int stamp) {
    return people.sessionStillValid(personId, stamp);
  }
}
