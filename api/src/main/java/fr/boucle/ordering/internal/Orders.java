package fr.boucle.ordering.internal;

import fr.boucle.ordering.Order;
import fr.boucle.ordering.OrderStatus;
import fr.boucle.shared.jdbc.SortOrder;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The purchase_order table. Derived and annotated queries where they read well; the visibility of
 * orders to each side, the list's filters, locks and the calls of the database functions that place
 * and number orders are hand-tuned SQL.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
abstract class Orders implements GenericRepository<Orders.Row, UUID> {

  private static final Map<String, String> SORTS =
      Map.of(
          "submittedAt", "o.submitted_at",
          "updatedAt", "o.updated_at",
          "number", "o.number",
          "total", "o.total_excl_vat_cents",
          "deliveryDate", "o.delivery_date",
          "status", "o.status");

  /** One order with its lines and events, in one statement (as JSON arrays of the views). */
  private static final String WITH_LINES_AND_EVENTS =
      "SELECT o.*, (SELECT json_agg(json_build_object('lineNo', line_no, 'listingId', listing_id,"
          + " 'sku', sku, 'title', title, 'categoryId', category_id, 'quantity', quantity,"
          + " 'catalogueUnitPriceCents', catalogue_unit_price_cents,"
          + " 'unitPriceExclVatCents', unit_price_excl_vat_cents, 'vatRateBasisPoints', vat_rate_bp,"
          + " 'lineExclVatCents', line_excl_vat_cents, 'lineVatCents', line_vat_cents)"
          + " ORDER BY line_no) FROM order_line WHERE order_id = o.id) AS lines_json,"
          + " (SELECT json_agg(json_build_object('from', from_status, 'to', to_status, 'action', action,"
          + " 'actorId', actor_id, 'actorLabel', actor_label, 'comment', comment,"
          + " 'at', occurred_at) ORDER BY id) FROM order_event WHERE order_id = o.id) AS events_json"
          + " FROM purchase_order o";

  /** A purchase order row. */
  @MappedEntity("purchase_order")
  record Row(
      @Id UUID id,
      UUID buyerId,
      @Nullable String number,
      @Nullable Integer numberYear,
      UUID serviceId,
      UUID supplierId,
      UUID agreementId,
      UUID lotId,
      int periodIndex,
      int capShare,
      OrderStatus status,
      long totalExclVatCents,
      long totalVatCents,
      long deliveryFeeExclVatCents,
      long deliveryFeeVatCents,
      int deliveryFeeVatRateBp,
      String deliveryStreet,
      String deliveryPostcode,
      String deliveryCity,
      LocalDate deliveryDate,
      @Nullable String note,
      UUID requesterId,
      boolean requiresApproval,
      @Nullable String invoiceReference,
      @Nullable Instant approvedAt,
      Instant submittedAt,
      Instant updatedAt,
      @Nullable Instant cancellationRequestedAt,
      @Nullable String cancellationRequestedBy,
      @Nullable String cancellationReason) {

    /** The order as its lifecycle sees it. */
    Order order() {
      return new Order(
          id, status, buyerId, serviceId, supplierId, requesterId, cancellationRequestedAt != null);
    }
  }

  /** A row with its lines and events as JSON arrays (null when none). */
  record Detailed(Row row, @Nullable String linesJson, @Nullable String eventsJson) {}

  /** A row of a list, with its number of lines. */
  record Listed(Row row, int lineCount) {}

  /** What a list keeps; the text {@code q} matches numbers, and the ids its names matched. */
  record Filter(
      @Nullable List<OrderStatus> statuses,
      @Nullable UUID serviceId,
      @Nullable UUID lotId,
      @Nullable String q,
      Set<UUID> suppliersNamed,
      Set<UUID> servicesNamed,
      boolean awaitingMe) {}

  /** The orders a submission placed, or those of its key's first use. */
  record Placed(List<UUID> orderIds, boolean replayed) {}

  /** A buyer's year with orders committed but not numbered. */
  record Unnumbered(UUID buyerId, int year) {}

  private final Sql sql;
  private final JdbcOperations jdbc;

  Orders(Sql sql, JdbcOperations jdbc) {
    this.sql = sql;
    this.jdbc = jdbc;
  }

  abstract Optional<Row> findById(UUID id);

