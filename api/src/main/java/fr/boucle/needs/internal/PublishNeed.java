package fr.boucle.needs.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.needs.NeedCommands;
import fr.boucle.needs.NeedRules;
import fr.boucle.needs.NeedViews;
import fr.boucle.organisation.BuyerServices;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Publishes a need (and tells the suppliers it concerns), and edits it while nobody has answered.
 */
@Singleton
public class PublishNeed {

  private final Needs needs;
  private final BuyerServices services;
  private final AgreementLots lots;
  private final ViewNeeds view;
  private final CategoryAncestry ancestry;
  private final NotifySuppliers notify;
  private final AlertSavedSearches alerts;

  PublishNeed(
      Needs needs,
      BuyerServices services,
      AgreementLots lots,
      ViewNeeds view,
      CategoryAncestry ancestry,
      NotifySuppliers notify,
      AlertSavedSearches alerts) {
    this.needs = needs;
    this.services = services;
    this.lots = lots;
    this.view = view;
    this.ancestry = ancestry;
    this.notify = notify;
    this.alerts = alerts;
  }

  @Transactional
  public NeedViews.NeedDetail publish(CurrentUser user, NeedCommands.Publish p, boolean english) {
    NeedAccess.requirePublisher(user);
    NeedRules.checkPublish(p, NeedAccess.today(), facts(user));
    UUID id = UUID.randomUUID();
    needs.insert(id, user.organisationId(), user.personId(), department(user, p.serviceId()), p);
    NeedViews.NeedDetail published = view.detail(user, id, english);
    Needs.Row row = needs.find(id).orElseThrow();
    notify.published(row, published.summary().buyerName());
    alerts.published(row);
    return published;
  }

  @Transactional
  public NeedViews.NeedDetail edit(
      CurrentUser user, UUID needId, NeedCommands.Publish p, boolean english) {
    NeedAccess.requirePublisher(user);
    Needs.Row need = needs.lock(needId).orElseThrow(() -> new NotFound("Need"));
    if (!need.buyerId().equals(user.organisationId())) {
      throw new NotFound("Need");
    }
    if (!NeedAccess.mayPublishFor(user, need.serviceId())) {
      throw new fr.boucle.shared.web.Forbidden(ProblemCode.NEED_EDIT_FORBIDDEN);
    }
    if (!need.openOn(NeedAccess.today()) || need.answerCount() > 0) {
      throw new ProblemException(
          HttpStatus.CONFLICT,
          need.answerCount() > 0
              ? ProblemCode.NEED_ANSWERED_NOT_EDITABLE
              : ProblemCode.NEED_NOT_OPEN);
    }
    NeedRules.checkPublish(p, NeedAccess.today(), facts(user));
    needs.replace(needId, department(user, p.serviceId()), p);
    return view.detail(user, needId, english);
  }

  private String department(CurrentUser user, UUID serviceId) {
    return services.find(user.organisationId(), serviceId).orElseThrow().department();
  }

  private NeedRules.Facts facts(CurrentUser user) {
    return new NeedRules.Facts() {
      @Override
      public boolean categoryExists(String categoryId) {
        return ancestry.exists(categoryId);
      }

      @Override
      public boolean serviceIsBuyers(UUID serviceId) {
        return services.find(user.organisationId(), serviceId).isPresent()
            && NeedAccess.mayPublishFor(user, serviceId);
      }

      @Override
      public @Nullable Message lotRefusal(UUID lotId, List<String> categoryIds) {
        AgreementLots.Lot lot =
            lots.lotsOf(user.organisationId()).stream()
                .filter(l -> l.lotId().equals(lotId))
                .findFirst()
                .orElse(null);
        if (lot == null) {
          return Message.of(ProblemCode.NOT_YOUR_LOT);
        }
        if (!lot.activeOn(NeedAccess.today())) {
          return Message.of(ProblemCode.LOT_NOT_IN_FORCE);
        }
        for (String category : categoryIds) {
          if (!lot.covers(ancestry.of(category))) {
            return Message.of(ProblemCode.LOT_NOT_COVERING_CATEGORY, "category", category);
          }
        }
        return null;
      }
    };
  }
}
