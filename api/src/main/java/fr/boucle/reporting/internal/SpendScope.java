package fr.boucle.reporting.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.organisation.BuyerServices;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who reads which spend: the buyer admin and API tokens with spend:read the whole organisation,
 * approvers and requesters the services they belong to (as {@code GET /api/spend}); suppliers are
 * refused. Another organisation's agreement or service in a filter is a 404, like a missing one.
 */
@Singleton
class SpendScope {

  /**
   * What a report covers: the buyer, its lot periods (of the agreement asked for, if any), and the
   * services whose spend counts (null: every service).
   */
  record Scope(
      UUID buyerId,
      List<AgreementLots.LotPeriod> periods,
      @Nullable Set<UUID> serviceIds,
      boolean agreementFiltered) {

    List<UUID> lotIds() {
      return periods.stream().map(AgreementLots.LotPeriod::lotId).distinct().toList();
    }
  }

  private final AgreementLots lots;
  private final BuyerServices services;

  SpendScope(AgreementLots lots, BuyerServices services) {
    this.lots = lots;
    this.services = services;
  }

  Scope of(CurrentUser user, @Nullable UUID agreementId, @Nullable UUID serviceId) {
    UUID buyerId = requireReader(user);
    boolean everything = seesEveryService(user);
    Set<UUID> serviceIds = everything ? null : Set.copyOf(user.serviceIds());
    if (serviceId != null) {
      if (services.find(buyerId, serviceId).isEmpty()
          || (serviceIds != null && !serviceIds.contains(serviceId))) {
        throw new NotFound("Service");
      }
      serviceIds = Set.of(serviceId);
    }
    List<AgreementLots.LotPeriod> periods = lots.periodsOf(buyerId);
    if (agreementId != null) {
      periods = periods.stream().filter(p -> p.agreementId().equals(agreementId)).toList();
      if (periods.isEmpty()) {
        throw new NotFound("Agreement");
      }
    }
    return new Scope(buyerId, periods, serviceIds, agreementId != null);
  }

  /** The buyer organisation of a reader of its spend; 403 for anybody else. */
  static UUID requireReader(CurrentUser user) {
    if (!user.isBuyer()
        || !(user.hasAnyRole(Role.BUYER_ADMIN, Role.APPROVER, Role.REQUESTER)
            || (user.isApiToken() && user.scopes().contains("spend:read")))) {
      throw new Forbidden(ProblemCode.FRAMEWORK_SPEND_BUYERS);
    }
    return user.organisationId();
  }

  static boolean seesEveryService(CurrentUser user) {
    return user.isApiToken() || user.hasRole(Role.BUYER_ADMIN);
  }
}
