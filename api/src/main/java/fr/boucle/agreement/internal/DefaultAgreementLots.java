package fr.boucle.agreement.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.agreement.AgreementPeriods;
import fr.boucle.agreement.AgreementStatus;
import fr.boucle.agreement.PriceTerms;
import fr.boucle.agreement.Reservation;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@Singleton
class DefaultAgreementLots implements AgreementLots {

  static final String SELECT =
      "SELECT l.*, a.buyer_id, a.reference, a.title AS agreement_title, a.status,"
          + " a.start_date, a.initial_end_date, a.renewal_count, a.renewal_months,"
          + " ARRAY(SELECT category_id FROM lot_category c WHERE c.lot_id = l.id) AS category_ids,"
          + " ARRAY(SELECT supplier_id::text FROM lot_supplier s WHERE s.lot_id = l.id) AS supplier_ids,"
          + " ARRAY(SELECT category_id || '=' || unit_price_excl_vat_cents FROM lot_unit_price p"
          + " WHERE p.lot_id = l.id) AS unit_prices,"
          + " ARRAY(SELECT period_index || ':' || maximum_excl_vat_cents || ':'"
          + " || committed_excl_vat_cents || ':' || invoiced_excl_vat_cents"
          + " FROM lot_period_balance b WHERE b.lot_id = l.id ORDER BY period_index) AS balances"
          + " FROM agreement_lot l JOIN framework_agreement a ON a.id = l.agreement_id"
          + " WHERE a.buyer_id = ? AND a.status <> 'DRAFT'";

  private final Sql sql;

  DefaultAgreementLots(Sql sql) {
    this.sql = sql;
  }

  @Override
  public List<Lot> lotsOf(UUID buyerId) {
    return sql.list(SELECT + " ORDER BY a.reference, l.number", DefaultAgreementLots::lot, buyerId);
  }

  private static final String PERIODS =
      "SELECT l.id, l.agreement_id, a.buyer_id, a.reference, a.title AS agreement_title, l.number,"
          + " l.title, l.reservation, p.period_index, p.starts_on, p.ends_on,"
          + " p.maximum_excl_vat_cents"
          + " FROM agreement_lot l JOIN framework_agreement a ON a.id = l.agreement_id"
          + " JOIN lot_period p ON p.lot_id = l.id";

  @Override
  public List<LotPeriod> periodsOf(UUID buyerId) {
    return sql.list(
        PERIODS
            + " WHERE a.buyer_id = ? AND a.status <> 'DRAFT'"
            + " ORDER BY a.reference, l.number, p.period_index",
        DefaultAgreementLots::lotPeriod,
        buyerId);
  }

  @Override
  public List<LotPeriod> periodsUnderWay(LocalDate day) {
    return sql.list(
        PERIODS + " WHERE a.status = 'ACTIVE' AND p.starts_on <= ? AND p.ends_on >= ?",
        DefaultAgreementLots::lotPeriod,
        day,
        day);
  }

  private static LotPeriod lotPeriod(ResultSet rs) throws SQLException {
    return new LotPeriod(
        Sql.uuid(rs, "id"),
        Sql.uuid(rs, "agreement_id"),
        Sql.uuid(rs, "buyer_id"),
        rs.getString("reference"),
        rs.getString("agreement_title"),
        rs.getInt("number"),
        rs.getString("title"),
        Reservation.valueOf(rs.getString("reservation")),
        rs.getInt("period_index"),
        rs.getObject("starts_on", LocalDate.class),
        rs.getObject("ends_on", LocalDate.class),
        rs.getLong("maximum_excl_vat_cents"));
  }

  @Override
  public List<LotSummary> summaries(Collection<UUID> lotIds) {
    if (lotIds.isEmpty()) {
      return List.of();
    }
    return sql.list(
        "SELECT l.id, l.agreement_id, a.buyer_id, a.reference, a.title AS agreement_title,"
            + " l.number, l.title, l.reservation, l.insertion_hours_target, l.environmental_clause"
            + " FROM agreement_lot l JOIN framework_agreement a ON a.id = l.agreement_id"
            + " WHERE l.id = ANY(?) ORDER BY a.reference, l.number",
        rs ->
            new LotSummary(
                Sql.uuid(rs, "id"),
                Sql.uuid(rs, "agreement_id"),
                Sql.uuid(rs, "buyer_id"),
                rs.getString("reference"),
                rs.getString("agreement_title"),
                rs.getInt("number"),
                rs.getString("title"),
                Reservation.valueOf(rs.getString("reservation")),
                (Integer) rs.getObject("insertion_hours_target"),
                rs.getString("environmental_clause")),
        List.copyOf(lotIds));
  }

  @Override
  public int platformCommissionBp(UUID lotId) {
    return sql.one(
            "SELECT platform_commission_bp FROM agreement_lot WHERE id = ?",
            rs -> rs.getInt(1),
            lotId)
        .orElse(0);
  }

  @Override
  public void release(UUID lotId, int periodIndex, int share, long amountCents) {
    requireOne(
        sql.update(
            "UPDATE lot_period_share SET committed_excl_vat_cents = committed_excl_vat_cents - ?"
                + " WHERE lot_id = ? AND period_index = ? AND share = ?",
            amountCents,
            lotId,
            periodIndex,
            share));
  }

  @Override
  public void invoice(UUID lotId, int periodIndex, int share, long amountCents) {
    requireOne(
        sql.update(
            "UPDATE lot_period_share SET committed_excl_vat_cents = committed_excl_vat_cents - ?,"
                + " invoiced_excl_vat_cents = invoiced_excl_vat_cents + ?"
                + " WHERE lot_id = ? AND period_index = ? AND share = ?",
            amountCents,
            amountCents,
            lotId,
            periodIndex,
            share));
  }

  private static void requireOne(int rows) {
    if (rows != 1) {
      throw new IllegalStateException("lot period share not found");
    }
  }

  /** "period:maximum:committed:invoiced", as the lot query aggregates them. */
  private static Balance balance(String row) {
    String[] f = row.split(":");
    return new Balance(
        Integer.parseInt(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]));
  }

  static Lot lot(ResultSet rs) throws SQLException {
    Map<String, Long> prices = new HashMap<>();
    for (String entry : Sql.strings(rs, "unit_prices")) {
      int eq = entry.lastIndexOf('=');
      prices.put(entry.substring(0, eq), Long.parseLong(entry.substring(eq + 1)));
    }
    Set<UUID> suppliers = new HashSet<>(Sql.uuids(rs, "supplier_ids"));
    Integer discount = (Integer) rs.getObject("discount_bp");
    return new Lot(
        Sql.uuid(rs, "id"),
        Sql.uuid(rs, "agreement_id"),
        Sql.uuid(rs, "buyer_id"),
        rs.getString("reference"),
        rs.getString("agreement_title"),
        AgreementStatus.valueOf(rs.getString("status")),
        new AgreementPeriods(
            rs.getObject("start_date", LocalDate.class),
            rs.getObject("initial_end_date", LocalDate.class),
            rs.getInt("renewal_count"),
            rs.getInt("renewal_months")),
        rs.getInt("number"),
        rs.getString("title"),
        Reservation.valueOf(rs.getString("reservation")),
        PriceTerms.valueOf(rs.getString("price_terms")),
        discount == null ? 0 : discount,
        Map.copyOf(prices),
        Set.copyOf(Sql.strings(rs, "category_ids")),
        Set.copyOf(suppliers),
        (Integer) rs.getObject("insertion_hours_target"),
        rs.getString("environmental_clause"),
        Sql.strings(rs, "balances").stream().map(DefaultAgreementLots::balance).toList());
  }
}
