package fr.boucle.listing.internal;

import fr.boucle.listing.ListingDraft;
import fr.boucle.listing.ListingFields;
import fr.boucle.listing.ListingRules;
import fr.boucle.listing.ListingStatus;
import fr.boucle.listing.ListingViews;
import fr.boucle.listing.ListingWriter;
import fr.boucle.listing.StockAccess;
import fr.boucle.listing.StockChange;
import fr.boucle.shared.Vat;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.TradingStanding;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.Page;
import fr.boucle.shared.web.ProblemException;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A supplier's listings and stock ledger. Every query is scoped by the caller's organisation;
 * available quantity only moves through ledger rows.
 */
@Singleton
public class ListingService implements ListingWriter {

  static final Set<String> SORTS =
      Set.of("title", "sku", "price", "available", "updated", "status");
  private static final Pattern CURSOR = Pattern.compile("^([0-9]{1,20})-([0-9]{1,20})$");
  private static final String COLUMNS =
      "id, supplier_id, sku, kind, title, description, category_id, brand, model, serial_number,"
          + " condition_grade, origin, warranty_months, energy_class, weight_grams, length_cm,"
          + " width_cm, height_cm, price_excl_vat_cents, vat_rate_bp, minimum_order_quantity,"
          + " depot_id, pickup_available, delivery_departments, delivery_fee_cents,"
          + " delivery_lead_days";

  private final Sql sql;
  private final ListingRules rules;
  private final TradingStanding standing;

  ListingService(Sql sql, ListingRules rules, TradingStanding standing) {
    this.sql = sql;
    this.rules = rules;
    this.standing = standing;
  }

  private static final String PUBLISH = "publish listings to the catalogue";

  private static boolean published(@Nullable String status) {
    return ListingStatus.isOnSale(status);
  }

  // ---- who may ----------------------------------------------------------------------------

  static void requireStock(CurrentUser user, boolean write) {
    StockAccess.require(user, write);
  }

  /** For one listing: to anyone but a supplier, a listing id names nothing (404). */
  static void requireListing(CurrentUser user, boolean write) {
    StockAccess.requireObject(user, write, "Listing");
  }

  static String actorOf(CurrentUser user) {
    return user.isApiToken() ? "API: " + user.label() : user.label();
  }

  private void tagActor(CurrentUser user) {
    sql.one("SELECT set_config('boucle.actor', ?, true)", rs -> rs.getString(1), actorOf(user));
  }

  // ---- reading ----------------------------------------------------------------------------

  /** Filters of the stock table. */
  public record Filter(
      @Nullable String q,
      @Nullable String status,
      @Nullable String categoryId,
      @Nullable String sort,
      int page,
      int size) {}

