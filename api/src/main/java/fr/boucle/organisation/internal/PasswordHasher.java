package fr.boucle.organisation.internal;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

/** Argon2id with OWASP's recommended parameters (19 MiB, 2 passes, 1 lane). */
@Singleton
class PasswordHasher {

  private static final Argon2Function ARGON2 =
      Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
  // Compared against when the e-mail is unknown, so both paths take the same time.
  private static final String DUMMY =
      Password.hash("boucle-timing-equaliser").addRandomSalt(16).with(ARGON2).getResult();

  String hash(String password) {
    return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
  }

  boolean matches(String password, String hash) {
    return Password.check(password, hash == null ? DUMMY : hash).with(ARGON2) && hash != null;
  }
}
