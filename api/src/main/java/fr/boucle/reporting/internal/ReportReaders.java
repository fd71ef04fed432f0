package fr.boucle.reporting.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.organisation.BuyerServices;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who reads which report and over what: the buyer side (the admin and spend:read tokens see the
 * whole organisation, approvers and requesters their services; suppliers get 403), the supplier
 * side (supplier admin and staff), and the checks of the common filters (a period, an agreement or
 * a service of the caller's organisation, else 404).
 */
@Singleton
class ReportReaders {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final long MAX_MONTHS = 60;

  /** A checked period, both days included. */
  record Range(LocalDate from, LocalDate to) {}

  private final BuyerServices services;

  ReportReaders(BuyerServices services) {
    this.services = services;
  }

  /** Refuses anyone but the buyer's people and its spend:read tokens. */
  static void buyerSide(CurrentUser user) {
    if (!user.isBuyer()
        || !(user.hasAnyRole(Role.BUYER_ADMIN, Role.APPROVER, Role.REQUESTER)
            || (user.isApiToken() && user.scopes().contains("spend:read")))) {
      throw new Forbidden(ProblemCode.REPORT_BUYERS);
    }
  }

  static void supplierSide(CurrentUser user) {
    if (!user.isSupplier() || !user.hasAnyRole(Role.SUPPLIER_ADMIN, Role.SUPPLIER_STAFF)) {
      throw new Forbidden(ProblemCode.REPORT_SUPPLIERS);
    }
  }

  /**
   * The services whose spend the caller reads, narrowed to {@code serviceId} when given: null for
   * all of them (admin, token, no filter).
   */
  @Nullable
  Set<UUID> services(CurrentUser user, @Nullable UUID serviceId) {
    boolean all = user.hasRole(Role.BUYER_ADMIN) || user.isApiToken();
    if (serviceId != null) {
      if (services.find(user.organisationId(), serviceId).isEmpty()
          || (!all && !user.serviceIds().contains(serviceId))) {
        throw new NotFound("Service");
      }
      return Set.of(serviceId);
    }
    return all ? null : user.serviceIds();
  }

  /** 404 unless the agreement is one of the buyer's (non-draft) agreements. */
  static void agreementOf(List<AgreementLots.Lot> lots, @Nullable UUID agreementId) {
    if (agreementId != null && lots.stream().noneMatch(l -> l.agreementId().equals(agreementId))) {
      throw new NotFound("Agreement");
    }
  }

  /** The day (Europe/Paris) of an instant, yyyy-mm-dd. */
  static String day(java.time.Instant at) {
    return LocalDate.ofInstant(at, PARIS).toString();
  }

  /** The period asked, by default the last twelve months (this one included). */
  static Range range(@Nullable LocalDate from, @Nullable LocalDate to) {
    LocalDate today = LocalDate.now(PARIS);
    LocalDate end = to == null ? today : to;
    LocalDate start = from == null ? end.minusMonths(11).withDayOfMonth(1) : from;
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    if (start.isAfter(end)) {
      errors.add("from", ProblemCode.FROM_AFTER_PERIOD_END, "end", end);
    } else if (ChronoUnit.MONTHS.between(start, end) >= MAX_MONTHS) {
      errors.add("to", ProblemCode.PERIOD_TOO_LONG_MONTHS, "max", MAX_MONTHS);
    }
    errors.throwIfAny();
    return new Range(start, end);
  }
}