  public Page<ListingViews.ListingRow> list(CurrentUser user, Filter f) {
    requireStock(user, false);
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    String status = f.status() == null ? null : f.status().toUpperCase(Locale.ROOT);
    if (status != null && !ListingStatus.codes().contains(status)) {
      errors.add("status", "must be DRAFT, PUBLISHED, SOLD_OUT or ARCHIVED");
    }
    String sort = f.sort() == null || f.sort().isBlank() ? "-updated" : f.sort();
    boolean desc = sort.startsWith("-");
    String key = desc ? sort.substring(1) : sort;
    if (!SORTS.contains(key)) {
      errors.add(
          "sort", "must be one of " + SORTS.stream().sorted().toList() + ", '-' for descending");
    }
    if (f.q() != null && f.q().length() > 200) {
      errors.add("q", "must be at most 200 characters");
    }
    errors.throwIfAny();
    String order =
        switch (key) {
          case "title" -> "l.title";
          case "sku" -> "l.sku";
          case "price" -> "l.price_excl_vat_cents";
          case "available" -> "l.available_quantity";
          case "status" -> "l.status";
          default -> "l.updated_at";
        };
    StringBuilder where = new StringBuilder(" WHERE l.supplier_id = ?");
    List<Object> params = new ArrayList<>(List.of(user.organisationId()));
    if (status != null) {
      where.append(" AND l.status = ?");
      params.add(status);
    }
    if (f.categoryId() != null && !f.categoryId().isBlank()) {
      where.append(
          " AND l.category_id IN (WITH RECURSIVE sub(id) AS (SELECT ?::text UNION ALL"
              + " SELECT c.id FROM category c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub)");
      params.add(f.categoryId());
    }
    if (f.q() != null && !f.q().isBlank()) {
      where.append(" AND (l.title ILIKE ? OR l.sku ILIKE ? OR l.brand ILIKE ? OR l.model ILIKE ?)");
      String like =
          "%" + f.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      params.addAll(List.of(like, like, like, like));
    }
    long total = sql.count("SELECT count(*) FROM listing l" + where, params.toArray());
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(f.size());
    pageParams.add((long) f.page() * f.size());
    List<ListingViews.ListingRow> rows =
        sql.list(
            "SELECT l.id, l.sku, l.kind, l.title, l.category_id, l.condition_grade,"
                + " l.price_excl_vat_cents, l.available_quantity, l.status, d.name AS depot_name, "
                + RESERVED
                + " AS reserved, l.updated_at, l.search_version FROM listing l JOIN depot d ON d.id = l.depot_id"
                + where
                + " ORDER BY "
                + order
                + (desc ? " DESC" : " ASC")
                + ", l.id LIMIT ? OFFSET ?",
            rs ->
                new ListingViews.ListingRow(
                    Sql.uuid(rs, "id"),
                    rs.getString("sku"),
                    rs.getString("kind"),
                    rs.getString("title"),
                    rs.getString("category_id"),
                    rs.getString("condition_grade"),
                    ListingRules.euros(rs.getLong("price_excl_vat_cents")).toPlainString(),
                    rs.getInt("available_quantity"),
                    rs.getInt("reserved"),
                    rs.getString("status"),
                    rs.getString("depot_name"),
                    Sql.instant(rs, "updated_at"),
                    rs.getLong("search_version")),
            pageParams.toArray());
    return new Page<>(rows, f.page(), f.size(), total);
  }

  /** The units of listing {@code l} that open orders hold: reserved and not yet released. */
  static final String RESERVED =
      "COALESCE((SELECT -sum(m.quantity) FROM stock_movement m"
          + " WHERE m.listing_id = l.id AND m.kind IN ('RESERVED', 'RELEASED')), 0)::int";

  public ListingViews.ListingView get(CurrentUser user, UUID id) {
    requireListing(user, false);
    return view(user.organisationId(), id);
  }

  private ListingViews.ListingView view(UUID supplierId, UUID id) {
    return sql.one(
            "SELECT l.*, d.name AS depot_name, "
                + RESERVED
                + " AS reserved FROM listing l JOIN depot d ON d.id = l.depot_id"
                + " WHERE l.id = ? AND l.supplier_id = ?",
            ListingService::view,
            id,
            supplierId)
        .orElseThrow(() -> new NotFound("Listing"));
  }

  private static ListingViews.ListingView view(ResultSet rs) throws SQLException {
    long price = rs.getLong("price_excl_vat_cents");
    int vat = rs.getInt("vat_rate_bp");
    Integer grams = (Integer) rs.getObject("weight_grams");
    Long fee = (Long) rs.getObject("delivery_fee_cents");
    return new ListingViews.ListingView(
        Sql.uuid(rs, "id"),
        rs.getString("sku"),
        rs.getString("kind"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getString("category_id"),
        rs.getString("brand"),
        rs.getString("model"),
        rs.getString("serial_number"),
        rs.getString("condition_grade"),
        rs.getString("origin"),
        rs.getInt("warranty_months"),
        rs.getString("energy_class"),
        grams == null ? null : BigDecimal.valueOf(grams, 3).stripTrailingZeros().toPlainString(),
        (Integer) rs.getObject("length_cm"),
        (Integer) rs.getObject("width_cm"),
        (Integer) rs.getObject("height_cm"),
        ListingRules.euros(price).toPlainString(),
        BigDecimal.valueOf(vat, 2).stripTrailingZeros().toPlainString(),
        vatInclusive(price, vat).toPlainString(),
        rs.getInt("minimum_order_quantity"),
        Sql.uuid(rs, "depot_id"),
        rs.getString("depot_name"),
        rs.getBoolean("pickup_available"),
        Sql.strings(rs, "delivery_departments"),
        fee == null ? null : ListingRules.euros(fee).toPlainString(),
        (Integer) rs.getObject("delivery_lead_days"),
        rs.getInt("available_quantity"),
        rs.getInt("reserved"),
        rs.getString("status"),
        Sql.instant(rs, "published_at"),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "updated_at"),
        rs.getLong("search_version"));
  }

