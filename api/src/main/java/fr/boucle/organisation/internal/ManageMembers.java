package fr.boucle.organisation.internal;

import fr.boucle.audit.AuditLog;
import fr.boucle.organisation.Commands;
import fr.boucle.organisation.RoleAssignment;
import fr.boucle.organisation.Views;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An organisation's members: their roles and services, (de)activation. Changing either ends the
 * member's sessions; an organisation keeps at least one active administrator.
 */
@Singleton
public class ManageMembers {

  private final People people;
  private final Accounts accounts;
  private final AuditLog audit;

  ManageMembers(People people, Accounts accounts, AuditLog audit) {
    this.people = people;
    this.accounts = accounts;
    this.audit = audit;
  }

  public List<Views.MemberView> members(CurrentUser user) {
    return people.ofOrganisation(user.organisationId());
  }

  public Views.MemberView member(CurrentUser user, UUID id) {
    return members(user).stream()
        .filter(m -> m.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NotFound("Member"));
  }

  @Transactional
  public Views.MemberView changeRoles(CurrentUser admin, UUID memberId, Commands.ChangeRoles c) {
    Views.MemberView before = member(admin, memberId);
    Admins.require(admin);
    Set<UUID> services = c.serviceIds() == null ? Set.of() : c.serviceIds();
    FieldProblems.throwIfAny(
        RoleAssignment.problems(
            admin.organisationKind(),
            c.roles(),
            services,
            services.isEmpty() ? List.of() : accounts.serviceIdsOf(admin.organisationId())));
    Role adminRole = Role.adminOf(admin.organisationKind());
    if (before.roles().contains(adminRole)
        && !c.roles().contains(adminRole)
        && people.activeWithRole(admin.organisationId(), adminRole) <= 1) {
      throw new Forbidden(ProblemCode.LAST_ADMIN);
    }
    accounts.replaceRoles(memberId, c.roles(), services);
    people.endSessions(memberId);
    audit.record(
        admin,
        admin.organisationId(),
        "member.roles-changed",
        "person",
        memberId,
        Map.of("from", sorted(before.roles()), "to", sorted(c.roles())));
    return member(admin, memberId);
  }

  @Transactional
  public Views.MemberView setActive(CurrentUser admin, UUID memberId, boolean active) {
    Views.MemberView before = member(admin, memberId);
    Admins.require(admin);
    Role adminRole = Role.adminOf(admin.organisationKind());
    if (!active
        && before.roles().contains(adminRole)
        && people.activeWithRole(admin.organisationId(), adminRole) <= 1) {
      throw new Forbidden(ProblemCode.LAST_ADMIN);
    }
    people.setActive(memberId, admin.organisationId(), active);
    audit.record(
        admin,
        admin.organisationId(),
        active ? "member.reactivated" : "member.deactivated",
        "person",
        memberId,
        Map.of());
    return member(admin, memberId);
  }

  private static List<String> sorted(Set<Role> roles) {
    return roles.stream().map(Enum::name).sorted().toList();
  }
}
