package fr.boucle.organisation.internal;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ServiceUnavailable;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Argon2id with OWASP's recommended parameters (19 MiB, 2 passes, 1 lane). Each hash holds 19 MiB
 * while it runs, so only a few run at once ({@code boucle.security.password-hashing.concurrency},
 * default 2): a burst of sign-ins queues instead of exhausting the heap, and one that waits longer
 * than {@code ...wait} is told to try again (503 with Retry-After).
 */
@Singleton
class PasswordHasher {

  private static final Argon2Function ARGON2 =
      Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
  // Compared against when the e-mail is unknown, so both paths take the same time.
  private static final String DUMMY =
      Password.hash("boucle-timing-equaliser").addRandomSalt(16).with(ARGON2).getResult();

  private final Semaphore permits;
  private final Duration wait;

  PasswordHasher(
      @Value("${boucle.security.password-hashing.concurrency:2}") int concurrency,
      @Value("${boucle.security.password-hashing.wait:10s}") Duration wait) {
    this.permits = new Semaphore(Math.max(1, concurrency), true);
    this.wait = wait;
  }

  String hash(String password) {
    return bounded(() -> Password.hash(password).addRandomSalt(16).with(ARGON2).getResult());
  }

  boolean matches(String password, String hash) {
    return bounded(() -> Password.check(password, hash == null ? DUMMY : hash).with(ARGON2))
        && hash != null;
  }

  private <T> T bounded(Supplier<T> work) {
    boolean acquired;
    try {
      acquired = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      acquired = false;
    }
    if (!acquired) {
      throw new ServiceUnavailable(ProblemCode.TOO_MANY_SIGN_INS, 2);
    }
    try {
      return work.get();
    } finally {
      permits.release();
    }
  }
}
