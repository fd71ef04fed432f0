package fr.boucle.organisation.internal;

import fr.boucle.audit.AuditLog;
import fr.boucle.organisation.Commands;
import fr.boucle.organisation.DepotUsage;
import fr.boucle.organisation.SiteKind;
import fr.boucle.organisation.Views;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ProblemException;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An organisation's sites: a supplier's depots, a buyer's services. Another organisation's site is
 * a 404, like a missing one; a site still in use is not removed.
 */
@Singleton
public class ManageSites {

  private final Depots depots;
  private final Services services;
  private final People people;
  private final List<DepotUsage> depotUsages;
  private final AuditLog audit;

  ManageSites(
      Depots depots,
      Services services,
      People people,
      List<DepotUsage> depotUsages,
      AuditLog audit) {
    this.depots = depots;
    this.services = services;
    this.people = people;
    this.depotUsages = depotUsages;
    this.audit = audit;
  }

  public List<Views.SiteView> sites(CurrentUser user, SiteKind kind) {
    requireKind(user, kind);
    return switch (kind) {
      case DEPOT ->
          depots.findByOrganisationIdOrderByName(user.organisationId()).stream()
              .map(ManageSites::view)
              .toList();
      case SERVICE ->
          services.findByOrganisationIdOrderByName(user.organisationId()).stream()
              .map(ManageSites::view)
              .toList();
    };
  }

  public Views.SiteView site(CurrentUser user, SiteKind kind, UUID id) {
    requireKind(user, kind);
    Optional<Views.SiteView> found =
        switch (kind) {
          case DEPOT ->
              depots.findByIdAndOrganisationId(id, user.organisationId()).map(ManageSites::view);
          case SERVICE ->
              services.findByIdAndOrganisationId(id, user.organisationId()).map(ManageSites::view);
        };
    return found.orElseThrow(() -> new NotFound(kind.noun()));
  }

  @Transactional
  public Views.SiteView create(CurrentUser admin, SiteKind kind, Commands.SaveSite c) {
    Admins.require(admin);
    requireKind(admin, kind);
    UUID id = UUID.randomUUID();
    switch (kind) {
      case DEPOT -> depots.save(depot(id, admin.organisationId(), c));
      case SERVICE -> services.save(service(id, admin.organisationId(), c));
    }
    audit.record(
        admin,
        admin.organisationId(),
        kind.auditType() + ".created",
        kind.auditType(),
        id,
        Map.of("name", c.name()));
    return site(admin, kind, id);
  }

  @Transactional
  public Views.SiteView update(CurrentUser admin, SiteKind kind, UUID id, Commands.SaveSite c) {
    Views.SiteView before = site(admin, kind, id);
    Admins.require(admin);
    switch (kind) {
      case DEPOT -> depots.update(depot(id, admin.organisationId(), c));
      case SERVICE -> {
        Services.Row after = services.update(service(id, admin.organisationId(), c));
        if (!Objects.equals(before.approvalThresholdCents(), after.approvalThresholdCents())) {
          audit.record(
              admin,
              admin.organisationId(),
              "buyer_service.threshold-changed",
              kind.auditType(),
              id,
              Map.of(
                  "from", before.approvalThresholdCents(), "to", after.approvalThresholdCents()));
        }
      }
    }
    audit.record(
        admin,
        admin.organisationId(),
        kind.auditType() + ".updated",
        kind.auditType(),
        id,
        Map.of("name", c.name()));
    return site(admin, kind, id);
  }

  @Transactional
  public void delete(CurrentUser admin, SiteKind kind, UUID id) {
    site(admin, kind, id);
    Admins.require(admin);
    long uses =
        switch (kind) {
          case DEPOT -> depotUsages.stream().mapToLong(u -> u.uses(id)).sum();
          case SERVICE -> people.inService(id);
        };
    if (uses > 0) {
      throw new ProblemException(
          HttpStatus.CONFLICT,
          kind == SiteKind.DEPOT
              ? Message.of(ProblemCode.DEPOT_HOLDS_LISTINGS, "count", uses)
              : Message.of(ProblemCode.SERVICE_HAS_MEMBERS, "count", uses));
    }
    switch (kind) {
      case DEPOT -> depots.deleteById(id);
      case SERVICE -> services.deleteById(id);
    }
    audit.record(
        admin,
        admin.organisationId(),
        kind.auditType() + ".deleted",
        kind.auditType(),
        id,
        Map.of());
  }

  /** Depots for suppliers, services for buyers: asking for the other kind is a 404. */
  private static void requireKind(CurrentUser user, SiteKind kind) {
    if (!kind.belongsTo(user.organisationKind())) {
      throw new NotFound("Site");
    }
  }

  private static Depots.Row depot(UUID id, UUID organisationId, Commands.SaveSite c) {
    return new Depots.Row(
        id,
        organisationId,
        c.name().trim(),
        c.street().trim(),
        c.postcode(),
        c.city().trim(),
        c.department(),
        c.latitude(),
        c.longitude());
  }

  private static Services.Row service(UUID id, UUID organisationId, Commands.SaveSite c) {
    return new Services.Row(
        id,
        organisationId,
        c.name().trim(),
        c.chorusServiceCode(),
        c.street().trim(),
        c.postcode(),
        c.city().trim(),
        c.department(),
        c.latitude(),
        c.longitude(),
        c.approvalThresholdCents() == null ? 0L : c.approvalThresholdCents());
  }

  private static Views.SiteView view(Depots.Row r) {
    return new Views.SiteView(
        r.id(),
        r.name(),
        r.street(),
        r.postcode(),
        r.city(),
        r.department(),
        r.latitude(),
        r.longitude(),
        null,
        null);
  }

  private static Views.SiteView view(Services.Row r) {
    return new Views.SiteView(
        r.id(),
        r.name(),
        r.street(),
        r.postcode(),
        r.city(),
        r.department(),
        r.latitude(),
        r.longitude(),
        r.chorusServiceCode(),
        r.approvalThresholdCents());
  }
}
