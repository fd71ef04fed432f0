package fr.boucle.organisation.internal;

import fr.boucle.audit.AuditLog;
import fr.boucle.organisation.OrganisationStatus;
import fr.boucle.organisation.Views;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.OrganisationKind;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.NotFound;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The operator's queues: organisations by status, and suppliers whose insertion proof changed. */
@Singleton
public class ReviewOrganisations {

  private final Organisations organisations;
  private final ManageProfile profiles;
  private final AuditLog audit;

  ReviewOrganisations(Organisations organisations, ManageProfile profiles, AuditLog audit) {
    this.organisations = organisations;
    this.profiles = profiles;
    this.audit = audit;
  }

  public List<Views.OrganisationView> byStatus(OrganisationStatus status) {
    return organisations
        .findByStatusAndKindNotEqualOrderByCreatedAt(status, OrganisationKind.OPERATOR)
        .stream()
        .map(Organisations.Row::view)
        .toList();
  }

  /** The suppliers whose insertion proof changed since the operator checked it. */
  public List<Views.OrganisationView> proofsToReview(CurrentUser operator) {
    requireOperator(operator);
    return organisations.findByInsertionProofReviewPendingOrderByCreatedAt(true).stream()
        .map(Organisations.Row::view)
        .toList();
  }

  /** The operator has checked the supplier's new insertion proof: reserved lots count it again. */
  @Transactional
  public Views.OrganisationView approveProof(CurrentUser operator, UUID organisationId) {
    requireOperator(operator);
    Organisations.Row before = profiles.row(organisationId);
    if (before.kind() != OrganisationKind.SUPPLIER) {
      throw new NotFound("Organisation");
    }
    organisations.markProofReviewed(organisationId);
    audit.record(
        operator,
        organisationId,
        "organisation.insertion_proof_reviewed",
        "organisation",
        organisationId,
        before.proof().audited());
    return profiles.profile(organisationId);
  }

  static void requireOperator(CurrentUser user) {
    if (!user.hasRole(Role.OPERATOR)) {
      throw new NotFound("Organisation");
    }
  }
}
