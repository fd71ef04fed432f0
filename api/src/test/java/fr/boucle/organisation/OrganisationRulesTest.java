package fr.boucle.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.shared.security.OrganisationKind;
import fr.boucle.shared.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrganisationRulesTest {

  private static final UUID OWN_SERVICE = UUID.randomUUID();

  @Test
  void refusesRolesOfAnotherKindAndRequestersWithoutAService() {
    assertThat(
            RoleAssignment.problems(
                OrganisationKind.BUYER,
                Set.of(Role.SUPPLIER_STAFF, Role.REQUESTER),
                Set.of(),
                List.of(OWN_SERVICE)))
        .extracting(FieldProblem::field)
        .containsExactly("roles", "serviceIds");
  }

  @Test
  void refusesAnotherOrganisationsService() {
    UUID foreign = UUID.randomUUID();
    assertThat(
            RoleAssignment.problems(
                OrganisationKind.BUYER,
                Set.of(Role.APPROVER),
                Set.of(foreign),
                List.of(OWN_SERVICE)))
        .containsExactly(
            new FieldProblem(
                "serviceIds",
                fr.boucle.shared.web.ProblemCode.SERVICE_NOT_YOURS,
                "service",
                foreign));
    assertThat(
            RoleAssignment.problems(
                OrganisationKind.BUYER,
                Set.of(Role.APPROVER),
                Set.of(OWN_SERVICE),
                List.of(OWN_SERVICE)))
        .isEmpty();
  }

  @Test
  void anInvitationIsUsableOnlyWhilePending() {
    Instant now = Instant.parse("2026-06-01T10:00:00Z");
    Instant later = now.plusSeconds(3600);
    assertThat(InvitationState.of(null, null, later, now)).isEqualTo(InvitationState.PENDING);
    assertThat(InvitationState.of(now, null, later, now)).isEqualTo(InvitationState.ACCEPTED);
    assertThat(InvitationState.of(null, now, later, now)).isEqualTo(InvitationState.REVOKED);
    assertThat(InvitationState.of(null, null, now.minusSeconds(1), now))
        .isEqualTo(InvitationState.EXPIRED);
    assertThat(InvitationState.EXPIRED.usable()).isFalse();
  }

  @Test
  void aChangedProofGoesBackToReviewOnceTheOrganisationWasValidated() {
    InsertionProof before = new InsertionProof("AGR-1", LocalDate.of(2027, 1, 1));
    InsertionProof after = before.updatedWith(true, "AGR-2", null);
    assertThat(after).isEqualTo(new InsertionProof("AGR-2", LocalDate.of(2027, 1, 1)));
    assertThat(InsertionProof.backToReview(before, after, OrganisationStatus.ACTIVE)).isTrue();
    assertThat(InsertionProof.backToReview(before, after, OrganisationStatus.PENDING)).isFalse();
    assertThat(before.updatedWith(false, "AGR-2", null)).isEqualTo(before);
  }

  @Test
  void aBuyerTokenMayNotWriteStock() {
    assertThat(TokenScopes.problems(OrganisationKind.BUYER, Set.of("stock:write", "spend:read")))
        .extracting(FieldProblem::field)
        .containsExactly("scopes");
    assertThat(TokenScopes.problems(OrganisationKind.SUPPLIER, Set.of("stock:write"))).isEmpty();
  }

  @Test
  void depotsBelongToSuppliersAndServicesToBuyers() {
    assertThat(SiteKind.DEPOT.belongsTo(OrganisationKind.SUPPLIER)).isTrue();
    assertThat(SiteKind.DEPOT.belongsTo(OrganisationKind.BUYER)).isFalse();
    assertThat(SiteKind.SERVICE.belongsTo(OrganisationKind.BUYER)).isTrue();
    assertThat(SiteKind.SERVICE.belongsTo(OrganisationKind.OPERATOR)).isFalse();
  }

  @Test
  void aSupplierSignUpNeedsItsInsertionProofAndAFreeSiret() {
    SignUpCommand command =
        new SignUpCommand(
            new SignUpCommand.NewOrganisation(
                OrganisationKind.SUPPLIER,
                "Atelier Vélo",
                "73282932000074",
                null,
                InsertionStatus.SIAE_ACI,
                null,
                LocalDate.of(2020, 1, 1),
                PublicBodyType.COMMUNE),
            new SignUpCommand.NewAdmin(
                "Awa Diallo", "awa@atelier.test", "atelier-velo-2026-solide"));
    assertThat(
            SignUpRules.check(command, siret -> true, email -> false, LocalDate.of(2026, 6, 1))
                .problems())
        .extracting(FieldProblem::field)
        .containsExactly(
            "organisation.siret",
            "organisation.insertionProofReference",
            "organisation.insertionValidUntil",
            "organisation.publicBodyType");
  }
}
