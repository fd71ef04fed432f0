package fr.boucle.invoicing.internal;

import fr.boucle.invoicing.InvoiceDocument;
import fr.boucle.invoicing.InvoiceStatus;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The invoice, invoice_line and invoice_counter tables. The frozen document is jsonb and the PDF
 * bytea: lists read neither, only the names the document froze.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
abstract class Invoices implements GenericRepository<Invoices.Row, UUID> {

  private static final Map<String, String> SORTS =
      Map.of(
          "issueDate", "i.issue_date",
          "dueDate", "i.due_date",
          "number", "i.number",
          "total", "i.total_incl_vat_cents",
          "due", "(i.total_incl_vat_cents - i.paid_cents)",
          "status", "i.status");

  /** The columns of a row and the names its document froze, over invoice i. */
  private static final String LISTED =
      "SELECT i.id, i.kind, i.number, i.number_year, i.number_seq, i.supplier_id, i.buyer_id,"
          + " i.service_id, i.order_id, i.corrected_invoice_id, i.issue_date, i.due_date,"
          + " i.delay_days, i.status, i.total_excl_vat_cents, i.total_vat_cents,"
          + " i.total_incl_vat_cents, i.paid_cents, i.vat_regime, i.reason, i.issued_by,"
          + " i.issued_by_id, i.issued_at, i.document -> 'seller' ->> 'legalName' AS supplier_name,"
          + " i.document -> 'seller' ->> 'siret' AS supplier_siret,"
          + " i.document -> 'buyer' ->> 'legalName' AS buyer_name,"
          + " i.document -> 'buyer' ->> 'siret' AS buyer_siret,"
          + " i.document ->> 'purchaseOrderNumber' AS order_number,"
          + " i.document ->> 'contractReference' AS agreement_reference,"
          + " i.document ->> 'lotLabel' AS lot_label,"
          + " i.document ->> 'correctedNumber' AS corrected_number FROM invoice i";

  @MappedEntity("invoice")
  record Row(
      @Id UUID id,
      InvoiceDocument.Kind kind,
      String number,
      int numberYear,
      int numberSeq,
      UUID supplierId,
      UUID buyerId,
      UUID serviceId,
      UUID orderId,
      @Nullable UUID correctedInvoiceId,
      LocalDate issueDate,
      LocalDate dueDate,
      int delayDays,
      InvoiceStatus status,
      long totalExclVatCents,
      long totalVatCents,
      long totalInclVatCents,
      long paidCents,
      InvoiceDocument.VatRegime vatRegime,
      @Nullable String reason,
      String issuedBy,
      @Nullable UUID issuedById,
      Instant issuedAt) {

    long dueCents() {
      return kind == InvoiceDocument.Kind.INVOICE && status.payable()
          ? totalInclVatCents - paidCents
          : 0;
    }
  }

  /** A row with the names its document froze. */
  record Listed(
      Row row,
      String supplierName,
      String supplierSiret,
      String buyerName,
      String buyerSiret,
      String orderNumber,
      String agreementReference,
      String lotLabel,
      @Nullable String correctedNumber) {}

  /** What a list keeps. */
  record Filter(
      @Nullable List<InvoiceStatus> statuses,
      @Nullable InvoiceDocument.Kind kind,
      boolean overdue,
      LocalDate today) {}

  private final Sql sql;
  private final JdbcOperations jdbc;

  Invoices(Sql sql, JdbcOperations jdbc) {
    this.sql = sql;
    this.jdbc = jdbc;
  }

  /**
   * The next number of the supplier's series for the year, under the counter row's lock until the
   * transaction ends: issues of one supplier queue here, and a rolled-back one frees its number.
   */
  int nextNumber(UUID supplierId, int year, String series) {
    return sql.one(
            "INSERT INTO invoice_counter (supplier_id, year, series, last_number)"
                + " VALUES (?, ?, ?, 1) ON CONFLICT (supplier_id, year, series)"
                + " DO UPDATE SET last_number = invoice_counter.last_number + 1"
                + " RETURNING last_number",
            rs -> rs.getInt(1),
            supplierId,
            year,
            series)
        .orElseThrow();
  }

