package fr.boucle.organisation.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;

/** Creates the platform operator's account named by configuration, when it does not exist yet. */
@Singleton
@Requires(property = "boucle.operator.email", pattern = ".+@.+")
class OperatorBootstrap implements ApplicationEventListener<StartupEvent> {

  private final ProvisionOperator accounts;
  private final String email;
  private final String password;

  OperatorBootstrap(
      ProvisionOperator accounts,
      @Value("${boucle.operator.email}") String email,
      @Value("${boucle.operator.password}") String password) {
    this.accounts = accounts;
    this.email = email;
    this.password = password;
  }

  @Override
  public void onApplicationEvent(StartupEvent event) {
    accounts.ensure(email, password);
  }
}
