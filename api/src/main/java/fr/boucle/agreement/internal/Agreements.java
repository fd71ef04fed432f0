package fr.boucle.agreement.internal;

import fr.boucle.agreement.AgreementAudience;
import fr.boucle.agreement.AgreementPeriods;
import fr.boucle.agreement.AgreementStatus;
import fr.boucle.agreement.Procedure;
import fr.boucle.shared.jdbc.SortOrder;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The framework_agreement table: one row per agreement, its lots in {@link Lots}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
abstract class Agreements implements GenericRepository<Agreements.Row, UUID> {

  @MappedEntity("framework_agreement")
  record Row(
      @Id UUID id,
      UUID buyerId,
      String reference,
      String title,
      Procedure procedure,
      LocalDate launchedOn,
      LocalDate startDate,
      LocalDate initialEndDate,
      int renewalCount,
      int renewalMonths,
      LocalDate endDate,
      AgreementStatus status,
      @DateCreated Instant createdAt,
      @DateUpdated Instant updatedAt) {

    AgreementPeriods periods() {
      return new AgreementPeriods(startDate, initialEndDate, renewalCount, renewalMonths);
    }

    boolean inForceOn(LocalDate day) {
      return status == AgreementStatus.ACTIVE && !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    Row withStatus(AgreementStatus newStatus) {
      return new Row(
          id,
          buyerId,
          reference,
          title,
          procedure,
          launchedOn,
          startDate,
          initialEndDate,
          renewalCount,
          renewalMonths,
          endDate,
          newStatus,
          createdAt,
          updatedAt);
    }
  }

  /** A supplier awarded a lot, with one of the lot's categories. */
  @Introspected
  record Award(UUID supplierId, String categoryId) {}

  /** One page of agreements and how many the caller sees in all. */
  record Found(List<Row> rows, long total) {}

  private static final Map<String, String> SORTS =
      Map.of(
          "reference", "a.reference",
          "title", "a.title",
          "startDate", "a.start_date",
          "endDate", "a.end_date",
          "status", "a.status");

  private final Sql sql;

  Agreements(Sql sql) {
    this.sql = sql;
  }

  abstract Optional<Row> findById(UUID id);

  /** Reads an agreement and locks it until the transaction ends. */
  @Query("SELECT * FROM framework_agreement WHERE id = :id FOR UPDATE")
  abstract Optional<Row> lockById(UUID id);

  abstract Optional<Row> findByBuyerIdAndReference(UUID buyerId, String reference);

  abstract Row save(Row row);

  abstract Row update(Row row);

  abstract void deleteById(UUID id);

  /** The suppliers and categories of a buyer's lots in force on a day. */
  @Query(
      "SELECT s.supplier_id, c.category_id FROM framework_agreement a"
          + " JOIN agreement_lot l ON l.agreement_id = a.id"
          + " JOIN lot_supplier s ON s.lot_id = l.id"
          + " JOIN lot_category c ON c.lot_id = l.id"
          + " WHERE a.buyer_id = :buyerId AND a.status = 'ACTIVE'"
          + " AND a.start_date <= :day AND a.end_date >= :day"
          + " ORDER BY s.supplier_id, c.category_id")
  abstract List<Award> awardsInForce(UUID buyerId, LocalDate day);

  /**
   * One page of the agreements an audience sees, filtered by status and by reference or title.
   *
   * @param sort a list's sort parameter over reference, title, startDate, endDate, status
   */
  Found search(
      AgreementAudience audience,
      @Nullable AgreementStatus status,
      @Nullable String q,
      @Nullable String sort,
      int page,
      int size) {
    String order = SortOrder.of(sort, SORTS, "a.start_date DESC, a.reference", "a.id");
    List<Object> params = new ArrayList<>();
    String where = visibleTo(audience, params);
    if (status != null) {
      where += " AND a.status = ?";
      params.add(status);
    }
    if (q != null && !q.isBlank()) {
      where += " AND (a.reference ILIKE ? OR a.title ILIKE ?)";
      params.add("%" + q.strip() + "%");
      params.add("%" + q.strip() + "%");
    }
    long total =
        sql.count("SELECT count(*) FROM framework_agreement a WHERE " + where, params.toArray());
    params.add(size);
    params.add((long) page * size);
    List<Row> rows =
        sql.list(
            "SELECT a.* FROM framework_agreement a WHERE "
                + where
                + " ORDER BY "
                + order
                + " LIMIT ? OFFSET ?",
            Agreements::row,
            params.toArray());
    return new Found(rows, total);
  }

  private static String visibleTo(AgreementAudience audience, List<Object> params) {
    switch (audience.kind()) {
      case SUPPLIER -> {
        params.add(audience.organisationId());
        return "a.status <> 'DRAFT' AND EXISTS (SELECT 1 FROM agreement_lot l JOIN lot_supplier s"
            + " ON s.lot_id = l.id WHERE l.agreement_id = a.id AND s.supplier_id = ?)";
      }
      case BUYER_ADMIN -> {
        params.add(audience.organisationId());
        return "a.buyer_id = ?";
      }
      case BUYER_MEMBER -> {
        params.add(audience.organisationId());
        return "a.buyer_id = ? AND a.status <> 'DRAFT'";
      }
      default -> {
        return "false";
      }
    }
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(
        Sql.uuid(rs, "id"),
        Sql.uuid(rs, "buyer_id"),
        rs.getString("reference"),
        rs.getString("title"),
        Procedure.valueOf(rs.getString("procedure")),
        rs.getObject("launched_on", LocalDate.class),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("initial_end_date", LocalDate.class),
        rs.getInt("renewal_count"),
        rs.getInt("renewal_months"),
        rs.getObject("end_date", LocalDate.class),
        AgreementStatus.valueOf(rs.getString("status")),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "updated_at"));
  }
}