  /** Unit price including VAT, rounded half-up to the cent. */
  static BigDecimal vatInclusive(long priceCents, int vatBp) {
    return ListingRules.euros(Vat.inclusive(priceCents, vatBp));
  }

  public Page<ListingViews.Movement> ledger(CurrentUser user, UUID id, int page, int size) {
    requireListing(user, false);
    view(user.organisationId(), id);
    long total = sql.count("SELECT count(*) FROM stock_movement WHERE listing_id = ?", id);
    List<ListingViews.Movement> rows =
        sql.list(
            "SELECT * FROM stock_movement WHERE listing_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
            rs ->
                new ListingViews.Movement(
                    rs.getLong("id"),
                    rs.getString("kind"),
                    rs.getInt("quantity"),
                    rs.getString("actor"),
                    rs.getString("reason"),
                    Sql.instant(rs, "occurred_at")),
            id,
            size,
            (long) page * size);
    return new Page<>(rows, page, size, total);
  }

  // ---- writing ----------------------------------------------------------------------------

  @Transactional
  public ListingViews.ListingView create(CurrentUser user, ListingDraft draft) {
    requireStock(user, true);
    ListingFields fields = checked(user, draft);
    if (sql.count(
            "SELECT count(*) FROM listing WHERE supplier_id = ? AND sku = ?",
            user.organisationId(),
            fields.sku())
        > 0) {
      new ValidationFailed.Collector()
          .add("sku", "is already used by another of your listings")
          .throwIfAny();
    }
    Result r = upsert(user, user.organisationId(), List.of(fields), "Created").get(0);
    return view(user.organisationId(), r.listingId());
  }

  /**
   * Replaces a listing's description (and, when given, its wanted quantity and status). {@code
   * expectedVersion} guards against overwriting a change made meanwhile by someone else.
   */
  @Transactional
  public ListingViews.ListingView update(
      CurrentUser user, UUID id, ListingDraft draft, @Nullable Long expectedVersion) {
    requireListing(user, true);
    ListingViews.ListingView current = lockedView(user, id);
    if (expectedVersion != null && expectedVersion != current.version()) {
      throw new ProblemException(
          HttpStatus.CONFLICT,
          "This listing was changed by someone else since you opened it. Reload it to see the"
              + " change, then apply yours again.");
    }
    String sku = draft.sku() == null ? current.sku() : draft.sku();
    ListingFields fields = checked(user, draft.withSku(sku));
    if (!fields.sku().equals(current.sku())
        && sql.count(
                "SELECT count(*) FROM listing WHERE supplier_id = ? AND sku = ?",
                user.organisationId(),
                fields.sku())
            > 0) {
      new ValidationFailed.Collector()
          .add("sku", "is already used by another of your listings")
          .throwIfAny();
    }
    if (!fields.sku().equals(current.sku())) {
      sql.update("UPDATE listing SET sku = ? WHERE id = ?", fields.sku(), id);
    }
    upsert(user, user.organisationId(), List.of(fields), "Edited");
    return view(user.organisationId(), id);
  }

  /** Upsert by SKU for stock systems: created, updated or unchanged. */
  @Transactional
  public ListingViews.Upserted upsertBySku(CurrentUser user, String sku, ListingDraft draft) {
    requireStock(user, true);
    ListingFields fields = checked(user, draft.withSku(sku));
    Result r = upsert(user, user.organisationId(), List.of(fields), "API").get(0);
    return new ListingViews.Upserted(
        r.outcome().name(), r.stockDelta(), view(user.organisationId(), r.listingId()));
  }

