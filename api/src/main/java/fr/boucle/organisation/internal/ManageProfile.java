package fr.boucle.organisation.internal;

import fr.boucle.audit.AuditLog;
import fr.boucle.organisation.Commands;
import fr.boucle.organisation.InsertionProof;
import fr.boucle.organisation.Views;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.OrganisationKind;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An organisation's own profile. A supplier's changed insertion proof goes back to the operator's
 * review once the organisation was validated.
 */
@Singleton
public class ManageProfile {

  private final Organisations organisations;
  private final AuditLog audit;

  ManageProfile(Organisations organisations, AuditLog audit) {
    this.organisations = organisations;
    this.audit = audit;
  }

  public Views.OrganisationView profile(UUID organisationId) {
    return row(organisationId).view();
  }

  Organisations.Row row(UUID organisationId) {
    return organisations.findById(organisationId).orElseThrow(() -> new NotFound("Organisation"));
  }

  @Transactional
  public Views.OrganisationView update(CurrentUser admin, Commands.UpdateOrganisation c) {
    Admins.require(admin);
    Organisations.Row before = row(admin.organisationId());
    if (c.insertionValidUntil() != null && c.insertionValidUntil().isBefore(LocalDate.now())) {
      new ValidationFailed.Collector()
          .add("insertionValidUntil", ProblemCode.DATE_IN_PAST)
          .throwIfAny();
    }
    boolean supplier = before.kind() == OrganisationKind.SUPPLIER;
    InsertionProof proofBefore = before.proof();
    InsertionProof proofAfter =
        proofBefore.updatedWith(supplier, c.insertionProofReference(), c.insertionValidUntil());
    boolean proofChanged = proofAfter.differsFrom(proofBefore);
    boolean backToReview = InsertionProof.backToReview(proofBefore, proofAfter, before.status());
    organisations.updateProfile(
        admin.organisationId(),
        c.legalForm(),
        c.description(),
        c.contactEmail() == null ? null : c.contactEmail().trim().toLowerCase(),
        c.contactPhone(),
        c.purchasingDepartment(),
        c.departmentsServed() == null
            ? List.of()
            : List.copyOf(new LinkedHashSet<>(c.departmentsServed())),
        supplier ? c.insertionProofReference() : null,
        supplier ? c.insertionValidUntil() : null,
        backToReview);
    audit.record(
        admin,
        admin.organisationId(),
        "organisation.updated",
        "organisation",
        admin.organisationId(),
        proofChanged
            ? Map.of(
                "insertionProof",
                Map.of("before", proofBefore.audited(), "after", proofAfter.audited()),
                "reviewPending",
                backToReview)
            : Map.of());
    return profile(admin.organisationId());
  }
}
