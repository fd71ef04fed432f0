package fr.boucle.ordering.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.agreement.Reservation;
import fr.boucle.ordering.OrderAction;
import fr.boucle.ordering.OrderCommands;
import fr.boucle.ordering.OrderStatus;
import fr.boucle.ordering.OrderViews;
import fr.boucle.shared.jdbc.SortOrder;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.security.TradingStanding;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.Page;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Reads purchase orders as each side may see them, and moves them through their lifecycle. Buyer
 * admins see all their organisation's orders, requesters and approvers those of their services, a
 * supplier the orders addressed to it once approved. Anything else is a 404.
 */
@Singleton
public class OrderService {

  private static final Map<String, String> SORTS =
      Map.of(
          "submittedAt", "o.submitted_at",
          "updatedAt", "o.updated_at",
          "number", "o.number",
          "total", "o.total_excl_vat_cents",
          "deliveryDate", "o.delivery_date",
          "status", "o.status");

  private static final String FROM =
      " FROM purchase_order o JOIN organisation b ON b.id = o.buyer_id"
          + " JOIN organisation s ON s.id = o.supplier_id"
          + " JOIN buyer_service bs ON bs.id = o.service_id"
          + " JOIN framework_agreement a ON a.id = o.agreement_id"
          + " JOIN agreement_lot l ON l.id = o.lot_id"
          + " JOIN person p ON p.id = o.requester_id";

  private static final String COLUMNS =
      "SELECT o.*, b.legal_name AS buyer_name, b.siret AS buyer_siret,"
          + " s.legal_name AS supplier_name, s.siret AS supplier_siret,"
          + " s.insertion_status AS supplier_insertion, bs.name AS service_name,"
          + " bs.street AS service_street, bs.postcode AS service_postcode, bs.city AS service_city,"
          + " bs.approval_threshold_cents, a.reference AS agreement_reference,"
          + " a.title AS agreement_title, l.number AS lot_number, l.title AS lot_title,"
          + " l.reservation, p.full_name AS requester_name,"
          + " (SELECT count(*) FROM order_line ol WHERE ol.order_id = o.id) AS line_count";

  /** One order with its lines and events, in one statement (as JSON arrays of the views). */
  private static final String ORDER_COLUMNS =
      COLUMNS
          + ", (SELECT json_agg(json_build_object('lineNo', line_no, 'listingId', listing_id,"
          + " 'sku', sku, 'title', title, 'categoryId', category_id, 'quantity', quantity,"
          + " 'catalogueUnitPriceCents', catalogue_unit_price_cents,"
          + " 'unitPriceExclVatCents', unit_price_excl_vat_cents, 'vatRateBasisPoints', vat_rate_bp,"
          + " 'lineExclVatCents', line_excl_vat_cents, 'lineVatCents', line_vat_cents)"
          + " ORDER BY line_no) FROM order_line WHERE order_id = o.id) AS lines_json,"
          + " (SELECT json_agg(json_build_object('from', from_status, 'to', to_status, 'action', action,"
          + " 'actorId', actor_id, 'actorLabel', actor_label, 'comment', comment,"
          + " 'at', occurred_at) ORDER BY id) FROM order_event WHERE order_id = o.id) AS events_json";

  private final Sql sql;
  private final AgreementLots lots;
  private final OrderSubmission submission;
  private final JsonMapper json;
  private final TradingStanding standing;
  private final OrderMails mails;

  OrderService(
      Sql sql,
      AgreementLots lots,
      OrderSubmission submission,
      JsonMapper json,
      TradingStanding standing,
      OrderMails mails) {
    this.standing = standing;
    this.mails = mails;
    this.sql = sql;
    this.lots = lots;
    this.submission = submission;
    this.json = json;
  }

  /** Places one order to one supplier; replays the first result for a repeated key. */
  // One connection for the whole submission, without a transaction: the reads that check it,
  // the place_orders call (its own transaction, committed by the server with the statement) and
  // the read-back borrow it once instead of once per statement.
  @Connectable
  public OrderViews.Submitted submit(
      CurrentUser user, String idempotencyKey, OrderCommands.SubmitOrder command) {
    OrderSubmission.Request request =
        new OrderSubmission.Request(
            "",
            i -> "lines[" + i + "]",
            command.serviceId(),
            command.lotId(),
            command.deliveryDate(),
            command.deliveryAddress(),
            command.note(),
            command.lines().stream()
                .map(l -> new OrderPlanner.Want(l.listingId(), l.quantity()))
                .toList());
    OrderSubmission.Result result =
        submission.submit(
            user,
            idempotencyKey,
            OrderSubmission.hash("order:" + command),
            List.of(request),
            false);
    return new OrderViews.Submitted(getAll(user, result.orderIds()), result.replayed());
  }

