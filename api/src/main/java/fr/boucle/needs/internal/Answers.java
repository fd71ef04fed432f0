package fr.boucle.needs.internal;

import fr.boucle.needs.AnswerKind;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The need_answer, need_answer_line, need_answer_partner and need_message tables, owned by the
 * needs area.
 */
@Singleton
class Answers {

  /** An answer as stored, with its lines and partners. */
  record Row(
      UUID id,
      UUID needId,
      UUID supplierId,
      UUID authorId,
      AnswerKind kind,
      String message,
      @Nullable String offer,
      @Nullable LocalDate availableOn,
      String status,
      Instant createdAt,
      List<Line> lines,
      List<UUID> partnerIds,
      int messageCount) {

    /** Whether this organisation answered (the lead) or is a partner of the answer. */
    boolean involves(UUID organisationId) {
      return supplierId.equals(organisationId) || partnerIds.contains(organisationId);
    }
  }

  /** A proposed listing as stored. */
  record Line(int lineNo, UUID listingId, int quantity, long unitPriceExclVatCents) {}

  /** A thread message as stored. */
  record MessageRow(long id, UUID organisationId, UUID authorId, String body, Instant createdAt) {}

  private static final String SELECT =
      "SELECT a.*, ARRAY(SELECT p.supplier_id FROM need_answer_partner p"
          + " WHERE p.answer_id = a.id ORDER BY p.supplier_id) AS partner_ids,"
          + " (SELECT count(*) FROM need_message m WHERE m.answer_id = a.id) AS message_count"
          + " FROM need_answer a";

  private final Sql sql;

  Answers(Sql sql) {
    this.sql = sql;
  }

  void insert(
      UUID id,
      UUID needId,
      UUID supplierId,
      UUID authorId,
      AnswerKind kind,
      String message,
      @Nullable String offer,
      @Nullable LocalDate availableOn,
      List<Line> lines,
      List<UUID> partnerIds) {
    sql.update(
        "INSERT INTO need_answer (id, need_id, supplier_id, author_id, kind, message, offer,"
            + " available_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        needId,
        supplierId,
        authorId,
        kind.name(),
        message,
        offer,
        availableOn);
    List<Object[]> lineRows = new ArrayList<>();
    for (Line l : lines) {
      lineRows.add(
          new Object[] {id, l.lineNo(), l.listingId(), l.quantity(), l.unitPriceExclVatCents()});
    }
    sql.batch(
        "INSERT INTO need_answer_line (answer_id, line_no, listing_id, quantity,"
            + " unit_price_excl_vat_cents) VALUES (?, ?, ?, ?, ?)",
        lineRows);
    List<Object[]> partnerRows = new ArrayList<>();
    for (UUID p : partnerIds) {
      partnerRows.add(new Object[] {id, p});
    }
    sql.batch(
        "INSERT INTO need_answer_partner (answer_id, supplier_id) VALUES (?, ?)", partnerRows);
  }

  boolean exists(UUID needId, UUID supplierId) {
    return sql.count(
            "SELECT count(*) FROM need_answer WHERE need_id = ? AND supplier_id = ?",
            needId,
            supplierId)
        > 0;
  }

  Optional<Row> find(UUID id) {
    return withLines(sql.list(SELECT + " WHERE a.id = ?", Answers::row, id)).stream().findFirst();
  }

  /** A need's answers, oldest first. */
  List<Row> ofNeed(UUID needId) {
    return withLines(
        sql.list(
            SELECT + " WHERE a.need_id = ? ORDER BY a.created_at, a.id", Answers::row, needId));
  }

  void accept(UUID id) {
    sql.update("UPDATE need_answer SET status = 'ACCEPTED', accepted_at = now() WHERE id = ?", id);
  }

  void addMessage(UUID answerId, UUID organisationId, UUID authorId, String body) {
    sql.update(
        "INSERT INTO need_message (answer_id, organisation_id, author_id, body)"
            + " VALUES (?, ?, ?, ?)",
        answerId,
        organisationId,
        authorId,
        body);
  }

  List<MessageRow> messages(UUID answerId) {
    return sql.list(
        "SELECT id, organisation_id, author_id, body, created_at FROM need_message"
            + " WHERE answer_id = ? ORDER BY id",
        rs ->
            new MessageRow(
                rs.getLong("id"),
                Sql.uuid(rs, "organisation_id"),
                Sql.uuid(rs, "author_id"),
                rs.getString("body"),
                Sql.instant(rs, "created_at")),
        answerId);
  }

  private List<Row> withLines(List<Row> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    List<UUID> ids = rows.stream().map(Row::id).toList();
    record Owned(UUID answerId, Line line) {}
    List<Owned> lines =
        sql.list(
            "SELECT answer_id, line_no, listing_id, quantity, unit_price_excl_vat_cents"
                + " FROM need_answer_line WHERE answer_id = ANY(?) ORDER BY answer_id, line_no",
            rs ->
                new Owned(
                    Sql.uuid(rs, "answer_id"),
                    new Line(
                        rs.getInt("line_no"),
                        Sql.uuid(rs, "listing_id"),
                        rs.getInt("quantity"),
                        rs.getLong("unit_price_excl_vat_cents"))),
            ids);
    return rows.stream()
        .map(r ->
            new Row(
                r.id(),
                r.needId(),
                r.supplierId(),
                r.authorId(),
                r.kind(),
                r.message(),
                r.offer(),
                r.availableOn(),
                r.status(),
                r.createdAt(),
                lines.stream().filter(o -> o.answerId().equals(r.id())).map(Owned::line).toList(),
                r.partnerIds(),
                r.messageCount()))
        .toList();
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(
        Sql.uuid(rs, "id"),
        Sql.uuid(rs, "need_id"),
        Sql.uuid(rs, "supplier_id"),
        Sql.uuid(rs, "author_id"),
        AnswerKind.valueOf(rs.getString("kind")),
        rs.getString("message"),
        rs.getString("offer"),
        rs.getObject("available_on", LocalDate.class),
        rs.getString("status"),
        Sql.instant(rs, "created_at"),
        List.of(),
        Sql.uuids(rs, "partner_ids"),
        rs.getInt("message_count"));
  }
}
