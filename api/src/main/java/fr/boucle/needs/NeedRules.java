package fr.boucle.needs;

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
    String lotRefusal(UUID lotId, List<String> categoryIds);
  }

  /** Checks a need to publish (or its new content); throws every broken rule at once. */
  public static void checkPublish(NeedCommands.Publish p, LocalDate today, Facts facts) {
    ValidationFailed.Collector e = new ValidationFailed.Collector();
    String title = p.title() == null ? "" : p.title().strip();
    if (title.length() < TITLE_MIN || title.length() > TITLE_MAX) {
      e.add("title", "between " + TITLE_MIN + " and " + TITLE_MAX + " characters");
    }
    if (p.description() != null && p.description().length() > TEXT_MAX) {
      e.add("description", "at most " + TEXT_MAX + " characters");
    }
    List<String> categories = p.categoryIds() == null ? List.of() : p.categoryIds();
    if (categories.isEmpty() || categories.size() > MAX_CATEGORIES) {
      e.add("categoryIds", "between 1 and " + MAX_CATEGORIES + " categories");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < categories.size(); i++) {
      String id = categories.get(i);
      if (id == null || !facts.categoryExists(id)) {
        e.add("categoryIds[" + i + "]", "unknown category");
      } else if (!seen.add(id)) {
        e.add("categoryIds[" + i + "]", "given twice");
      }
    }
    if (p.quantity() == null || p.quantity() <= 0) {
      e.add("quantity", "must be at least 1");
    } else if (p.quantity() > 100_000) {
      e.add("quantity", "at most 100000");
    }
    if (p.serviceId() == null) {
      e.add("serviceId", "required: the service the goods are delivered to");
    } else if (!facts.serviceIsBuyers(p.serviceId())) {
      e.add("serviceId", "not one of your services");
    }
    if (p.closingDate() == null) {
      e.add("closingDate", "required");
    } else if (p.closingDate().isBefore(today)) {
      e.add("closingDate", "must not be in the past");
    } else if (p.closingDate().isAfter(today.plusYears(1))) {
      e.add("closingDate", "at most one year ahead");
    }
    if (p.targetDate() != null && p.targetDate().isBefore(today)) {
      e.add("targetDate", "must not be in the past");
    }
    checkMoney(e, "budgetMinCents", p.budgetMinCents());
    checkMoney(e, "budgetMaxCents", p.budgetMaxCents());
    if (p.budgetMinCents() != null
        && p.budgetMaxCents() != null
        && p.budgetMinCents() > p.budgetMaxCents()) {
      e.add("budgetMaxCents", "must not be below the minimum budget");
    }
    if (p.visibility() == null) {
      e.add("visibility", "required: ALL_SUPPLIERS, DEPARTMENT or INSERTION_ONLY");
    }
    if (p.kind() == null) {
      e.add("kind", "required: CALL_OFF, QUOTE or SOURCING");
    } else if (p.kind() == NeedKind.CALL_OFF) {
      if (p.lotId() == null) {
        e.add("lotId", "required for a call-off: the lot the order will be placed under");
      } else if (!e.has("serviceId") && !e.has("categoryIds")) {
        String refusal = facts.lotRefusal(p.lotId(), categories);
        if (refusal != null) {
          e.add("lotId", refusal);
        }
      }
    } else if (p.lotId() != null) {
      e.add("lotId", "only a call-off names a lot");
    }
    e.throwIfAny();
  }

  /**
   * Checks an answer's shape; {@code listingOk} names why a line's listing is refused (or null).
   */
  public static void checkAnswer(
      NeedCommands.Answer a,
      LocalDate today,
      BiFunction<UUID, Integer, String> listingRefusal,
      Predicate<UUID> partnerOk) {
    ValidationFailed.Collector e = new ValidationFailed.Collector();
    String message = a.message() == null ? "" : a.message().strip();
    String offer = a.offer() == null ? "" : a.offer().strip();
    List<NeedCommands.Line> lines = a.lines() == null ? List.of() : a.lines();
    if (message.length() > TEXT_MAX) {
      e.add("message", "at most " + TEXT_MAX + " characters");
    }
    if (offer.length() > TEXT_MAX) {
      e.add("offer", "at most " + TEXT_MAX + " characters");
    }
    if (lines.isEmpty() && offer.isEmpty()) {
      e.add("lines", "propose listings in stock, or describe an offer");
    }
    if (lines.size() > MAX_LINES) {
      e.add("lines", "at most " + MAX_LINES + " listings");
    }
    if (a.availableOn() != null && a.availableOn().isBefore(today)) {
      e.add("availableOn", "must not be in the past");
    }
    if (!offer.isEmpty() && lines.isEmpty() && a.availableOn() == null) {
      e.add("availableOn", "required with an offer of goods being refurbished");
    }
    Set<UUID> listings = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      NeedCommands.Line line = lines.get(i);
      if (line == null || line.listingId() == null) {
        e.add("lines[" + i + "].listingId", "required");
        continue;
      }
      if (line.quantity() == null || line.quantity() <= 0) {
        e.add("lines[" + i + "].quantity", "must be at least 1");
        continue;
      }
      if (!listings.add(line.listingId())) {
        e.add("lines[" + i + "].listingId", "given twice");
        continue;
      }
      String refusal = listingRefusal.apply(line.listingId(), line.quantity());
      if (refusal != null) {
        e.add("lines[" + i + "].listingId", refusal);
      }
    }
    List<UUID> partners = a.partnerIds() == null ? List.of() : a.partnerIds();
    if (partners.size() > MAX_PARTNERS) {
      e.add("partnerIds", "at most " + MAX_PARTNERS + " partners");
    }
    Set<UUID> seenPartners = new HashSet<>();
    for (int i = 0; i < partners.size(); i++) {
      UUID partner = partners.get(i);
      if (partner == null || !seenPartners.add(partner) || !partnerOk.test(partner)) {
        e.add("partnerIds[" + i + "]", "not an active supplier that may answer this need");
      }
    }
    e.throwIfAny();
  }

  private static void checkMoney(ValidationFailed.Collector e, String field, @Nullable Long cents) {
    if (cents != null && (cents < 0 || cents > 100_000_000_00L)) {
      e.add(field, "between 0 and 100,000,000 euros, in cents");
    }
  }
}
