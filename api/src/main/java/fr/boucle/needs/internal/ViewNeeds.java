package fr.boucle.needs.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.needs.NeedKind;
import fr.boucle.needs.NeedStatus;
import fr.boucle.needs.NeedViews;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Page;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The board: the needs a caller may see, one page at a time, and one need in full. */
@Singleton
public class ViewNeeds {

  /** Sort keys of the board and their SQL. */
  private static final Map<String, String> SORTS =
      Map.of(
          "closingDate", "n.closing_date",
          "createdAt", "n.created_at",
          "title", "n.title",
          "quantity", "n.quantity");

  private final Needs needs;
  private final Answers answers;
  private final NeedAccess access;
  private final NeedCards cards;
  private final AgreementLots lots;

  ViewNeeds(Needs needs, Answers answers, NeedAccess access, NeedCards cards, AgreementLots lots) {
    this.needs = needs;
    this.answers = answers;
    this.access = access;
    this.cards = cards;
    this.lots = lots;
  }

  /** The board's filters as the API takes them. */
  public record Query(
      @Nullable String q,
      @Nullable String category,
      @Nullable String department,
      @Nullable NeedKind kind,
      @Nullable NeedStatus status,
      @Nullable Integer closingWithinDays,
      @Nullable Integer page,
      @Nullable Integer size,
      @Nullable String sort) {}

  public Page<NeedViews.NeedSummary> list(CurrentUser user, Query q, boolean english) {
    NeedAccess.requirePerson(user);
    ValidationFailed.Collector e = new ValidationFailed.Collector();
    String sort = q.sort() == null ? "closingDate" : q.sort();
    String[] parts = sort.split(",", -1);
    String column = SORTS.get(parts[0]);
    boolean desc = parts.length > 1 && parts[1].equalsIgnoreCase("desc");
    if (column == null
        || parts.length > 2
        || (parts.length == 2 && !desc && !parts[1].equalsIgnoreCase("asc"))) {
      e.add("sort", ProblemCode.NEEDS_SORT);
    }
    if (q.closingWithinDays() != null
        && (q.closingWithinDays() < 0 || q.closingWithinDays() > 366)) {
      e.add("closingWithinDays", ProblemCode.FIELD_BETWEEN, "min", 0, "max", 366);
    }
    if (q.department() != null
        && !q.department().matches("(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])")) {
      e.add("department", ProblemCode.FIELD_DEPARTMENT);
    }
    e.throwIfAny();
    LocalDate today = NeedAccess.today();
    Needs.Scope scope =
        user.isBuyer()
            ? new Needs.Scope(user.organisationId(), null, false, List.of())
            : access.supplierScope(user.organisationId());
    Needs.Filter filter =
        new Needs.Filter(
            q.q(),
            q.category(),
            q.department(),
            q.kind(),
            q.status(),
            q.closingWithinDays() == null ? null : today.plusDays(q.closingWithinDays()));
    int size = Page.clampSize(q.size());
    int page = Page.clampPage(q.page());
    List<Needs.Row> rows =
        needs.page(scope, filter, today, column + (desc ? " DESC" : " ASC"), page, size);
    return new Page<>(
        cards.summaries(user, rows, english), page, size, needs.count(scope, filter, today));
  }

  public NeedViews.NeedDetail detail(CurrentUser user, UUID needId, boolean english) {
    Needs.Row need = access.visible(user, needId);
    NeedViews.NeedSummary summary = cards.summaries(user, List.of(need), english).get(0);
    List<Answers.Row> all = answers.ofNeed(needId);
    Answers.Row mine =
        user.isSupplier()
            ? all.stream().filter(a -> a.involves(user.organisationId())).findFirst().orElse(null)
            : null;
    boolean open = need.openOn(NeedAccess.today());
    String lotLabel = null;
    if (need.lotId() != null && user.isBuyer()) {
      lotLabel =
          lots.summaries(List.of(need.lotId())).stream()
              .findFirst()
              .map(l -> l.agreementReference() + " — lot " + l.number() + " " + l.title())
              .orElse(null);
    }
    return new NeedViews.NeedDetail(
        summary,
        need.description(),
        user.isBuyer() ? need.lotId() : null,
        lotLabel,
        need.cancelReason(),
        user.isBuyer() ? need.outcome() : null,
        user.isBuyer() ? need.outcomeAmountCents() : null,
        user.isBuyer() && open && all.isEmpty() && NeedAccess.mayPublishFor(user, need.serviceId()),
        user.isSupplier() && open && mine == null,
        mine == null ? null : mine.id());
  }
}
