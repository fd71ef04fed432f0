package fr.boucle.organisation.internal;

import fr.boucle.organisation.EmailAddress;
import fr.boucle.organisation.PasswordPolicy;
import fr.boucle.organisation.SecretToken;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A forgotten password: a one-hour, one-use link by e-mail, then a new password. */
@Singleton
public class ResetPassword {

  static final Duration VALIDITY = Duration.ofHours(1);
  static final int PER_HOUR = 3;

  private final Accounts accounts;
  private final People people;
  private final PasswordResets resets;
  private final PasswordHasher hasher;
  private final LoginThrottle throttle;
  private final Mailer mailer;
  private final PersonLanguages languages;

  ResetPassword(
      Accounts accounts,
      People people,
      PasswordResets resets,
      PasswordHasher hasher,
      LoginThrottle throttle,
      Mailer mailer,
      PersonLanguages languages) {
    this.accounts = accounts;
    this.people = people;
    this.resets = resets;
    this.hasher = hasher;
    this.throttle = throttle;
    this.mailer = mailer;
    this.languages = languages;
  }

  /** Sends a reset link when the address belongs to an active person; silent otherwise. */
  @Transactional
  public void request(String rawEmail) {
    String email = rawEmail == null ? "" : rawEmail.trim().toLowerCase(Locale.ROOT);
    Optional<Accounts.Account> account = accounts.byEmail(email).filter(Accounts.Account::active);
    if (account.isEmpty()) {
      return;
    }
    UUID personId = account.get().personId();
    // At most a few links an hour: more would only flood the person's mailbox.
    Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
    if (resets.expiringAfter(personId, anHourAgo.plus(VALIDITY)) >= PER_HOUR) {
      return;
    }
    // The newest link is the only good one: older unused links stop working.
    resets.retireUnused(personId);
    SecretToken token = SecretToken.generate("rst_");
    resets.insert(token.hash(), personId, Instant.now().plus(VALIDITY));
    mailer.passwordReset(email, token.value(), languages.of(personId));
  }

  @Transactional
  public void reset(String token, String password) {
    PasswordResets.Reset reset =
        resets
            .lock(SecretToken.hashOf(token == null ? "" : token))
            .orElseThrow(() -> new NotFound("Reset link"));
    if (!reset.usable(Instant.now())) {
      throw new Problems.LinkExpired(ProblemCode.RESET_LINK_EXPIRED);
    }
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    for (Message problem : PasswordPolicy.problems(password, EmailAddress.of(reset.email()))) {
      errors.add("password", problem);
    }
    errors.throwIfAny();
    people.setPassword(reset.personId(), hasher.hash(password));
    resets.markUsed(SecretToken.hashOf(token));
    throttle.clear(reset.email());
  }
}
