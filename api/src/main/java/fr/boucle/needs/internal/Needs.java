package fr.boucle.needs.internal;

import fr.boucle.needs.NeedCommands;
import fr.boucle.needs.NeedKind;
import fr.boucle.needs.NeedOutcome;
import fr.boucle.needs.NeedStatus;
import fr.boucle.needs.NeedVisibility;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The need and need_category tables, owned by the needs area. */
@Singleton
class Needs {

  /** A need as stored. */
  record Row(
      UUID id,
      UUID buyerId,
      UUID serviceId,
      UUID authorId,
      String department,
      String title,
      String description,
      int quantity,
      @Nullable LocalDate targetDate,
      LocalDate closingDate,
      @Nullable Long budgetMinCents,
      @Nullable Long budgetMaxCents,
      NeedKind kind,
      @Nullable UUID lotId,
      NeedVisibility visibility,
      NeedStatus status,
      @Nullable String cancelReason,
      @Nullable NeedOutcome outcome,
      @Nullable Long outcomeAmountCents,
      List<String> categoryIds,
      int answerCount,
      int proposalCount,
      Instant createdAt) {

    /** Open, and its closing date not passed. */
    boolean openOn(LocalDate today) {
      return status == NeedStatus.OPEN && !closingDate.isBefore(today);
    }
  }

  /** The board's filters; null or empty means no filter. */
  record Filter(
      @Nullable String query,
      @Nullable String categoryId,
      @Nullable String department,
      @Nullable NeedKind kind,
      @Nullable NeedStatus status,
      @Nullable LocalDate closingBy) {}

  static final String SELECT =
      "SELECT n.*, ARRAY(SELECT c.category_id FROM need_category c WHERE c.need_id = n.id"
          + " ORDER BY c.category_id) AS category_ids,"
          + " (SELECT count(*) FROM need_answer a WHERE a.need_id = n.id) AS answer_count,"
          + " (SELECT count(*) FROM need_answer a WHERE a.need_id = n.id AND a.kind = 'PROPOSAL')"
          + " AS proposal_count FROM need n";

  private final Sql sql;

  Needs(Sql sql) {
    this.sql = sql;
  }

  void insert(UUID id, UUID buyerId, UUID authorId, String department, NeedCommands.Publish p) {
    sql.update(
        "INSERT INTO need (id, buyer_id, service_id, author_id, department, title, description,"
            + " quantity, target_date, closing_date, budget_min_cents, budget_max_cents, kind,"
            + " lot_id, visibility) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        buyerId,
        p.serviceId(),
        authorId,
        department,
        p.title().strip(),
        p.description() == null ? "" : p.description().strip(),
        p.quantity(),
        p.targetDate(),
        p.closingDate(),
        p.budgetMinCents(),
        p.budgetMaxCents(),
        p.kind().name(),
        p.lotId(),
        p.visibility().name());
    putCategories(id, p.categoryIds());
  }

  void replace(UUID id, String department, NeedCommands.Publish p) {
    sql.update(
        "UPDATE need SET service_id = ?, department = ?, title = ?, description = ?, quantity = ?,"
            + " target_date = ?, closing_date = ?, budget_min_cents = ?, budget_max_cents = ?,"
            + " kind = ?, lot_id = ?, visibility = ?, updated_at = now() WHERE id = ?",
        p.serviceId(),
        department,
        p.title().strip(),
        p.description() == null ? "" : p.description().strip(),
        p.quantity(),
        p.targetDate(),
        p.closingDate(),
        p.budgetMinCents(),
        p.budgetMaxCents(),
        p.kind().name(),
        p.lotId(),
        p.visibility().name(),
        id);
    sql.update("DELETE FROM need_category WHERE need_id = ?", id);
    putCategories(id, p.categoryIds());
  }

  private void putCategories(UUID id, List<String> categoryIds) {
    List<Object[]> rows = new ArrayList<>();
    for (String c : categoryIds) {
      rows.add(new Object[] {id, c});
    }
    sql.batch("INSERT INTO need_category (need_id, category_id) VALUES (?, ?)", rows);
  }