  void insert(Row r, String documentJson, @Nullable byte[] pdf) {
    sql.update(
        "INSERT INTO invoice (id, kind, number, number_year, number_seq, supplier_id, buyer_id,"
            + " service_id, order_id, corrected_invoice_id, issue_date, due_date, delay_days,"
            + " status, total_excl_vat_cents, total_vat_cents, total_incl_vat_cents, paid_cents,"
            + " vat_regime, document, pdf, reason, issued_by, issued_by_id, issued_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?,"
            + " ?, ?)",
        r.id(),
        r.kind(),
        r.number(),
        r.numberYear(),
        r.numberSeq(),
        r.supplierId(),
        r.buyerId(),
        r.serviceId(),
        r.orderId(),
        r.correctedInvoiceId(),
        r.issueDate(),
        r.dueDate(),
        r.delayDays(),
        r.status(),
        r.totalExclVatCents(),
        r.totalVatCents(),
        r.totalInclVatCents(),
        r.paidCents(),
        r.vatRegime(),
        documentJson,
        pdf,
        r.reason(),
        r.issuedBy(),
        r.issuedById(),
        r.issuedAt());
  }

  void insertLines(UUID invoiceId, List<InvoiceDocument.Line> lines, int sign) {
    List<Object[]> rows = new ArrayList<>();
    for (InvoiceDocument.Line l : lines) {
      rows.add(
          new Object[] {
            invoiceId,
            l.number(),
            l.description(),
            l.sellerItemId(),
            sign * l.quantity(),
            l.unitPriceExclVatCents(),
            l.vatRateBp(),
            sign * l.lineExclVatCents()
          });
    }
    sql.batch(
        "INSERT INTO invoice_line (invoice_id, line_no, description, sku, quantity,"
            + " unit_price_excl_vat_cents, vat_rate_bp, line_excl_vat_cents)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
  }

  /** Locks an invoice whoever's (the caller checked access). */
  Optional<Row> lock(UUID id) {
    return sql.one(
        LISTED_ROW + " WHERE i.id = ? FOR UPDATE", rs -> jdbc.readEntity(rs, Row.class), id);
  }

  /** The invoice of the order still payable (ISSUED or PARTIALLY_PAID), locked. */
  Optional<Row> lockPayableOfOrder(UUID orderId) {
    return sql.one(
        LISTED_ROW
            + " WHERE i.order_id = ? AND i.kind = 'INVOICE'"
            + " AND i.status IN ('ISSUED', 'PARTIALLY_PAID') FOR UPDATE",
        rs -> jdbc.readEntity(rs, Row.class),
        orderId);
  }

  private static final String LISTED_ROW =
      "SELECT i.id, i.kind, i.number, i.number_year, i.number_seq, i.supplier_id, i.buyer_id,"
          + " i.service_id, i.order_id, i.corrected_invoice_id, i.issue_date, i.due_date,"
          + " i.delay_days, i.status, i.total_excl_vat_cents, i.total_vat_cents,"
          + " i.total_incl_vat_cents, i.paid_cents, i.vat_regime, i.reason, i.issued_by,"
          + " i.issued_by_id, i.issued_at FROM invoice i";

  @Query("UPDATE invoice SET paid_cents = :paidCents, status = :status WHERE id = :id")
  abstract void setPaid(UUID id, long paidCents, String status);

  abstract Optional<Row> findById(UUID id);

  /** The supplier's invoices awaiting payment, oldest first. */
  List<fr.boucle.invoicing.InvoiceLedger.Unpaid> unpaidOf(UUID supplierId) {
    return sql.list(
        "SELECT id, buyer_id FROM invoice WHERE supplier_id = ? AND kind = 'INVOICE'"
            + " AND status IN ('ISSUED', 'PARTIALLY_PAID') ORDER BY issue_date, number",
        rs ->
            new fr.boucle.invoicing.InvoiceLedger.Unpaid(
                rs.getObject("id", UUID.class), rs.getObject("buyer_id", UUID.class)),
        supplierId);
  }

  @Query("UPDATE invoice SET status = 'CREDITED' WHERE id = :id")
  abstract void setCredited(UUID id);

  @Query("UPDATE invoice SET pdf = :pdf WHERE id = :id AND pdf IS NULL")
  abstract void keepPdf(UUID id, byte[] pdf);

  /** The frozen document, as JSON. */
  Optional<String> documentJson(UUID id) {
    return sql.one("SELECT document::text FROM invoice WHERE id = ?", rs -> rs.getString(1), id);
  }

  /** The stored PDF (null until rendered for a demo invoice). */
  Optional<Optional<byte[]>> pdf(UUID id) {
    return sql.one(
        "SELECT pdf FROM invoice WHERE id = ?", rs -> Optional.ofNullable(rs.getBytes(1)), id);
  }

  /** One invoice the user may see. */
  Optional<Listed> visible(CurrentUser user, UUID id) {
    List<Object> params = new ArrayList<>();
    String where = visibility(user, params);
    params.add(id);
    return sql.one(LISTED + " WHERE " + where + " AND i.id = ?", this::listed, params.toArray());
  }

  long count(CurrentUser user, Filter filter) {
    List<Object> params = new ArrayList<>();
    String where = where(user, filter, params);
    return sql.count("SELECT count(*) FROM invoice i WHERE " + where, params.toArray());
  }

  /** One page; {@code size} 0 for all of them (the export). */
  List<Listed> page(CurrentUser user, Filter filter, int page, int size, @Nullable String sort) {
    List<Object> params = new ArrayList<>();
    String where = where(user, filter, params);
    String orderBy = SortOrder.of(sort, SORTS, "i.issue_date DESC, i.number", "i.id");
    String limit = "";
    if (size > 0) {
      limit = " LIMIT ? OFFSET ?";
      params.add(size);
      params.add((long) page * size);
    }
    return sql.list(
        LISTED + " WHERE " + where + " ORDER BY " + orderBy + limit,
        this::listed,
        params.toArray());
  }

  /** The credit notes correcting these invoices, oldest first. */
  List<Row> creditNotesOf(Collection<UUID> invoiceIds) {
    if (invoiceIds.isEmpty()) {
      return List.of();
    }
    return sql.list(
        LISTED_ROW + " WHERE i.corrected_invoice_id = ANY(?) ORDER BY i.issued_at, i.number",
        rs -> jdbc.readEntity(rs, Row.class),
        List.copyOf(invoiceIds));
  }

  /** The invoices and credit notes of these orders, oldest first. */
  List<Row> ofOrders(Collection<UUID> orderIds) {
    if (orderIds.isEmpty()) {
      return List.of();
    }
    return sql.list(
        LISTED_ROW + " WHERE i.order_id = ANY(?) ORDER BY i.issued_at, i.number",
        rs -> jdbc.readEntity(rs, Row.class),
        List.copyOf(orderIds));
  }

  private Listed listed(ResultSet rs) throws SQLException {
    return new Listed(
        jdbc.readEntity(rs, Row.class),
        rs.getString("supplier_name"),
        rs.getString("supplier_siret"),
        rs.getString("buyer_name"),
        rs.getString("buyer_siret"),
        rs.getString("order_number"),
        rs.getString("agreement_reference"),
        rs.getString("lot_label"),
        rs.getString("corrected_number"));
  }

  private static String where(CurrentUser user, Filter filter, List<Object> params) {
    String where = visibility(user, params);
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      where += " AND i.status = ANY(?)";
      params.add(filter.statuses().stream().map(Enum::name).toList());
    }
    if (filter.kind() != null) {
      where += " AND i.kind = ?";
      params.add(filter.kind());
    }
    if (filter.overdue()) {
      where +=
          " AND i.kind = 'INVOICE' AND i.status IN ('ISSUED', 'PARTIALLY_PAID') AND i.due_date < ?";
      params.add(filter.today());
    }
    return where;
  }

  /**
   * Invoices the caller may see, over invoice i: a supplier those it issued; a buyer admin (or a
   * token with invoices:read) all those its organisation received; requesters and approvers those
   * of their services.
   */
  static String visibility(CurrentUser user, List<Object> params) {
    params.add(user.organisationId());
    boolean token = user.isApiToken() && user.scopes().contains("invoices:read");
    if (user.isSupplier() && (token || user.hasAnyRole(Role.SUPPLIER_ADMIN, Role.SUPPLIER_STAFF))) {
      return "i.supplier_id = ?";
    }
    if (user.isBuyer()) {
      if (token || user.hasRole(Role.BUYER_ADMIN)) {
        return "i.buyer_id = ?";
      }
      if (!user.isApiToken() && user.hasAnyRole(Role.REQUESTER, Role.APPROVER)) {
        params.add(List.copyOf(user.serviceIds()));
        return "i.buyer_id = ? AND i.service_id = ANY(?::uuid[])";
      }
    }
    return "false AND i.supplier_id = ?";
  }
}
