package fr.boucle.needs.internal;

import fr.boucle.needs.NeedAudience;
import fr.boucle.organisation.OrganisationDirectory;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who may see and do what on the needs board. A buyer's people see all their organisation's needs;
 * the buyer admin publishes for any service, a requester for its own services. A supplier's people
 * see the open needs their reach admits and those they answered. Another organisation's need, and
 * one a supplier may not see, is not found (404). API tokens have no access to the board.
 */
@Singleton
class NeedAccess {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final Needs needs;
  private final Answers answers;
  private final OrganisationDirectory directory;

  NeedAccess(Needs needs, Answers answers, OrganisationDirectory directory) {
    this.needs = needs;
    this.answers = answers;
    this.directory = directory;
  }

  static LocalDate today() {
    return LocalDate.now(PARIS);
  }

  /** A person of a buyer or a supplier; tokens and operators are refused. */
  static void requirePerson(CurrentUser user) {
    if (user.isApiToken() || !(user.isBuyer() || user.isSupplier())) {
      throw new Forbidden(ProblemCode.NEEDS_BOARD_PEOPLE_ONLY);
    }
  }

  /** Whether the buyer's person may publish or manage needs delivered to this service. */
  static boolean mayPublishFor(CurrentUser user, UUID serviceId) {
    return user.isBuyer()
        && !user.isApiToken()
        && (user.hasRole(Role.BUYER_ADMIN)
            || (user.hasRole(Role.REQUESTER) && user.serviceIds().contains(serviceId)));
  }

  static void requirePublisher(CurrentUser user) {
    if (!user.isBuyer()
        || user.isApiToken()
        || !user.hasAnyRole(Role.BUYER_ADMIN, Role.REQUESTER)) {
      throw new Forbidden(ProblemCode.NEEDS_PUBLISHERS_ONLY);
    }
  }

  static void requireSupplierPerson(CurrentUser user) {
    if (!user.isSupplier()
        || user.isApiToken()
        || !user.hasAnyRole(Role.SUPPLIER_ADMIN, Role.SUPPLIER_STAFF)) {
      throw new Forbidden(ProblemCode.NEEDS_ANSWERERS_ONLY);
    }
  }

  /** The supplier's reach: its insertion status, the départements it serves, whether active. */
  Needs.Scope supplierScope(UUID supplierId) {
    OrganisationDirectory.Entry entry =
        directory.withIds(List.of(supplierId)).stream().findFirst().orElseThrow();
    boolean insertion =
        entry.insertionStatus() != null && NeedAudience.INSERTION.contains(entry.insertionStatus());
    return new Needs.Scope(null, supplierId, insertion, entry.departmentsServed());
  }

  /** The reach of each of these suppliers that is active, in one look at the directory. */
  Map<UUID, Needs.Scope> activeSupplierScopes(Collection<UUID> supplierIds) {
    Map<UUID, Needs.Scope> scopes = new HashMap<>();
    for (OrganisationDirectory.Entry entry : directory.withIds(List.copyOf(supplierIds))) {
      if (entry.isActiveSupplier()) {
        boolean insertion =
            entry.insertionStatus() != null
                && NeedAudience.INSERTION.contains(entry.insertionStatus());
        scopes.put(
            entry.id(), new Needs.Scope(null, entry.id(), insertion, entry.departmentsServed()));
      }
    }
    return scopes;
  }

  /** The active suppliers among these whose reach admits the need, in one look at the directory. */
  List<UUID> suppliersSeeing(Collection<UUID> supplierIds, Needs.Row need) {
    return directory.withIds(List.copyOf(supplierIds)).stream()
        .filter(e ->
            e.isActiveSupplier()
                && NeedAudience.sees(
                    need.visibility(),
                    need.department(),
                    e.insertionStatus(),
                    e.departmentsServed()))
        .map(OrganisationDirectory.Entry::id)
        .toList();
  }

  /** Whether this supplier (active) may see and answer an open need. */
  boolean supplierSees(UUID supplierId, Needs.Row need) {
    OrganisationDirectory.Entry entry =
        directory.withIds(List.of(supplierId)).stream().findFirst().orElse(null);
    return entry != null
        && entry.isActiveSupplier()
        && NeedAudience.sees(
            need.visibility(),
            need.department(),
            entry.insertionStatus(),
            entry.departmentsServed());
  }

  /** The need if the caller may see it; 404 otherwise. */
  Needs.Row visible(CurrentUser user, UUID needId) {
    requirePerson(user);
    Needs.Row need = needs.find(needId).orElseThrow(() -> new NotFound("Need"));
    if (user.isBuyer()) {
      if (!need.buyerId().equals(user.organisationId())) {
        throw new NotFound("Need");
      }
      return need;
    }
    boolean answered =
        answers.ofNeed(needId).stream().anyMatch(a -> a.involves(user.organisationId()));
    if (answered || (need.openOn(today()) && supplierSees(user.organisationId(), need))) {
      return need;
    }
    throw new NotFound("Need");
  }
}