  /** Locks the need's row until the transaction ends (answers and edits serialise on it). */
  Optional<Row> lock(UUID id) {
    if (sql.count("SELECT count(*) FROM (SELECT 1 FROM need WHERE id = ? FOR UPDATE) l", id) == 0) {
      return Optional.empty();
    }
    return find(id);
  }

  Optional<Row> find(UUID id) {
    return sql.one(SELECT + " WHERE n.id = ?", Needs::row, id);
  }

  /** The needs open today in one of these categories, oldest first. */
  /** An open need as the stock watch matches it: who asked, for where. */
  record Candidate(UUID id, UUID serviceId, UUID authorId, String title) {}

  /**
   * The open needs of these categories (a listing's category and those above it) whose visibility
   * admits a supplier of this reach, oldest first.
   */
  List<Candidate> openFor(Collection<String> categoryIds, Scope reach, LocalDate today) {
    return sql.list(
        "SELECT n.id, n.service_id, n.author_id, n.title FROM need n"
            + " WHERE n.status = 'OPEN' AND n.closing_date >= ? AND (n.visibility ="
            + " 'ALL_SUPPLIERS' OR (n.visibility = 'DEPARTMENT' AND n.department = ANY(?))"
            + " OR (n.visibility = 'INSERTION_ONLY' AND ?)) AND EXISTS (SELECT 1 FROM"
            + " need_category c WHERE c.need_id = n.id AND c.category_id = ANY(?))"
            + " ORDER BY n.created_at, n.id",
        rs ->
            new Candidate(
                Sql.uuid(rs, "id"),
                Sql.uuid(rs, "service_id"),
                Sql.uuid(rs, "author_id"),
                rs.getString("title")),
        today,
        List.copyOf(reach.departmentsServed()),
        reach.insertion(),
        List.copyOf(categoryIds));
  }

  /**
   * Records that a listing was told to these needs; answers those it had not been told to before
   * (one statement, whatever the number of needs).
   */
  Set<UUID> recordMatches(UUID listingId, Collection<UUID> needIds) {
    if (needIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        sql.list(
            "INSERT INTO need_stock_match (need_id, listing_id) SELECT n, ? FROM unnest(?::uuid[])"
                + " AS n ON CONFLICT DO NOTHING RETURNING need_id",
            rs -> Sql.uuid(rs, "need_id"),
            listingId,
            List.copyOf(needIds)));
  }

  /** Up to when publications have been looked at; locked until the transaction ends. */
  Instant lockWatermark() {
    return sql.one(
            "SELECT watermark FROM need_stock_watch FOR UPDATE", rs -> Sql.instant(rs, "watermark"))
        .orElseThrow();
  }

  void moveWatermark(Instant to) {
    sql.update("UPDATE need_stock_watch SET watermark = ?", to);
  }

  void close(UUID id, NeedOutcome outcome, @Nullable Long amountCents) {
    sql.update(
        "UPDATE need SET status = 'CLOSED', outcome = ?, outcome_amount_cents = ?,"
            + " ended_at = now(), updated_at = now() WHERE id = ?",
        outcome.name(),
        amountCents,
        id);
  }

  void cancel(UUID id, String reason) {
    sql.update(
        "UPDATE need SET status = 'CANCELLED', cancel_reason = ?, ended_at = now(),"
            + " updated_at = now() WHERE id = ?",
        reason,
        id);
  }

  /**
   * One page of the needs a buyer published ({@code buyerId} set) or of the needs a supplier may
   * see: open ones whose visibility admits it, and those it answered whatever their state.
   */
  List<Row> page(Scope scope, Filter f, LocalDate today, String orderBy, int page, int size) {
    Where w = where(scope, f, today);
    List<Object> params = new ArrayList<>(w.params);
    params.add(size);
    params.add((long) page * size);
    return sql.list(
        SELECT + w.sql + " ORDER BY " + orderBy + ", n.id LIMIT ? OFFSET ?",
        Needs::row,
        params.toArray());
  }

