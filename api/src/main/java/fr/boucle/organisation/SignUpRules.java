package fr.boucle.organisation;

import fr.boucle.shared.Siret;
import fr.boucle.shared.security.OrganisationKind;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a sign-up must meet: a valid SIRET not yet registered, a supplier's insertion status (with
 * its proof when the status needs one), a buyer's public-body type, an unused e-mail address and a
 * password the policy accepts.
 */
public final class SignUpRules {

  private SignUpRules() {}

  /** The sign-up's normalised SIRET and e-mail (null when invalid) and every problem found. */
  public record Checked(String siret, EmailAddress email, List<FieldProblem> problems) {}

  public static Checked check(
      SignUpCommand command,
      Predicate<String> siretTaken,
      Predicate<String> emailTaken,
      LocalDate today) {
    SignUpCommand.NewOrganisation o = command.organisation();
    SignUpCommand.NewAdmin a = command.admin();
    List<FieldProblem> problems = new ArrayList<>();
    if (o.kind() == OrganisationKind.OPERATOR) {
      problems.add(new FieldProblem("organisation.kind", ProblemCode.ORGANISATION_KIND));
    }
    String siret = null;
    try {
      siret = Siret.of(o.siret()).value();
      if (siretTaken.test(siret)) {
        problems.add(new FieldProblem("organisation.siret", ProblemCode.SIRET_TAKEN));
      }
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("organisation.siret", ProblemCode.SIRET_INVALID));
    }
    if (o.kind() == OrganisationKind.SUPPLIER) {
      supplierProblems(o, today, problems);
    }
    if (o.kind() == OrganisationKind.BUYER) {
      if (o.publicBodyType() == null) {
        problems.add(
            new FieldProblem("organisation.publicBodyType", ProblemCode.REQUIRED_FOR_BUYER));
      }
      if (o.insertionStatus() != null) {
        problems.add(new FieldProblem("organisation.insertionStatus", ProblemCode.SUPPLIERS_ONLY));
      }
    }
    EmailAddress email = null;
    try {
      email = EmailAddress.of(a.email());
      if (emailTaken.test(email.value())) {
        problems.add(new FieldProblem("admin.email", ProblemCode.EMAIL_TAKEN));
      }
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("admin.email", ProblemCode.EMAIL_INVALID));
    }
    for (Message problem : PasswordPolicy.problems(a.password(), email)) {
      problems.add(new FieldProblem("admin.password", problem));
    }
    return new Checked(siret, email, problems);
  }

  private static void supplierProblems(
      SignUpCommand.NewOrganisation o, LocalDate today, List<FieldProblem> problems) {
    if (o.insertionStatus() == null) {
      problems.add(
          new FieldProblem("organisation.insertionStatus", ProblemCode.REQUIRED_FOR_SUPPLIER));
    } else if (o.insertionStatus().needsProof()) {
      if (o.insertionProofReference() == null || o.insertionProofReference().isBlank()) {
        problems.add(
            new FieldProblem(
                "organisation.insertionProofReference",
                ProblemCode.REQUIRED_FOR_STATUS,
                "status",
                o.insertionStatus()));
      }
      if (o.insertionValidUntil() == null) {
        problems.add(
            new FieldProblem(
                "organisation.insertionValidUntil",
                ProblemCode.REQUIRED_FOR_STATUS,
                "status",
                o.insertionStatus()));
      } else if (o.insertionValidUntil().isBefore(today)) {
        problems.add(
            new FieldProblem("organisation.insertionValidUntil", ProblemCode.DATE_IN_PAST));
      }
    }
    if (o.publicBodyType() != null) {
      problems.add(new FieldProblem("organisation.publicBodyType", ProblemCode.BUYERS_ONLY));
    }
  }
}
