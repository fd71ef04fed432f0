package fr.boucle.organisation;

import fr.boucle.shared.security.OrganisationKind;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.ProblemCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The roles a person may be given: at least one, each a role of the organisation's kind; requesters
 * and approvers belong to at least one service, and only to the organisation's own.
 */
public final class RoleAssignment {

  private RoleAssignment() {}

  public static List<FieldProblem> problems(
      OrganisationKind kind,
      Set<Role> roles,
      Set<UUID> serviceIds,
      Collection<UUID> organisationServices) {
    List<FieldProblem> problems = new ArrayList<>();
    if (roles == null || roles.isEmpty()) {
      problems.add(new FieldProblem("roles", ProblemCode.ROLES_REQUIRED));
      return problems;
    }
    for (Role role : roles) {
      if (role.organisationKind() != kind) {
        problems.add(
            new FieldProblem(
                "roles",
                ProblemCode.ROLE_NOT_OF_KIND,
                "role",
                role,
                "kind",
                kind.name().toLowerCase()));
      }
    }
    boolean serviceBound = roles.stream().anyMatch(Role::isServiceBound);
    if (serviceBound && (serviceIds == null || serviceIds.isEmpty())) {
      problems.add(new FieldProblem("serviceIds", ProblemCode.SERVICE_REQUIRED_FOR_ROLE));
    }
    if (serviceIds != null) {
      for (UUID service : serviceIds) {
        if (!organisationServices.contains(service)) {
          problems.add(
              new FieldProblem("serviceIds", ProblemCode.SERVICE_NOT_YOURS, "service", service));
        }
      }
    }
    return problems;
  }
}
