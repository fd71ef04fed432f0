package fr.boucle.shared.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock of the jobs and use cases that decide by age (retention, erasure dates): the system's,
 * replaced in tests by one the test moves.
 */
@Factory
class Clocks {

  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