  private ListingFields checked(CurrentUser user, ListingDraft draft) {
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    ListingFields fields = rules.forSupplier(user.organisationId()).check(draft, errors, "");
    errors.throwIfAny();
    return Objects.requireNonNull(fields);
  }

  private ListingViews.ListingView lockedView(CurrentUser user, UUID id) {
    if (sql.count(
            "SELECT count(*) FROM (SELECT 1 FROM listing WHERE id = ? AND supplier_id = ? FOR UPDATE) x",
            id,
            user.organisationId())
        == 0) {
      throw new NotFound("Listing");
    }
    return view(user.organisationId(), id);
  }

  @Transactional
  public ListingViews.ListingView changeStatus(CurrentUser user, UUID id, @Nullable String wanted) {
    requireListing(user, true);
    ListingViews.ListingView current = lockedView(user, id);
    String status = wanted == null ? "" : wanted.strip().toUpperCase(Locale.ROOT);
    if (!ListingRules.SETTABLE_STATUSES.contains(status)) {
      new ValidationFailed.Collector()
          .add("status", "must be DRAFT, PUBLISHED or ARCHIVED")
          .throwIfAny();
    }
    String next = effectiveStatus(status, current.availableQuantity());
    if (published(next) && !published(current.status())) {
      standing.requireTrading(user.organisationId(), PUBLISH);
    }
    if (!next.equals(current.status())) {
      tagActor(user);
      sql.update(
          "UPDATE listing SET status = ?, updated_at = now(),"
              + " published_at = CASE WHEN ? IN ('PUBLISHED', 'SOLD_OUT') THEN COALESCE(published_at, now())"
              + " ELSE published_at END WHERE id = ?",
          next,
          next,
          id);
    }
    return view(user.organisationId(), id);
  }

  /** A published listing with nothing available is sold out. */
  static String effectiveStatus(String wanted, int available) {
    return ListingStatus.valueOf(wanted).withAvailable(available).name();
  }

  @Transactional
  public ListingViews.ListingView moveStock(CurrentUser user, UUID id, StockChange change) {
    requireListing(user, true);
    ListingViews.ListingView current = lockedView(user, id);
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    String reason = change.reason() == null ? null : change.reason().strip();
    if (reason != null && reason.length() > 300) {
      errors.add("reason", "must be at most 300 characters");
    }
    String kind;
    int delta;
    int reserved = current.reservedQuantity();
    if (change.onHand() != null) {
      if (change.kind() != null || change.quantity() != null || change.available() != null) {
        errors.add("onHand", "give either onHand, available, or kind and quantity");
      }
      kind = "ADJUSTED";
      delta = change.onHand() - reserved - current.availableQuantity();
      if (change.onHand() < 0 || change.onHand() > ListingRules.MAX_QUANTITY) {
        errors.add("onHand", "must be between 0 and " + ListingRules.MAX_QUANTITY);
      } else if (change.onHand() < reserved) {
        errors.add("onHand", reservedRefusal(reserved));
      }
    } else if (change.available() != null) {
      if (change.kind() != null || change.quantity() != null) {
        errors.add("available", "give either available, or kind and quantity");
      }
      kind = "ADJUSTED";
      delta = change.available() - current.availableQuantity();
      if (change.available() < 0 || change.available() > ListingRules.MAX_QUANTITY) {
        errors.add("available", "must be between 0 and " + ListingRules.MAX_QUANTITY);
      }
    } else {
      kind = change.kind() == null ? "" : change.kind().strip().toUpperCase(Locale.ROOT);
      if (!Set.of("RECEIVED", "ADJUSTED", "SOLD").contains(kind)) {
        errors.add("kind", "must be RECEIVED, ADJUSTED or SOLD (reservations come from orders)");
      }
      int q = change.quantity() == null ? 0 : change.quantity();
      if (change.quantity() == null || q == 0) {
        errors.add("quantity", "is required and must not be 0");
      } else if (!"ADJUSTED".equals(kind) && q < 0) {
        errors.add("quantity", "must be positive; use ADJUSTED for a correction");
      }
      delta = "SOLD".equals(kind) ? -Math.abs(q) : q;
      if ("ADJUSTED".equals(kind) && (reason == null || reason.isEmpty())) {
        errors.add("reason", "is required for an adjustment (inventory count, breakage…)");
      }
    }
    errors.throwIfAny();
    int after = current.availableQuantity() + delta;
    if (after < 0) {
      errors.add(
          "quantity",
          "would leave " + after + " available; only " + current.availableQuantity() + " are");
    } else if ("UNIQUE_ITEM".equals(current.kind()) && after + reserved > 1) {
      errors.add(
          change.onHand() != null
              ? "onHand"
              : change.available() != null ? "available" : "quantity",
          reserved > 0
              ? "a unique item is a single unit, and it is reserved by an open order"
              : "a unique item is a single unit");
    }
    errors.throwIfAny();
    if (delta != 0) {
      tagActor(user);
      movement(id, kind, delta, actorOf(user), reason);
    }
    return view(user.organisationId(), id);
  }

