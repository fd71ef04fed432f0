package fr.boucle.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.organisation.OrganisationStatus;
import fr.boucle.organisation.internal.OidcAccountMapper.Decision;
import fr.boucle.organisation.internal.OidcAccountMapper.Refusal;
import fr.boucle.shared.security.OrganisationKind;
import fr.boucle.shared.security.Role;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OidcAccountMapperTest {

  private static final String SUBJECT = "proconnect:agent-42";
  private static final String EMAIL = "agent@departement.test";

  @Test
  void aVerifiedEmailFindsAnUnboundAccountAndBindsTheSubject() {
    Accounts.Account unbound = account(null, true, OrganisationStatus.ACTIVE);
    assertThat(decide(true, Optional.empty(), Optional.of(unbound)))
        .isEqualTo(new Decision.SignIn(unbound, true));
  }

  @Test
  void aMissingEmailVerifiedClaimCountsAsNotVerified() {
    Accounts.Account unbound = account(null, true, OrganisationStatus.ACTIVE);
    assertThat(decide(null, Optional.empty(), Optional.of(unbound)))
        .isEqualTo(new Decision.Refused(Refusal.EMAIL_NOT_VERIFIED));
    assertThat(decide(false, Optional.empty(), Optional.of(unbound)))
        .isEqualTo(new Decision.Refused(Refusal.EMAIL_NOT_VERIFIED));
  }

  @Test
  void anAccountBoundToAnotherSubjectIsRefused() {
    Accounts.Account bound = account("proconnect:someone-else", true, OrganisationStatus.ACTIVE);
    assertThat(decide(true, Optional.empty(), Optional.of(bound)))
        .isEqualTo(new Decision.Refused(Refusal.BOUND_TO_ANOTHER_IDENTITY));
  }

  @Test
  void theBoundSubjectSignsInWhateverEmailItSends() {
    Accounts.Account bound = account(SUBJECT, true, OrganisationStatus.ACTIVE);
    assertThat(
            OidcAccountMapper.decide(
                SUBJECT, "autre@ministere.test", null, Optional.of(bound), Optional.empty()))
        .isEqualTo(new Decision.SignIn(bound, false));
  }

  @Test
  void anIdentityWithoutAccountOrEmailIsRefused() {
    assertThat(decide(true, Optional.empty(), Optional.empty()))
        .isEqualTo(new Decision.Refused(Refusal.NO_ACCOUNT));
    assertThat(OidcAccountMapper.decide(SUBJECT, null, true, Optional.empty(), Optional.empty()))
        .isEqualTo(new Decision.Refused(Refusal.NO_EMAIL));
  }

  @Test
  void aDisabledPersonOrSuspendedOrganisationIsRefused() {
    assertThat(
            decide(
                true,
                Optional.of(account(SUBJECT, false, OrganisationStatus.ACTIVE)),
                Optional.empty()))
        .isEqualTo(new Decision.Refused(Refusal.DISABLED));
    assertThat(
            decide(
                true,
                Optional.empty(),
                Optional.of(account(null, true, OrganisationStatus.SUSPENDED))))
        .isEqualTo(new Decision.Refused(Refusal.DISABLED));
  }

  private static Decision decide(
      Boolean emailVerified,
      Optional<Accounts.Account> bySubject,
      Optional<Accounts.Account> byEmail) {
    return OidcAccountMapper.decide(SUBJECT, EMAIL, emailVerified, bySubject, byEmail);
  }

  private static Accounts.Account account(
      String oidcSubject, boolean active, OrganisationStatus status) {
    return new Accounts.Account(
        UUID.randomUUID(),
        EMAIL,
        "Agent Départemental",
        null,
        active,
        0,
        UUID.randomUUID(),
        "Département Test",
        OrganisationKind.BUYER,
        status,
        Set.of(Role.BUYER_ADMIN),
        Set.of(),
        oidcSubject);
  }
}
