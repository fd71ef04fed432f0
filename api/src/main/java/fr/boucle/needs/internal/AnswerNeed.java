package fr.boucle.needs.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.listing.ListingStatus;
import fr.boucle.listing.StockLedger;
import fr.boucle.needs.AnswerKind;
import fr.boucle.needs.NeedCommands;
import fr.boucle.needs.NeedKind;
import fr.boucle.needs.NeedRules;
import fr.boucle.needs.NeedViews;
import fr.boucle.notification.NotificationKind;
import fr.boucle.notification.Notifications;
import fr.boucle.organisation.OrganisationDirectory;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A supplier answers a need it may see while it is open: a proposal of its own listings in stock
 * (priced by the lot's terms for a call-off, by its catalogue price otherwise) and/or a free-text
 * offer with an availability date, alone or with partners; or "not for us". One answer per supplier
 * and need, serialised on the need's row.
 */
@Singleton
public class AnswerNeed {

  private final Needs needs;
  private final Answers answers;
  private final NeedAccess access;
  private final StockLedger stock;
  private final AgreementLots lots;
  private final OrganisationDirectory directory;
  private final NeedAnswers read;
  private final CategoryAncestry ancestry;
  private final Notifications notifications;

  AnswerNeed(
      Needs needs,
      Answers answers,
      NeedAccess access,
      StockLedger stock,
      AgreementLots lots,
      OrganisationDirectory directory,
      NeedAnswers read,
      CategoryAncestry ancestry,
      Notifications notifications) {
    this.needs = needs;
    this.answers = answers;
    this.access = access;
    this.stock = stock;
    this.lots = lots;
    this.directory = directory;
    this.read = read;
    this.ancestry = ancestry;
    this.notifications = notifications;
  }

  @Transactional
  public NeedViews.Answer answer(CurrentUser user, UUID needId, NeedCommands.Answer a) {
    Needs.Row need = lockAnswerable(user, needId);
    UUID supplier = user.organisationId();
    List<NeedCommands.Line> lines = a.lines() == null ? List.of() : a.lines();
    Map<UUID, StockLedger.Listing> listings =
        stock.listings(
            lines.stream()
                .filter(l -> l != null && l.listingId() != null)
                .map(NeedCommands.Line::listingId)
                .toList());
    AgreementLots.Lot lot = callOffLot(need);
    Map<UUID, Long> prices = new HashMap<>();
    NeedRules.checkAnswer(
        a,
        NeedAccess.today(),
        (listingId, quantity) -> {
          StockLedger.Listing l = listings.get(listingId);
          if (l == null || !l.supplierId().equals(supplier)) {
            return Message.of(ProblemCode.NOT_YOUR_LISTING);
          }
          if (l.status() != ListingStatus.PUBLISHED || l.available() < quantity) {
            return Message.of(ProblemCode.ONLY_AVAILABLE, "available", Math.max(0, l.available()));
          }
          Long price = price(lot, l, supplier);
          if (price == null) {
            return Message.of(ProblemCode.LOT_NOT_COVERING_LISTING);
          }
          prices.put(listingId, price);
          return null;
        },
        partner -> !partner.equals(supplier) && partnerMay(partner, need));
    List<Answers.Line> stored = new ArrayList<>();
    for (NeedCommands.Line l : lines) {
      stored.add(
          new Answers.Line(
              stored.size() + 1, l.listingId(), l.quantity(), prices.get(l.listingId())));
    }
    UUID id = UUID.randomUUID();
    answers.insert(
        id,
        needId,
        supplier,
        user.personId(),
        AnswerKind.PROPOSAL,
        a.message() == null ? "" : a.message().strip(),
        a.offer() == null || a.offer().isBlank() ? null : a.offer().strip(),
        a.availableOn(),
        stored,
        a.partnerIds() == null ? List.of() : List.copyOf(a.partnerIds()));
    notifications.notify(
        List.of(need.authorId()),
        NotificationKind.NEED_ANSWERED,
        need.title(),
        "/besoins/" + needId);
    return read.one(user, need, id);
  }

  @Transactional
  public NeedViews.Answer decline(CurrentUser user, UUID needId, NeedCommands.Decline d) {
    Needs.Row need = lockAnswerable(user, needId);
    String message = d.message() == null ? "" : d.message().strip();
    if (message.length() > NeedRules.TEXT_MAX) {
      new fr.boucle.shared.web.ValidationFailed.Collector()
          .add("message", ProblemCode.FIELD_AT_MOST_CHARS, "max", NeedRules.TEXT_MAX)
          .throwIfAny();
    }
    UUID id = UUID.randomUUID();
    answers.insert(
        id,
        needId,
        user.organisationId(),
        user.personId(),
        AnswerKind.NOT_FOR_US,
        message,
        null,
        null,
        List.of(),
        List.of());
    return read.one(user, need, id);
  }

  private Needs.Row lockAnswerable(CurrentUser user, UUID needId) {
    NeedAccess.requireSupplierPerson(user);
    Needs.Row need = needs.lock(needId).orElseThrow(() -> new NotFound("Need"));
    boolean answered = answers.exists(needId, user.organisationId());
    if (!answered && !access.supplierSees(user.organisationId(), need)) {
      throw new NotFound("Need");
    }
    if (!need.openOn(NeedAccess.today())) {
      throw new ProblemException(HttpStatus.CONFLICT, ProblemCode.NEED_CLOSED);
    }
    if (answered) {
      throw new ProblemException(HttpStatus.CONFLICT, ProblemCode.NEED_ALREADY_ANSWERED);
    }
    return need;
  }

  private @Nullable AgreementLots.Lot callOffLot(Needs.Row need) {
    if (need.kind() != NeedKind.CALL_OFF || need.lotId() == null) {
      return null;
    }
    return lots.lotsOf(need.buyerId()).stream()
        .filter(l -> l.lotId().equals(need.lotId()))
        .findFirst()
        .orElse(null);
  }

  /** The unit price excl. VAT a line is proposed at, or null when the call-off's lot refuses it. */
  private @Nullable Long price(
      @Nullable AgreementLots.Lot lot, StockLedger.Listing l, UUID supplier) {
    if (lot == null) {
      return l.priceCents();
    }
    if (!lot.supplierIds().contains(supplier)) {
      return null;
    }
    List<String> chain = ancestry.of(l.categoryId());
    if (!lot.covers(chain)) {
      return null;
    }
    java.util.OptionalLong unit = lot.unitPrice(l.priceCents(), chain);
    return unit.isPresent() ? unit.getAsLong() : null;
  }

  private boolean partnerMay(UUID partner, Needs.Row need) {
    OrganisationDirectory.Entry entry =
        directory.withIds(List.of(partner)).stream().findFirst().orElse(null);
    return entry != null && entry.isActiveSupplier() && access.supplierSees(partner, need);
  }
}