  /** Why an on-hand count below the units that open orders hold can't be taken. */
  static String reservedRefusal(int reserved) {
    return reserved
        + (reserved == 1 ? " unit is" : " units are")
        + " reserved by open orders and still on hand: the count on hand can't be lower (cancel"
        + " or refuse the order first)";
  }

  private void movement(
      UUID listingId, String kind, int quantity, String actor, @Nullable String reason) {
    sql.update(
        "INSERT INTO stock_movement (listing_id, kind, quantity, actor, reason) VALUES (?, ?, ?, ?, ?)",
        listingId,
        kind,
        quantity,
        actor,
        reason);
  }

  // ---- upsert by SKU (form, API, import) --------------------------------------------------

  private record Existing(
      UUID id, List<Object> descriptive, String status, int available, int reserved) {}

  /** What an upsert would do: its per-row results and the rows to write. */
  private record Plan(
      List<Result> results,
      List<Object[]> inserts,
      List<Object[]> updates,
      List<Object[]> movements) {}

  @Override
  @Transactional
  public List<Result> upsert(
      CurrentUser actor, UUID supplierId, List<ListingFields> listings, String why) {
    if (listings.isEmpty()) {
      return List.of();
    }
    if (listings.stream().anyMatch(l -> published(l.status()))) {
      standing.requireTrading(supplierId, PUBLISH);
    }
    tagActor(actor);
    Plan plan = plan(supplierId, listings, true, actorOf(actor), why);
    ValidationFailed.Collector refused = new ValidationFailed.Collector();
    for (Result r : plan.results()) {
      if (r.refusal() != null) {
        refused.add("quantity", (listings.size() == 1 ? "" : r.sku() + ": ") + r.refusal());
      }
    }
    refused.throwIfAny();
    sql.batch(
        "INSERT INTO listing ("
            + COLUMNS
            + ", available_quantity, status, published_at) VALUES"
            + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " CASE WHEN ? IN ('PUBLISHED', 'SOLD_OUT') THEN now() END)",
        plan.inserts());
    sql.batch(
        "UPDATE listing SET kind = ?, title = ?, description = ?, category_id = ?, brand = ?,"
            + " model = ?, serial_number = ?, condition_grade = ?, origin = ?, warranty_months = ?,"
            + " energy_class = ?, weight_grams = ?, length_cm = ?, width_cm = ?, height_cm = ?,"
            + " price_excl_vat_cents = ?, vat_rate_bp = ?, minimum_order_quantity = ?, depot_id = ?,"
            + " pickup_available = ?, delivery_departments = ?, delivery_fee_cents = ?,"
            + " delivery_lead_days = ?, status = ?, updated_at = now(),"
            + " published_at = CASE WHEN ? IN ('PUBLISHED', 'SOLD_OUT') THEN COALESCE(published_at, now())"
            + " ELSE published_at END WHERE id = ?",
        plan.updates());
    // A new listing is written once, with its opening stock; its RECEIVED row is marked opening
    // so the ledger trigger checks it against the listing instead of adding it again.
    sql.batch(
        "INSERT INTO stock_movement (listing_id, kind, quantity, actor, reason, opening)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        plan.movements());
    return plan.results();
  }

  @Override
  public boolean tryLockAll(UUID supplierId, List<String> skus) {
    try {
      sql.list(
          "SELECT id FROM listing WHERE supplier_id = ? AND sku = ANY(?) ORDER BY id"
              + " FOR UPDATE NOWAIT",
          rs -> null,
          supplierId,
          skus);
      return true;
    } catch (RuntimeException e) {
      if ("55P03".equals(Sql.sqlState(e))) { // lock_not_available: someone else holds one
        return false;
      }
      throw e;
    }
  }

  @Override
  public List<Result> preview(UUID supplierId, List<ListingFields> listings) {
    if (listings.isEmpty()) {
      return List.of();
    }
    return plan(supplierId, listings, false, "", "").results();
  }

  private Plan plan(
      UUID supplierId, List<ListingFields> listings, boolean lock, String who, String why) {
    List<String> skus = listings.stream().map(ListingFields::sku).distinct().toList();
    Map<String, Existing> existing = new HashMap<>();
    if (lock) {
      // Lock first, then read: the reserved units are counted after any order holding them.
      sql.list(
          "SELECT id FROM listing WHERE supplier_id = ? AND sku = ANY(?) ORDER BY id FOR UPDATE",
          rs -> null,
          supplierId,
          skus);
    }
    sql.list(
        "SELECT "
            + COLUMNS
            + ", status, available_quantity, "
            + RESERVED
            + " AS reserved FROM listing l"
            + " WHERE supplier_id = ? AND sku = ANY(?)",
        rs -> {
          existing.put(
              rs.getString("sku"),
              new Existing(
                  Sql.uuid(rs, "id"),
                  descriptive(rs),
                  rs.getString("status"),
                  rs.getInt("available_quantity"),
                  rs.getInt("reserved")));
          return null;
        },
        supplierId,
        skus);
    List<Object[]> inserts = new ArrayList<>();
    List<Object[]> updates = new ArrayList<>();
    List<Object[]> movements = new ArrayList<>();
    List<Result> results = new ArrayList<>();
    for (ListingFields f : listings) {
      Existing before = existing.get(f.sku());
      Outcome outcome;
      UUID id;
      int available;
      int reserved = before == null ? 0 : before.reserved();
      int delta;
      String refusal = null;
      if (before == null) {
        id = UUID.randomUUID();
        int opening = f.quantity() == null ? 0 : f.quantity();
        String status = f.status() == null ? "DRAFT" : effectiveStatus(f.status(), opening);
        inserts.add(row(id, supplierId, f, opening, status));
        outcome = Outcome.CREATED;
        available = 0;
        delta = opening;
        if (opening > 0) {
          movements.add(new Object[] {id, "RECEIVED", opening, who, why, true});
        }
      } else {
        id = before.id();
        available = before.available();
        String status =
            f.status() == null ? before.status() : effectiveStatus(f.status(), before.available());
        boolean statusChanges = !status.equals(before.status());
        if (!f.descriptive().equals(before.descriptive()) || statusChanges) {
          updates.add(update(id, f, statusChanges ? status : before.status()));
          outcome = Outcome.UPDATED;
        } else {
          outcome = Outcome.UNCHANGED;
        }
        // The quantity is on hand: units reserved by open orders are part of it.
        delta = f.quantity() == null ? 0 : f.quantity() - reserved - available;
        if (f.quantity() != null && f.quantity() < reserved) {
          refusal = reservedRefusal(reserved);
          delta = 0;
        }
        if (delta != 0) {
          movements.add(new Object[] {id, "ADJUSTED", delta, who, why, false});
          if (outcome == Outcome.UNCHANGED) {
            outcome = Outcome.UPDATED;
          }
        }
      }
      String statusAfter =
          before == null
              ? (f.status() == null ? "DRAFT" : effectiveStatus(f.status(), delta))
              : (f.status() == null ? before.status() : effectiveStatus(f.status(), available));
      existing.put(
          f.sku(), new Existing(id, f.descriptive(), statusAfter, available + delta, reserved));
      results.add(new Result(id, f.sku(), outcome, delta, refusal));
    }
    return new Plan(results, inserts, updates, movements);
  }

  private static Object[] row(
      UUID id, UUID supplierId, ListingFields f, int opening, String status) {
    List<Object> values = new ArrayList<>();
    values.add(id);
    values.add(supplierId);
    values.add(f.sku());
    values.addAll(f.descriptive());
    values.add(opening);
    values.add(status);
    values.add(status);
    return values.toArray();
  }

  private static Object[] update(UUID id, ListingFields f, String status) {
    List<Object> values = new ArrayList<>(f.descriptive());
    values.add(status);
    values.add(status);
    values.add(id);
    return values.toArray();
  }

  private static List<Object> descriptive(ResultSet rs) throws SQLException {
    return java.util.Arrays.asList(
        rs.getString("kind"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getString("category_id"),
        rs.getString("brand"),
        rs.getString("model"),
        rs.getString("serial_number"),
        rs.getString("condition_grade"),
        rs.getString("origin"),
        rs.getInt("warranty_months"),
        rs.getString("energy_class"),
        (Integer) rs.getObject("weight_grams"),
        (Integer) rs.getObject("length_cm"),
        (Integer) rs.getObject("width_cm"),
        (Integer) rs.getObject("height_cm"),
        rs.getLong("price_excl_vat_cents"),
        rs.getInt("vat_rate_bp"),
        rs.getInt("minimum_order_quantity"),
        Sql.uuid(rs, "depot_id"),
        rs.getBoolean("pickup_available"),
        Sql.strings(rs, "delivery_departments"),
        (Long) rs.getObject("delivery_fee_cents"),
        (Integer) rs.getObject("delivery_lead_days"));
  }

  // ---- change feed ------------------------------------------------------------------------

  /**
   * Changes to the supplier's listings after {@code cursor}, in commit order. Only changes of
   * transactions older than every running one are answered, so a change that commits late is never
   * skipped by a cursor that moved past it.
   */
  public ListingViews.Changes changes(CurrentUser user, @Nullable String cursor, int limit) {
    requireStock(user, false);
    long tx = 0;
    long after = 0;
    if (cursor != null && !cursor.isBlank()) {
      Matcher m = CURSOR.matcher(cursor.strip());
      if (!m.matches()) {
        new ValidationFailed.Collector()
            .add("cursor", "must be a cursor this API answered (next), or absent to start")
            .throwIfAny();
      }
      tx = Long.parseLong(m.group(1));
      after = Long.parseLong(m.group(2));
    }
    List<ListingViews.Change> changes =
        sql.list(
            "SELECT e.id, e.tx::text::bigint AS tx, e.listing_id, e.type, e.actor, e.occurred_at,"
                + " e.listing->>'sku' AS sku, e.listing->>'title' AS title, e.listing->>'status' AS status,"
                + " (e.listing->>'available_quantity')::int AS available,"
                + " (e.listing->>'price_excl_vat_cents')::bigint AS price,"
                + " e.listing->>'category_id' AS category_id FROM listing_event e WHERE e.supplier_id = ?"
                + " AND (e.tx, e.id) > (?::text::xid8, ?)"
                + " AND e.tx < pg_snapshot_xmin(pg_current_snapshot())"
                + " ORDER BY e.tx, e.id LIMIT ?",
            rs -> change(rs),
            user.organisationId(),
            Long.toString(tx),
            after,
            limit + 1);
    boolean more = changes.size() > limit;
    List<ListingViews.Change> page = more ? changes.subList(0, limit) : changes;
    String next =
        page.isEmpty()
            ? (cursor == null || cursor.isBlank() ? "0-0" : cursor.strip())
            : page.get(page.size() - 1).cursor();
    return new ListingViews.Changes(List.copyOf(page), next, more);
  }

  private static ListingViews.Change change(ResultSet rs) throws SQLException {
    return new ListingViews.Change(
        rs.getLong("tx") + "-" + rs.getLong("id"),
        Sql.uuid(rs, "listing_id"),
        rs.getString("type"),
        rs.getString("actor"),
        Sql.instant(rs, "occurred_at"),
        new ListingViews.ChangedListing(
            rs.getString("sku"),
            rs.getString("title"),
            rs.getString("status"),
            rs.getInt("available"),
            ListingRules.euros(rs.getLong("price")).toPlainString(),
            rs.getString("category_id")));
  }
}