  @Query(
      "UPDATE purchase_order SET status = :status, updated_at = now(),"
          + " approved_at = CASE WHEN :approves THEN now() ELSE approved_at END,"
          + " invoice_reference = COALESCE(:invoiceReference, invoice_reference),"
          + " cancellation_requested_at = CASE WHEN :asks THEN now() END,"
          + " cancellation_requested_by = CASE WHEN :asks THEN :actor END,"
          + " cancellation_reason = CASE WHEN :asks THEN :reason END WHERE id = :id")
  abstract void update(
      UUID id,
      String status,
      boolean approves,
      @Nullable String invoiceReference,
      boolean asks,
      String actor,
      @Nullable String reason);

  /** Writes a transition on the order's row. */
  void apply(Order.Transition t, String actor) {
    update(
        t.orderId(),
        t.to().name(),
        t.approves(),
        t.invoiceReference(),
        t.asksCancellation(),
        actor,
        t.comment());
  }

  /** Moves an order billed by the invoicing area, with its invoice number as reference. */
  @Query(
      "UPDATE purchase_order SET status = :status, updated_at = now(),"
          + " invoice_reference = :invoiceReference WHERE id = :id")
  abstract void bill(UUID id, String status, @Nullable String invoiceReference);

  @Query("UPDATE purchase_order SET status = :status, updated_at = now() WHERE id = :id")
  abstract void setStatus(UUID id, String status);

  /** Locks an order of the supplier once approved (as the supplier sees it). */
  Optional<Row> lockOfSupplier(UUID supplierId, UUID id) {
    return sql.one(
        "SELECT o.* FROM purchase_order o WHERE o.supplier_id = ? AND o.id = ?"
            + " AND o.approved_at IS NOT NULL FOR UPDATE OF o",
        rs -> jdbc.readEntity(rs, Row.class),
        supplierId,
        id);
  }

  /** Locks an order whoever's (the caller has checked it may move it). */
  Optional<Row> lock(UUID id) {
    return sql.one(
        "SELECT o.* FROM purchase_order o WHERE o.id = ? FOR UPDATE OF o",
        rs -> jdbc.readEntity(rs, Row.class),
        id);
  }

  @Query("UPDATE purchase_order SET status = 'EXPIRED', updated_at = now() WHERE id = :id")
  abstract void expire(UUID id);

  /** The orders with these ids that the user may see, with their lines and events. */
  List<Detailed> visible(CurrentUser user, Collection<UUID> ids) {
    List<Object> params = new ArrayList<>();
    String where = visibility(user, params);
    params.add(List.copyOf(ids));
    return sql.list(
        WITH_LINES_AND_EVENTS + " WHERE " + where + " AND o.id = ANY(?::uuid[])",
        rs ->
            new Detailed(
                jdbc.readEntity(rs, Row.class),
                rs.getString("lines_json"),
                rs.getString("events_json")),
        params.toArray());
  }

  /** Locks an order the user may see, for a transition. */
  Optional<Row> lockVisible(CurrentUser user, UUID id) {
    List<Object> params = new ArrayList<>();
    String where = visibility(user, params);
    params.add(id);
    return sql.one(
        "SELECT o.* FROM purchase_order o WHERE " + where + " AND o.id = ? FOR UPDATE OF o",
        rs -> jdbc.readEntity(rs, Row.class),
        params.toArray());
  }

  /** How many orders the user may see through the filter. */
  long count(CurrentUser user, Filter filter) {
    List<Object> params = new ArrayList<>();
    String where = where(user, filter, params);
    return sql.count("SELECT count(*) FROM purchase_order o WHERE " + where, params.toArray());
  }

  /** One page of the orders the user may see through the filter. */
  List<Listed> page(CurrentUser user, Filter filter, int page, int size, @Nullable String sort) {
    List<Object> params = new ArrayList<>();
    String where = where(user, filter, params);
    String orderBy = SortOrder.of(sort, SORTS, "o.submitted_at DESC", "o.id");
    params.add(size);
    params.add((long) page * size);
    return sql.list(
        "SELECT o.*, (SELECT count(*) FROM order_line ol WHERE ol.order_id = o.id) AS line_count"
            + " FROM purchase_order o WHERE "
            + where
            + " ORDER BY "
            + orderBy
            + " LIMIT ? OFFSET ?",
        rs -> new Listed(jdbc.readEntity(rs, Row.class), rs.getInt("line_count")),
        params.toArray());
  }