  long count(Scope scope, Filter f, LocalDate today) {
    Where w = where(scope, f, today);
    return sql.count("SELECT count(*) FROM need n" + w.sql, w.params.toArray());
  }

  /** Who lists: a buyer its own needs; a supplier what its reach admits (or what it answered). */
  record Scope(
      @Nullable UUID buyerId,
      @Nullable UUID supplierId,
      boolean insertion,
      List<String> departmentsServed) {}

  private record Where(String sql, List<Object> params) {}

  private static Where where(Scope scope, Filter f, LocalDate today) {
    StringBuilder w = new StringBuilder(" WHERE true");
    List<Object> params = new ArrayList<>();
    if (scope.buyerId() != null) {
      w.append(" AND n.buyer_id = ?");
      params.add(scope.buyerId());
    } else {
      w.append(
          " AND ((n.status = 'OPEN' AND n.closing_date >= ? AND (n.visibility = 'ALL_SUPPLIERS'"
              + " OR (n.visibility = 'DEPARTMENT' AND n.department = ANY(?))"
              + " OR (n.visibility = 'INSERTION_ONLY' AND ?)))"
              + " OR EXISTS (SELECT 1 FROM need_answer a WHERE a.need_id = n.id"
              + " AND (a.supplier_id = ? OR EXISTS (SELECT 1 FROM need_answer_partner p"
              + " WHERE p.answer_id = a.id AND p.supplier_id = ?))))");
      params.add(today);
      params.add(scope.departmentsServed());
      params.add(scope.insertion());
      params.add(scope.supplierId());
      params.add(scope.supplierId());
    }
    if (f.query() != null && !f.query().isBlank()) {
      w.append(" AND (n.title ILIKE '%' || ? || '%' OR n.description ILIKE '%' || ? || '%')");
      String q = f.query().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      params.add(q);
      params.add(q);
    }
    if (f.categoryId() != null) {
      w.append(
          " AND EXISTS (SELECT 1 FROM need_category c WHERE c.need_id = n.id"
              + " AND c.category_id = ?)");
      params.add(f.categoryId());
    }
    if (f.department() != null) {
      w.append(" AND n.department = ?");
      params.add(f.department());
    }
    if (f.kind() != null) {
      w.append(" AND n.kind = ?");
      params.add(f.kind().name());
    }
    if (f.status() == NeedStatus.OPEN) {
      w.append(" AND n.status = 'OPEN' AND n.closing_date >= ?");
      params.add(today);
    } else if (f.status() != null) {
      w.append(" AND n.status = ?");
      params.add(f.status().name());
    }
    if (f.closingBy() != null) {
      w.append(" AND n.closing_date <= ?");
      params.add(f.closingBy());
    }
    return new Where(w.toString(), params);
  }

  private static Row row(ResultSet rs) throws SQLException {
    String outcome = rs.getString("outcome");
    return new Row(
        Sql.uuid(rs, "id"),
        Sql.uuid(rs, "buyer_id"),
        Sql.uuid(rs, "service_id"),
        Sql.uuid(rs, "author_id"),
        rs.getString("department"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getInt("quantity"),
        rs.getObject("target_date", LocalDate.class),
        rs.getObject("closing_date", LocalDate.class),
        (Long) rs.getObject("budget_min_cents"),
        (Long) rs.getObject("budget_max_cents"),
        NeedKind.valueOf(rs.getString("kind")),
        (UUID) rs.getObject("lot_id"),
        NeedVisibility.valueOf(rs.getString("visibility")),
        NeedStatus.valueOf(rs.getString("status")),
        rs.getString("cancel_reason"),
        outcome == null ? null : NeedOutcome.valueOf(outcome),
        (Long) rs.getObject("outcome_amount_cents"),
        Sql.strings(rs, "category_ids"),
        rs.getInt("answer_count"),
        rs.getInt("proposal_count"),
        Sql.instant(rs, "created_at"));
  }
}