  // ---- reading -----------------------------------------------------------------------------

  public Page<OrderViews.OrderSummary> list(
      CurrentUser user,
      @Nullable List<OrderStatus> statuses,
      @Nullable UUID serviceId,
      @Nullable UUID lotId,
      @Nullable String q,
      boolean awaitingMe,
      @Nullable Integer page,
      @Nullable Integer size,
      @Nullable String sort) {
    int p = Page.clampPage(page);
    int s = Page.clampSize(size);
    List<Object> params = new ArrayList<>();
    String where = visibility(user, params);
    if (statuses != null && !statuses.isEmpty()) {
      where += " AND o.status = ANY(?)";
      params.add(statuses.stream().map(Enum::name).toList());
    }
    if (serviceId != null) {
      where += " AND o.service_id = ?";
      params.add(serviceId);
    }
    if (lotId != null) {
      where += " AND o.lot_id = ?";
      params.add(lotId);
    }
    if (q != null && !q.isBlank()) {
      where += " AND (o.number ILIKE ? OR s.legal_name ILIKE ? OR bs.name ILIKE ?)";
      String like = "%" + q.strip() + "%";
      params.add(like);
      params.add(like);
      params.add(like);
    }
    if (awaitingMe) {
      where += " AND (" + awaiting(user, params) + ")";
    }
    long total = sql.count("SELECT count(*)" + FROM + " WHERE " + where, params.toArray());
    params.add(s);
    params.add((long) p * s);
    List<OrderViews.OrderSummary> items =
        sql.list(
            COLUMNS + FROM + " WHERE " + where + " ORDER BY " + orderBy(sort) + " LIMIT ? OFFSET ?",
            OrderService::summary,
            params.toArray());
    return new Page<>(items, p, s, total);
  }

  public OrderViews.Order get(CurrentUser user, UUID id) {
    List<Object> params = new ArrayList<>();
    String where = visibility(user, params);
    params.add(id);
    return sql.one(
            ORDER_COLUMNS + FROM + " WHERE " + where + " AND o.id = ?",
            rs -> order(rs, user),
            params.toArray())
        .orElseThrow(() -> new NotFound("Order"));
  }

  /** The orders of a submission, read back for the submitter. */
  List<OrderViews.Order> getAll(CurrentUser user, List<UUID> ids) {
    List<OrderViews.Order> orders = new ArrayList<>();
    for (UUID id : ids) {
      orders.add(get(user, id));
    }
    return orders;
  }