  /** Locks a batch of orders still SUBMITTED after the delay, skipping those locked elsewhere. */
  List<Row> lockStale(Duration delay, int limit) {
    return sql.list(
        "SELECT * FROM purchase_order WHERE status = 'SUBMITTED'"
            + " AND submitted_at < now() - ?::interval ORDER BY submitted_at LIMIT ?"
            + " FOR UPDATE SKIP LOCKED",
        rs -> jdbc.readEntity(rs, Row.class),
        delay.toSeconds() + " seconds",
        limit);
  }

  /** Calls place_orders (see R__place_orders.sql) with its JSON argument. */
  Placed place(String payload) {
    return sql.one(
            "SELECT order_ids, replayed FROM place_orders(?::jsonb)",
            rs -> new Placed(Sql.uuids(rs, "order_ids"), rs.getBoolean("replayed")),
            payload)
        .orElseThrow();
  }

  /** Calls number_orders (V10): numbers the buyer's unnumbered orders of the year. */
  int number(UUID buyerId, int year, @Nullable List<UUID> orderIds) {
    return sql.one("SELECT number_orders(?, ?, ?)", rs -> rs.getInt(1), buyerId, year, orderIds)
        .orElse(0);
  }

  /** Buyers' years with orders committed over five seconds ago and still unnumbered. */
  List<Unnumbered> unnumbered() {
    return sql.list(
        "SELECT DISTINCT buyer_id, number_year FROM purchase_order"
            + " WHERE number IS NULL AND submitted_at < now() - interval '5 seconds'",
        rs -> new Unnumbered(Sql.uuid(rs, "buyer_id"), rs.getInt("number_year")));
  }

  private static String where(CurrentUser user, Filter filter, List<Object> params) {
    String where = visibility(user, params);
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      where += " AND o.status = ANY(?)";
      params.add(filter.statuses().stream().map(Enum::name).toList());
    }
    if (filter.serviceId() != null) {
      where += " AND o.service_id = ?";
      params.add(filter.serviceId());
    }
    if (filter.lotId() != null) {
      where += " AND o.lot_id = ?";
      params.add(filter.lotId());
    }
    if (filter.q() != null) {
      where +=
          " AND (o.number ILIKE ? OR o.supplier_id = ANY(?::uuid[]) OR o.service_id = ANY(?::uuid[]))";
      params.add("%" + filter.q() + "%");
      params.add(List.copyOf(filter.suppliersNamed()));
      params.add(List.copyOf(filter.servicesNamed()));
    }
    if (filter.awaitingMe()) {
      where += " AND (" + awaiting(user, params) + ")";
    }
    return where;
  }

  /** Orders the caller may see, as a WHERE clause over purchase_order o. */
  private static String visibility(CurrentUser user, List<Object> params) {
    params.add(user.organisationId());
    if (user.isBuyer()) {
      if (user.hasRole(Role.BUYER_ADMIN)
          || (user.isApiToken() && user.scopes().contains("orders:read"))) {
        return "o.buyer_id = ?";
      }
      params.add(List.copyOf(user.serviceIds()));
      return "o.buyer_id = ? AND o.service_id = ANY(?)";
    }
    if (user.isSupplier()
        && (user.hasAnyRole(Role.SUPPLIER_ADMIN, Role.SUPPLIER_STAFF)
            || (user.isApiToken() && user.scopes().contains("orders:read")))) {
      return "o.supplier_id = ? AND o.approved_at IS NOT NULL";
    }
    return "false AND o.buyer_id = ?";
  }

  /** Orders waiting for something the caller may do next (an inbox). */
  private static String awaiting(CurrentUser user, List<Object> params) {
    List<String> any = new ArrayList<>();
    if (user.isSupplier()) {
      any.add("o.status IN ('APPROVED', 'ACCEPTED', 'READY', 'DELIVERED')");
    } else {
      if (user.hasRole(Role.APPROVER)) {
        any.add("(o.status = 'SUBMITTED' AND o.service_id = ANY(?) AND o.requester_id <> ?)");
        params.add(List.copyOf(user.serviceIds()));
        params.add(user.personId());
      }
      if (user.hasAnyRole(Role.REQUESTER, Role.APPROVER)) {
        any.add("(o.status IN ('ACCEPTED', 'READY') AND o.service_id = ANY(?))");
        params.add(List.copyOf(user.serviceIds()));
      }
      if (user.hasRole(Role.BUYER_ADMIN)) {
        any.add("o.status IN ('ACCEPTED', 'READY', 'INVOICED')");
      }
    }
    return any.isEmpty() ? "false" : String.join(" OR ", any);
  }
}
