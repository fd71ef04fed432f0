package fr.boucle.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountStatusTest {

  @Test
  void isNotStartedWithoutAnAccount() {
    assertThat(AccountStatus.of(false, false, false, false, 0))
        .isEqualTo(AccountStatus.NOT_STARTED);
  }

  @Test
  void isPendingWhileOnboardingIsUnfinished() {
    assertThat(AccountStatus.of(true, false, false, false, 6)).isEqualTo(AccountStatus.PENDING);
    assertThat(AccountStatus.of(true, false, false, true, 0)).isEqualTo(AccountStatus.PENDING);
  }

  @Test
  void isEnabledWithChargesAndPayoutsAndNothingDue() {
    assertThat(AccountStatus.of(true, true, true, true, 0)).isEqualTo(AccountStatus.ENABLED);
  }

  @Test
  void saysRequirementsAreDueOnceSubmittedOrCharging() {
    assertThat(AccountStatus.of(true, false, false, true, 2))
        .isEqualTo(AccountStatus.REQUIREMENTS_DUE);
    assertThat(AccountStatus.of(true, true, true, true, 1))
        .isEqualTo(AccountStatus.REQUIREMENTS_DUE);
  }
}
