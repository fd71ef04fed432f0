package fr.boucle.insertion.internal;

import fr.boucle.insertion.DeclarationStatus;
import fr.boucle.insertion.InsertionHours;
import fr.boucle.insertion.InsertionViews;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The insertion_hour_declaration table. Lists never read the evidence bytes; only {@link #evidence}
 * does.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
abstract class Declarations implements GenericRepository<Declarations.Row, UUID> {

  /** A declaration's row, without its evidence bytes. */
  @MappedEntity("insertion_hour_declaration")
  record Row(
      @Id UUID id,
      UUID lotId,
      UUID buyerId,
      UUID supplierId,
      int periodIndex,
      int hours,
      String comment,
      String status,
      String evidenceFileName,
      String evidenceContentType,
      int evidenceSize,
      String declaredBy,
      Instant declaredAt,
      String decidedBy,
      Instant decidedAt,
      String rejectionReason) {

    InsertionHours.Declaration declaration() {
      return new InsertionHours.Declaration(
          id,
          lotId,
          buyerId,
          supplierId,
          periodIndex,
          hours,
          comment,
          DeclarationStatus.valueOf(status),
          evidenceFileName,
          declaredAt,
          decidedAt,
          rejectionReason);
    }
  }

  private static final String COLUMNS =
      "id, lot_id, buyer_id, supplier_id, period_index, hours, comment, status,"
          + " evidence_file_name, evidence_content_type, evidence_size, declared_by, declared_at,"
          + " decided_by, decided_at, rejection_reason";

  private final Sql sql;

  Declarations(Sql sql) {
    this.sql = sql;
  }

  void insert(Row row, byte[] evidence) {
    sql.update(
        "INSERT INTO insertion_hour_declaration (id, lot_id, buyer_id, supplier_id, period_index,"
            + " hours, comment, evidence_file_name, evidence_content_type, evidence_size,"
            + " evidence, declared_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        row.id(),
        row.lotId(),
        row.buyerId(),
        row.supplierId(),
        row.periodIndex(),
        row.hours(),
        row.comment(),
        row.evidenceFileName(),
        row.evidenceContentType(),
        evidence.length,
        evidence,
        row.declaredBy());
  }

  /** The declaration if the organisation is its buyer or its supplier. */
  Optional<Row> visibleTo(UUID organisationId, UUID id) {
    return sql.one(
        "SELECT "
            + COLUMNS
            + " FROM insertion_hour_declaration WHERE id = ? AND (buyer_id = ? OR supplier_id = ?)",
        Declarations::row,
        id,
        organisationId,
        organisationId);
  }

  /** Locks a buyer's declaration for a decision. */
  Optional<Row> lockedOfBuyer(UUID buyerId, UUID id) {
    return sql.one(
        "SELECT "
            + COLUMNS
            + " FROM insertion_hour_declaration WHERE id = ? AND buyer_id = ? FOR UPDATE",
        Declarations::row,
        id,
        buyerId);
  }

  void decide(UUID id, DeclarationStatus status, String by, String rejectionReason) {
    sql.update(
        "UPDATE insertion_hour_declaration SET status = ?, decided_by = ?, decided_at = now(),"
            + " rejection_reason = ? WHERE id = ? AND status = 'DECLARED'",
        status,
        by,
        rejectionReason,
        id);
  }

  List<Row> ofSupplier(UUID supplierId, int page, int size) {
    return sql.list(
        "SELECT "
            + COLUMNS
            + " FROM insertion_hour_declaration WHERE supplier_id = ?"
            + " ORDER BY declared_at DESC, id LIMIT ? OFFSET ?",
        Declarations::row,
        supplierId,
        size,
        (long) page * size);
  }

  long countOfSupplier(UUID supplierId) {
    return sql.count(
        "SELECT count(*) FROM insertion_hour_declaration WHERE supplier_id = ?", supplierId);
  }

  List<Row> onLots(Collection<UUID> lotIds) {
    if (lotIds.isEmpty()) {
      return List.of();
    }
    return sql.list(
        "SELECT "
            + COLUMNS
            + " FROM insertion_hour_declaration WHERE lot_id = ANY(?) ORDER BY declared_at, id",
        Declarations::row,
        List.copyOf(lotIds));
  }

  InsertionHours.Totals totalsOf(UUID supplierId) {
    return sql.one(
            "SELECT COALESCE(sum(hours), 0) AS declared,"
                + " COALESCE(sum(hours) FILTER (WHERE status = 'ACCEPTED'), 0) AS accepted"
                + " FROM insertion_hour_declaration WHERE supplier_id = ?",
            rs -> new InsertionHours.Totals(rs.getLong("declared"), rs.getLong("accepted")),
            supplierId)
        .orElse(new InsertionHours.Totals(0, 0));
  }

  Optional<InsertionViews.Evidence> evidence(UUID id) {
    return sql.one(
        "SELECT evidence_file_name, evidence_content_type, evidence"
            + " FROM insertion_hour_declaration WHERE id = ?",
        rs ->
            new InsertionViews.Evidence(
                rs.getString("evidence_file_name"),
                rs.getString("evidence_content_type"),
                rs.getBytes("evidence")),
        id);
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(
        Sql.uuid(rs, "id"),
        Sql.uuid(rs, "lot_id"),
        Sql.uuid(rs, "buyer_id"),
        Sql.uuid(rs, "supplier_id"),
        rs.getInt("period_index"),
        rs.getInt("hours"),
        rs.getString("comment"),
        rs.getString("status"),
        rs.getString("evidence_file_name"),
        rs.getString("evidence_content_type"),
        rs.getInt("evidence_size"),
        rs.getString("declared_by"),
        Sql.instant(rs, "declared_at"),
        rs.getString("decided_by"),
        Sql.instant(rs, "decided_at"),
        rs.getString("rejection_reason"));
  }
}
