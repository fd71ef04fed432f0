package fr.boucle.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.OrganisationKind;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgreementAudienceTest {

  private static final UUID BUYER = UUID.randomUUID();
  private static final UUID SUPPLIER = UUID.randomUUID();

  @Test
  void showsTheBuyerAdministratorDraftsButNotTheBuyerOtherPeople() {
    AgreementAudience admin =
        AgreementAudience.of(person(BUYER, OrganisationKind.BUYER, "BUYER_ADMIN"));
    AgreementAudience requester =
        AgreementAudience.of(person(BUYER, OrganisationKind.BUYER, "REQUESTER"));
    assertThat(admin.sees(BUYER, AgreementStatus.DRAFT, false)).isTrue();
    assertThat(requester.sees(BUYER, AgreementStatus.DRAFT, false)).isFalse();
    assertThat(requester.sees(BUYER, AgreementStatus.ACTIVE, false)).isTrue();
    assertThat(admin.sees(UUID.randomUUID(), AgreementStatus.ACTIVE, false)).isFalse();
  }

  @Test
  void showsASupplierOnlyTheNonDraftAgreementsWhereItIsAwardedALot() {
    AgreementAudience staff =
        AgreementAudience.of(person(SUPPLIER, OrganisationKind.SUPPLIER, "SUPPLIER_STAFF"));
    assertThat(staff.seesOnlyItsLots()).isTrue();
    assertThat(staff.sees(BUYER, AgreementStatus.ACTIVE, true)).isTrue();
    assertThat(staff.sees(BUYER, AgreementStatus.ACTIVE, false)).isFalse();
    assertThat(staff.sees(BUYER, AgreementStatus.DRAFT, true)).isFalse();
  }

  @Test
  void showsApiTokensNothing() {
    CurrentUser token =
        new CurrentUser(
            null,
            BUYER,
            OrganisationKind.BUYER,
            Set.of("API_TOKEN"),
            Set.of(),
            "API token ERP",
            UUID.randomUUID(),
            Set.of("orders:read"),
            0);
    assertThat(AgreementAudience.of(token).sees(BUYER, AgreementStatus.ACTIVE, true)).isFalse();
  }

  private static CurrentUser person(UUID organisation, OrganisationKind kind, String role) {
    return new CurrentUser(
        UUID.randomUUID(),
        organisation,
        kind,
        Set.of(role),
        Set.of(),
        "someone",
        null,
        Set.of(),
        0);
  }
}
