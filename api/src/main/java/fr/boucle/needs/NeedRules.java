package fr.boucle.needs;

import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The rules a need and an answer must meet, in plain Java: every broken one is named with its
 * field. What needs the database (is the service the buyer's, does the lot cover the categories,
 * are the listings the supplier's and in stock) is asked through the {@link Facts} given.
 */
public final class NeedRules {

  public static final int TITLE_MIN = 3;
  public static final int TITLE_MAX = 160;
  public static final int TEXT_MAX = 5000;
  public static final int MAX_CATEGORIES = 10;
  public static final int MAX_LINES = 50;
  public static final int MAX_PARTNERS = 5;

  private NeedRules() {}

  /** What the rules ask the database about a need. */
  public interface Facts {
    boolean categoryExists(String categoryId);

    /** Whether the service is one of the buyer's. */
    boolean serviceIsBuyers(UUID serviceId);

    /**
     * Why the service cannot call off under this lot for these categories today, or null when it
     * can (the lot is one of the buyer's, in force, and covers every category).
     */
    @Nullable
    Message lotRefusal(UUID lotId, List<String> categoryIds);
  }

  /** Checks a need to publish (or its new content); throws every broken rule at once. */
  public static void checkPublish(NeedCommands.Publish p, LocalDate today, Facts facts) {
    ValidationFailed.Collector e = new ValidationFailed.Collector();
    String title = p.title() == null ? "" : p.title().strip();
    if (title.length() < TITLE_MIN || title.length() > TITLE_MAX) {
      e.add("title", ProblemCode.FIELD_LENGTH, "min", TITLE_MIN, "max", TITLE_MAX);
    }
    if (p.description() != null && p.description().length() > TEXT_MAX) {
      e.add("description", ProblemCode.FIELD_AT_MOST_CHARS, "max", TEXT_MAX);
    }
    List<String> categories = p.categoryIds() == null ? List.of() : p.categoryIds();
    if (categories.isEmpty() || categories.size() > MAX_CATEGORIES) {
      e.add("categoryIds", ProblemCode.CATEGORY_COUNT, "max", MAX_CATEGORIES);
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < categories.size(); i++) {
      String id = categories.get(i);
      if (id == null || !facts.categoryExists(id)) {
        e.add("categoryIds[" + i + "]", ProblemCode.NOT_A_CATEGORY);
      } else if (!seen.add(id)) {
        e.add("categoryIds[" + i + "]", ProblemCode.GIVEN_TWICE);
      }
    }
    if (p.quantity() == null || p.quantity() <= 0) {
      e.add("quantity", ProblemCode.FIELD_AT_LEAST, "min", 1);
    } else if (p.quantity() > 100_000) {
      e.add("quantity", ProblemCode.FIELD_MAX, "max", 100000);
    }
    if (p.serviceId() == null) {
      e.add("serviceId", ProblemCode.DELIVERY_SERVICE_REQUIRED);
    } else if (!facts.serviceIsBuyers(p.serviceId())) {
      e.add("serviceId", ProblemCode.NOT_YOUR_SERVICE);
    }
    if (p.closingDate() == null) {
      e.add("closingDate", ProblemCode.FIELD_REQUIRED);
    } else if (p.closingDate().isBefore(today)) {
      e.add("closingDate", ProblemCode.DATE_IN_PAST);
    } else if (p.closingDate().isAfter(today.plusYears(1))) {
      e.add("closingDate", ProblemCode.DATE_WITHIN_A_YEAR);
    }
    if (p.targetDate() != null && p.targetDate().isBefore(today)) {
      e.add("targetDate", ProblemCode.DATE_IN_PAST);
    }
    checkMoney(e, "budgetMinCents", p.budgetMinCents());
    checkMoney(e, "budgetMaxCents", p.budgetMaxCents());
    if (p.budgetMinCents() != null
        && p.budgetMaxCents() != null
        && p.budgetMinCents() > p.budgetMaxCents()) {
      e.add("budgetMaxCents", ProblemCode.BUDGET_BELOW_MINIMUM);
    }
    if (p.visibility() == null) {
      e.add(
          "visibility",
          ProblemCode.REQUIRED_ONE_OF,
          "values",
          "ALL_SUPPLIERS, DEPARTMENT or INSERTION_ONLY");
    }
    if (p.kind() == null) {
      e.add("kind", ProblemCode.REQUIRED_ONE_OF, "values", "CALL_OFF, QUOTE or SOURCING");
    } else if (p.kind() == NeedKind.CALL_OFF) {
      if (p.lotId() == null) {
        e.add("lotId", ProblemCode.CALL_OFF_LOT_REQUIRED);
      } else if (!e.has("serviceId") && !e.has("categoryIds")) {
        Message refusal = facts.lotRefusal(p.lotId(), categories);
        if (refusal != null) {
          e.add("lotId", refusal);
        }
      }
    } else if (p.lotId() != null) {
      e.add("lotId", ProblemCode.LOT_FOR_CALL_OFF_ONLY);
    }
    e.throwIfAny();
  }

  /**
   * Checks an answer's shape; {@code listingOk} names why a line's listing is refused (or null).
   */
  public static void checkAnswer(
      NeedCommands.Answer a,
      LocalDate today,
      BiFunction<UUID, Integer, Message> listingRefusal,
      Predicate<UUID> partnerOk) {
    ValidationFailed.Collector e = new ValidationFailed.Collector();
    String message = a.message() == null ? "" : a.message().strip();
    String offer = a.offer() == null ? "" : a.offer().strip();
    List<NeedCommands.Line> lines = a.lines() == null ? List.of() : a.lines();
    if (message.length() > TEXT_MAX) {
      e.add("message", ProblemCode.FIELD_AT_MOST_CHARS, "max", TEXT_MAX);
    }
    if (offer.length() > TEXT_MAX) {
      e.add("offer", ProblemCode.FIELD_AT_MOST_CHARS, "max", TEXT_MAX);
    }
    if (lines.isEmpty() && offer.isEmpty()) {
      e.add("lines", ProblemCode.ANSWER_EMPTY);
    }
    if (lines.size() > MAX_LINES) {
      e.add("lines", ProblemCode.TOO_MANY_LISTINGS, "max", MAX_LINES);
    }
    if (a.availableOn() != null && a.availableOn().isBefore(today)) {
      e.add("availableOn", ProblemCode.DATE_IN_PAST);
    }
    if (!offer.isEmpty() && lines.isEmpty() && a.availableOn() == null) {
      e.add("availableOn", ProblemCode.AVAILABLE_ON_REQUIRED);
    }
    Set<UUID> listings = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      NeedCommands.Line line = lines.get(i);
      if (line == null || line.listingId() == null) {
        e.add("lines[" + i + "].listingId", ProblemCode.FIELD_REQUIRED);
        continue;
      }
      if (line.quantity() == null || line.quantity() <= 0) {
        e.add("lines[" + i + "].quantity", ProblemCode.FIELD_AT_LEAST, "min", 1);
        continue;
      }
      if (!listings.add(line.listingId())) {
        e.add("lines[" + i + "].listingId", ProblemCode.GIVEN_TWICE);
        continue;
      }
      Message refusal = listingRefusal.apply(line.listingId(), line.quantity());
      if (refusal != null) {
        e.add("lines[" + i + "].listingId", refusal);
      }
    }
    List<UUID> partners = a.partnerIds() == null ? List.of() : a.partnerIds();
    if (partners.size() > MAX_PARTNERS) {
      e.add("partnerIds", ProblemCode.TOO_MANY_PARTNERS, "max", MAX_PARTNERS);
    }
    Set<UUID> seenPartners = new HashSet<>();
    for (int i = 0; i < partners.size(); i++) {
      UUID partner = partners.get(i);
      if (partner == null || !seenPartners.add(partner) || !partnerOk.test(partner)) {
        e.add("partnerIds[" + i + "]", ProblemCode.PARTNER_NOT_ELIGIBLE);
      }
    }
    e.throwIfAny();
  }

  private static void checkMoney(ValidationFailed.Collector e, String field, @Nullable Long cents) {
    if (cents != null && (cents < 0 || cents > 100_000_000_00L)) {
      e.add(field, ProblemCode.AMOUNT_CENTS_RANGE);
    }
  }
}
