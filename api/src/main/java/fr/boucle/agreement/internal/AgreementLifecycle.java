package fr.boucle.agreement.internal;

import fr.boucle.agreement.AgreementPeriods;
import fr.boucle.agreement.AgreementStatus;
import fr.boucle.agreement.AgreementViews;
import fr.boucle.audit.AuditLog;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.TradingStanding;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * DRAFT → ACTIVE (frozen, each lot's periods opened with their maximum, orderable while in force) →
 * TERMINATED (no new orders; orders already placed go on).
 */
@Singleton
public class AgreementLifecycle {

  private final AgreementAccess access;
  private final Agreements agreements;
  private final Lots lots;
  private final LotPeriods periods;
  private final ViewAgreement views;
  private final TradingStanding standing;
  private final AuditLog audit;

  AgreementLifecycle(
      AgreementAccess access,
      Agreements agreements,
      Lots lots,
      LotPeriods periods,
      ViewAgreement views,
      TradingStanding standing,
      AuditLog audit) {
    this.access = access;
    this.agreements = agreements;
    this.lots = lots;
    this.periods = periods;
    this.views = views;
    this.standing = standing;
    this.audit = audit;
  }

  @Transactional
  public AgreementViews.AgreementView activate(CurrentUser user, UUID id) {
    Agreements.Row a = access.lockOwn(user, id);
    standing.requireTrading(user.organisationId(), "activate a framework agreement");
    if (a.status() != AgreementStatus.DRAFT) {
      throw new AgreementNotEditable(
          Message.of(ProblemCode.AGREEMENT_ACTIVATE_DRAFT_ONLY, "status", a.status()));
    }
    List<LotPeriods.Row> opened = new ArrayList<>();
    for (Lots.Row lot : lots.findByAgreementIdOrderByNumber(id)) {
      for (AgreementPeriods.Period period : a.periods().periods()) {
        opened.add(
            new LotPeriods.Row(
                new LotPeriods.Key(lot.id(), period.index()),
                period.startsOn(),
                period.endsOn(),
                lot.maximumExclVatCents()));
      }
    }
    if (!opened.isEmpty()) {
      periods.saveAll(opened);
    }
    Agreements.Row active = agreements.update(a.withStatus(AgreementStatus.ACTIVE));
    audit.record(user, user.organisationId(), "agreement.activated", "agreement", id, Map.of());
    return views.view(user, active);
  }

  @Transactional
  public AgreementViews.AgreementView terminate(CurrentUser user, UUID id) {
    Agreements.Row a = access.lockOwn(user, id);
    if (a.status() != AgreementStatus.ACTIVE) {
      throw new AgreementNotEditable(
          Message.of(ProblemCode.AGREEMENT_TERMINATE_ACTIVE_ONLY, "status", a.status()));
    }
    Agreements.Row terminated = agreements.update(a.withStatus(AgreementStatus.TERMINATED));
    audit.record(user, user.organisationId(), "agreement.terminated", "agreement", id, Map.of());
    return views.view(user, terminated);
  }
}