  /** A JSON array column of ORDER_COLUMNS, as records. */
  private <T> List<T> json(ResultSet rs, String column, Class<T> type) throws SQLException {
    String value = rs.getString(column);
    if (value == null) {
      return List.of();
    }
    try {
      return json.readValue(value, Argument.listOf(type));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private OrderViews.Order order(ResultSet rs, CurrentUser user) throws SQLException {
    UUID id = Sql.uuid(rs, "id");
    OrderStatus status = OrderStatus.valueOf(rs.getString("status"));
    List<OrderViews.Line> lines = json(rs, "lines_json", OrderViews.Line.class);
    Map<Integer, long[]> byRate = new TreeMap<>();
    for (OrderViews.Line line : lines) {
      long[] sums = byRate.computeIfAbsent(line.vatRateBasisPoints(), k -> new long[2]);
      sums[0] += line.lineExclVatCents();
      sums[1] += line.lineVatCents();
    }
    long feeExcl = rs.getLong("delivery_fee_excl_vat_cents");
    long feeVat = rs.getLong("delivery_fee_vat_cents");
    if (feeExcl > 0) {
      long[] sums = byRate.computeIfAbsent(rs.getInt("delivery_fee_vat_rate_bp"), k -> new long[2]);
      sums[0] += feeExcl;
      sums[1] += feeVat;
    }
    List<OrderViews.VatSubtotal> vat = new ArrayList<>();
    byRate.forEach((rate, sums) -> vat.add(new OrderViews.VatSubtotal(rate, sums[0], sums[1])));
    List<OrderViews.Event> events = json(rs, "events_json", OrderViews.Event.class);
    UUID serviceId = Sql.uuid(rs, "service_id");
    UUID supplierId = Sql.uuid(rs, "supplier_id");
    UUID buyerId = Sql.uuid(rs, "buyer_id");
    UUID requesterId = Sql.uuid(rs, "requester_id");
    List<OrderAction> allowed = new ArrayList<>();
    Instant cancellationAsked = Sql.instant(rs, "cancellation_requested_at");
    for (OrderAction action : OrderAction.values()) {
      if (action.allowedFrom(status)
          && (action != OrderAction.DECLINE_CANCELLATION || cancellationAsked != null)
          && mayPerform(user, action, buyerId, serviceId, supplierId, requesterId)) {
        allowed.add(action);
      }
    }
    return new OrderViews.Order(
        id,
        rs.getString("number"),
        status,
        new OrderViews.Party(
            buyerId, rs.getString("buyer_name"), rs.getString("buyer_siret"), null),
        new OrderViews.ServiceRef(
            serviceId,
            rs.getString("service_name"),
            rs.getString("service_street"),
            rs.getString("service_postcode"),
            rs.getString("service_city"),
            rs.getLong("approval_threshold_cents")),
        new OrderViews.Party(
            supplierId,
            rs.getString("supplier_name"),
            rs.getString("supplier_siret"),
            rs.getString("supplier_insertion")),
        new OrderViews.LotRef(
            Sql.uuid(rs, "agreement_id"),
            rs.getString("agreement_reference"),
            rs.getString("agreement_title"),
            Sql.uuid(rs, "lot_id"),
            rs.getInt("lot_number"),
            rs.getString("lot_title"),
            Reservation.valueOf(rs.getString("reservation"))),
        rs.getInt("period_index"),
        lines,
        vat,
        OrderViews.Totals.of(rs.getLong("total_excl_vat_cents"), rs.getLong("total_vat_cents")),
        new OrderViews.DeliveryFee(feeExcl, feeVat, rs.getInt("delivery_fee_vat_rate_bp")),
        new OrderCommands.Address(
            rs.getString("delivery_street"),
            rs.getString("delivery_postcode"),
            rs.getString("delivery_city")),
        rs.getObject("delivery_date", LocalDate.class),
        rs.getString("note"),
        requesterId,
        rs.getString("requester_name"),
        rs.getBoolean("requires_approval"),
        rs.getString("invoice_reference"),
        Sql.instant(rs, "submitted_at"),
        Sql.instant(rs, "updated_at"),
        events,
        allowed,
        cancellationAsked == null
            ? null
            : new OrderViews.CancellationRequest(
                rs.getString("cancellation_reason"),
                rs.getString("cancellation_requested_by"),
                cancellationAsked));
  }

  private static OrderViews.OrderSummary summary(ResultSet rs) throws SQLException {
    return new OrderViews.OrderSummary(
        Sql.uuid(rs, "id"),
        rs.getString("number"),
        OrderStatus.valueOf(rs.getString("status")),
        new OrderViews.Party(
            Sql.uuid(rs, "buyer_id"),
            rs.getString("buyer_name"),
            rs.getString("buyer_siret"),
            null),
        Sql.uuid(rs, "service_id"),
        rs.getString("service_name"),
        new OrderViews.Party(
            Sql.uuid(rs, "supplier_id"),
            rs.getString("supplier_name"),
            rs.getString("supplier_siret"),
            rs.getString("supplier_insertion")),
        rs.getString("agreement_reference"),
        rs.getInt("lot_number"),
        rs.getInt("line_count"),
        OrderViews.Totals.of(rs.getLong("total_excl_vat_cents"), rs.getLong("total_vat_cents")),
        rs.getObject("delivery_date", LocalDate.class),
        rs.getBoolean("requires_approval"),
        Sql.instant(rs, "submitted_at"),
        Sql.instant(rs, "updated_at"));
  }

  // ---- lifecycle ---------------------------------------------------------------------------

  @Transactional
  public OrderViews.Order transition(
      CurrentUser user, UUID id, OrderAction action, @Nullable OrderCommands.Transition body) {
    List<Object> params = new ArrayList<>();
    String where = visibility(user, params);
    params.add(id);
    record Locked(
        OrderStatus status,
        UUID buyerId,
        UUID serviceId,
        UUID supplierId,
        UUID requesterId,
        UUID lotId,
        int periodIndex,
        int capShare,
        long excl,
        long vat,
        boolean cancellationAsked) {}
    Locked o =
        sql.one(
                "SELECT o.* FROM purchase_order o WHERE " + where + " AND o.id = ? FOR UPDATE OF o",
                rs ->
                    new Locked(
                        OrderStatus.valueOf(rs.getString("status")),
                        Sql.uuid(rs, "buyer_id"),
                        Sql.uuid(rs, "service_id"),
                        Sql.uuid(rs, "supplier_id"),
                        Sql.uuid(rs, "requester_id"),
                        Sql.uuid(rs, "lot_id"),
                        rs.getInt("period_index"),
                        rs.getInt("cap_share"),
                        rs.getLong("total_excl_vat_cents"),
                        rs.getLong("total_vat_cents"),
                        rs.getObject("cancellation_requested_at") != null),
                params.toArray())
            .orElseThrow(() -> new NotFound("Order"));
    if (!mayPerform(user, action, o.buyerId(), o.serviceId(), o.supplierId(), o.requesterId())) {
      throw new Forbidden(
          action.side() == OrderAction.Side.APPROVER && user.personId().equals(o.requesterId())
              ? "You cannot approve or reject an order you submitted."
              : "Your role does not allow " + action + " on this order.");
    }
    if (!action.allowedFrom(o.status())) {
      throw new OrderProblems.IllegalTransition(
          "Cannot " + action + " an order that is " + o.status() + ".");
    }
    if (action == OrderAction.DECLINE_CANCELLATION && !o.cancellationAsked()) {
      throw new OrderProblems.IllegalTransition(
          "There is no cancellation request to decline on this order.");
    }
    if (action == OrderAction.ACCEPT) {
      standing.requireTrading(user.organisationId(), "accept orders");
    }
    if (action.needsReason()
        && (body == null || body.comment() == null || body.comment().isBlank())) {
      new ValidationFailed.Collector()
          .add("comment", "is required: say why, the other side reads it")
          .throwIfAny();
    }
    String comment =
        body == null || body.comment() == null || body.comment().isBlank()
            ? null
            : body.comment().strip();
    String invoiceReference = null;
    if (action == OrderAction.INVOICE) {
      invoiceReference = body == null ? null : body.invoiceReference();
      if (invoiceReference == null || invoiceReference.isBlank()) {
        new ValidationFailed.Collector()
            .add("invoiceReference", "is required to invoice an order")
            .throwIfAny();
      }
      invoiceReference = invoiceReference.strip();
    }
    if (action.releases()) {
      release(
          new Releasable(
              id, o.lotId(), o.periodIndex(), o.serviceId(), o.capShare(), o.excl(), o.vat()),
          user.label(),
          action.name().toLowerCase(Locale.ROOT));
    } else if (action == OrderAction.CONFIRM_DELIVERY) {
      // The reservation becomes a sale: available stock is unchanged, the ledger says why.
      sql.update(
          "INSERT INTO stock_movement (listing_id, kind, quantity, actor, reason)"
              + " SELECT listing_id, k.kind, k.sign * quantity, ?, 'Purchase order delivered'"
              + " FROM order_line, (VALUES ('RELEASED', 1), ('SOLD', -1)) AS k(kind, sign)"
              + " WHERE order_id = ? ORDER BY listing_id",
          user.label(),
          id);
    } else if (action == OrderAction.INVOICE) {
      lots.invoice(o.lotId(), o.periodIndex(), o.capShare(), o.excl());
      sql.update(
          "INSERT INTO spend_entry (order_id, lot_id, period_index, service_id, kind,"
              + " committed_excl_vat_cents, committed_vat_cents, invoiced_excl_vat_cents,"
              + " invoiced_vat_cents) VALUES (?, ?, ?, ?, 'INVOICED', ?, ?, ?, ?)",
          id,
          o.lotId(),
          o.periodIndex(),
          o.serviceId(),
          -o.excl(),
          -o.vat(),
          o.excl(),
          o.vat());
    }
    if (action == OrderAction.SUPPLIER_CANCEL) {
      mails.cancelledBySupplier(id, comment);
    }
    OrderStatus after = action.target() == null ? o.status() : action.target();
    boolean asks = action == OrderAction.REQUEST_CANCELLATION;
    sql.update(
        "UPDATE purchase_order SET status = ?, updated_at = now(),"
            + " approved_at = CASE WHEN ? THEN now() ELSE approved_at END,"
            + " invoice_reference = COALESCE(?, invoice_reference),"
            + " cancellation_requested_at = CASE WHEN ? THEN now() END,"
            + " cancellation_requested_by = CASE WHEN ? THEN ? END,"
            + " cancellation_reason = CASE WHEN ? THEN ? END WHERE id = ?",
        after,
        action == OrderAction.APPROVE,
        invoiceReference,
        asks,
        asks,
        user.label(),
        asks,
        comment,
        id);
    OrderEvents.record(
        sql,
        id,
        o.status(),
        after,
        action.target() == null ? action : null,
        user.personId(),
        user.label(),
        invoiceReference == null
            ? comment
            : "Invoice " + invoiceReference + (comment == null ? "" : " — " + comment));
    return get(user, id);
  }

  /** What an ending order gives back: its stock, and its committed amount on the lot period. */
  record Releasable(
      UUID orderId,
      UUID lotId,
      int periodIndex,
      UUID serviceId,
      int capShare,
      long excl,
      long vat) {}

  /** Gives an ending order's stock and committed amount back, with their ledger rows. */
  void release(Releasable o, String actor, String why) {
    releaseStock(o.orderId(), actor, why);
    lots.release(o.lotId(), o.periodIndex(), o.capShare(), o.excl());
    sql.update(
        "INSERT INTO spend_entry (order_id, lot_id, period_index, service_id, kind,"
            + " committed_excl_vat_cents, committed_vat_cents, invoiced_excl_vat_cents,"
            + " invoiced_vat_cents) VALUES (?, ?, ?, ?, 'RELEASED', ?, ?, 0, 0)",
        o.orderId(),
        o.lotId(),
        o.periodIndex(),
        o.serviceId(),
        -o.excl(),
        -o.vat());
  }

  private void releaseStock(UUID orderId, String actor, String why) {
    sql.update(
        "INSERT INTO stock_movement (listing_id, kind, quantity, actor, reason)"
            + " SELECT listing_id, 'RELEASED', quantity, ?, ? FROM order_line WHERE order_id = ?"
            + " ORDER BY listing_id",
        actor,
        "Purchase order " + why,
        orderId);
  }

  // ---- access ------------------------------------------------------------------------------

  static boolean mayPerform(
      CurrentUser user,
      OrderAction action,
      UUID buyerId,
      UUID serviceId,
      UUID supplierId,
      UUID requesterId) {
    if (user.isApiToken()) {
      return false;
    }
    boolean buyerSide = user.organisationId().equals(buyerId);
    boolean ofService = buyerSide && user.serviceIds().contains(serviceId);
    return switch (action.side()) {
      case APPROVER ->
          ofService && user.hasRole(Role.APPROVER) && !requesterId.equals(user.personId());
      case SERVICE ->
          buyerSide
              && (user.hasRole(Role.BUYER_ADMIN)
                  || (ofService && user.hasAnyRole(Role.REQUESTER, Role.APPROVER)));
      case SUPPLIER ->
          user.organisationId().equals(supplierId)
              && user.hasAnyRole(Role.SUPPLIER_ADMIN, Role.SUPPLIER_STAFF);
      case BUYER_ADMIN -> buyerSide && user.hasRole(Role.BUYER_ADMIN);
    };
  }

  /** Orders the caller may see, as a WHERE clause over purchase_order o (and buyer_service bs). */
  static String visibility(CurrentUser user, List<Object> params) {
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

  private static String orderBy(@Nullable String sort) {
    return SortOrder.of(sort, SORTS, "o.submitted_at DESC", "o.id");
  }
}
