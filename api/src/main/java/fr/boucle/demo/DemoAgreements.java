package fr.boucle.demo;

import fr.boucle.agreement.AgreementPeriods;
import fr.boucle.agreement.PriceTerms;
import fr.boucle.agreement.Pricing;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * One active framework agreement per demo buyer, so the demo accounts can order at once: a lot
 * reserved to SIAE (office and event furniture), one reserved to EA/ESAT (IT, with a unit-price
 * schedule) and an open lot (appliances and the rest) awarded to every supplier. Agreements started
 * 23 months ago, so that the demo's two years of order history fall in their first two periods.
 */
final class DemoAgreements {

  /** Months between the agreements' start and the first day of the current month. */
  static final int MONTHS_IN_FORCE = 23;

  /** A created lot, as the order history needs it. */
  record Lot(
      UUID id,
      UUID agreementId,
      UUID buyerId,
      int number,
      Set<String> categories,
      List<UUID> suppliers,
      Integer discountBp,
      Map<String, Long> unitPrices,
      AgreementPeriods periods,
      long maximumCents) {

    /** The lot's unit price for a listing: the rule ordering applies (Pricing.unitPrice). */
    OptionalLong unitPrice(long cataloguePriceCents, List<String> categoryAndAncestors) {
      return Pricing.unitPrice(
          discountBp == null ? PriceTerms.UNIT_PRICE_SCHEDULE : PriceTerms.CATALOGUE_DISCOUNT,
          discountBp,
          unitPrices,
          cataloguePriceCents,
          categoryAndAncestors);
    }
  }

  private record DemoLot(
      int number,
      String title,
      String reservation,
      List<String> categories,
      Predicate<String> awardedStatus,
      Integer discountBp,
      Map<String, Long> unitPrices,
      long maximumCents) {}

  private static final List<DemoLot> LOTS =
      List.of(
          new DemoLot(
              1,
              "Mobilier de bureau et matériel événementiel de réemploi",
              "SIAE",
              List.of("mobilier-bureau", "evenementiel"),
              s -> s.startsWith("SIAE_"),
              500,
              Map.of(),
              4_000_000L),
          new DemoLot(
              2,
              "Matériel informatique reconditionné",
              "EA_ESAT",
              List.of("informatique"),
              s -> s.equals("EA") || s.equals("ESAT"),
              null,
              Map.of(
                  "pc-portable", 24_000L,
                  "pc-fixe", 18_000L,
                  "ecran", 6_000L,
                  "smartphone", 12_000L,
                  "tablette", 11_000L,
                  "videoprojecteur", 15_000L,
                  "imprimante", 9_000L),
              4_500_000L),
          new DemoLot(
              3,
              "Électroménager, jeux, textile, sport et espaces verts",
              "NONE",
              List.of("gros-electromenager", "jeux-jouets", "textile", "sport", "espaces-verts"),
              s -> true,
              300,
              Map.of(),
              9_000_000L));

  private DemoAgreements() {}

  static List<Lot> create(Connection c, DemoDataGenerator generator, LocalDate today)
      throws SQLException {
    List<Lot> created = new ArrayList<>();
    LocalDate start = today.withDayOfMonth(1).minusMonths(MONTHS_IN_FORCE);
    AgreementPeriods periods = new AgreementPeriods(start, start.plusYears(1).minusDays(1), 3, 12);
    int n = 0;
    for (DemoDataGenerator.Organisation buyer : generator.buyers()) {
      UUID agreement = UUID.nameUUIDFromBytes(("demo-agreement-" + buyer.id()).getBytes());
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO framework_agreement (id, buyer_id, reference, title, procedure,"
                  + " launched_on, start_date, initial_end_date, renewal_count, renewal_months,"
                  + " end_date, status) VALUES (?, ?, ?, ?, 'OPEN_TENDER', ?, ?, ?, ?, ?, ?,"
                  + " 'ACTIVE')")) {
        insert.setObject(1, agreement);
        insert.setObject(2, buyer.id());
        insert.setString(3, String.format("AC-%d-REEMPLOI-%02d", start.getYear(), ++n));
        insert.setString(4, "Fournitures de réemploi et de reconditionnement");
        insert.setDate(5, Date.valueOf(start.minusMonths(4)));
        insert.setDate(6, Date.valueOf(start));
        insert.setDate(7, Date.valueOf(periods.initialEndDate()));
        insert.setInt(8, periods.renewalCount());
        insert.setInt(9, periods.renewalMonths());
        insert.setDate(10, Date.valueOf(periods.endDate()));
        insert.execute();
      }
      for (DemoLot lot : LOTS) {
        UUID lotId = UUID.nameUUIDFromBytes((agreement + "-lot-" + lot.number()).getBytes());
        // Per period, excl. VAT: the first buyer orders most (see DemoHistory), so its lots are
        // larger; each lot's maximum is sized so the history consumes about half to four fifths.
        long maximum = (n == 1 ? 3 : 1) * lot.maximumCents();
        try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO agreement_lot (id, agreement_id, number, title, reservation,"
                    + " minimum_excl_vat_cents, maximum_excl_vat_cents, price_terms, discount_bp,"
                    + " insertion_hours_target, environmental_clause)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          insert.setObject(1, lotId);
          insert.setObject(2, agreement);
          insert.setInt(3, lot.number());
          insert.setString(4, lot.title());
          insert.setString(5, lot.reservation());
          insert.setLong(6, 500_000L);
          insert.setLong(7, maximum);
          insert.setString(
              8, lot.discountBp() == null ? "UNIT_PRICE_SCHEDULE" : "CATALOGUE_DISCOUNT");
          insert.setObject(9, lot.discountBp());
          insert.setInt(10, 400);
          insert.setString(
              11,
              "Biens issus du réemploi ou reconditionnés ; livraisons regroupées et emballages"
                  + " réutilisables.");
          insert.execute();
        }
        batch(
            c,
            "INSERT INTO lot_category (lot_id, category_id) VALUES (?, ?)",
            lotId,
            lot.categories());
        List<UUID> awarded =
            generator.suppliers().stream()
                .filter(s -> lot.awardedStatus().test(s.insertionStatus()))
                .map(DemoDataGenerator.Organisation::id)
                .toList();
        batch(c, "INSERT INTO lot_supplier (lot_id, supplier_id) VALUES (?, ?)", lotId, awarded);
        try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO lot_unit_price (lot_id, category_id, unit_price_excl_vat_cents)"
                    + " VALUES (?, ?, ?)")) {
          for (Map.Entry<String, Long> price : lot.unitPrices().entrySet()) {
            insert.setObject(1, lotId);
            insert.setString(2, price.getKey());
            insert.setLong(3, price.getValue());
            insert.addBatch();
          }
          insert.executeBatch();
        }
        try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO lot_period (lot_id, period_index, starts_on, ends_on,"
                    + " maximum_excl_vat_cents) VALUES (?, ?, ?, ?, ?)")) {
          for (AgreementPeriods.Period p : periods.periods()) {
            insert.setObject(1, lotId);
            insert.setInt(2, p.index());
            insert.setDate(3, Date.valueOf(p.startsOn()));
            insert.setDate(4, Date.valueOf(p.endsOn()));
            insert.setLong(5, maximum);
            insert.addBatch();
          }
          insert.executeBatch();
        }
        created.add(
            new Lot(
                lotId,
                agreement,
                buyer.id(),
                lot.number(),
                Set.copyOf(lot.categories()),
                awarded,
                lot.discountBp(),
                lot.unitPrices(),
                periods,
                maximum));
      }
    }
    return created;
  }

  private static void batch(Connection c, String sql, UUID lotId, List<?> values)
      throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(sql)) {
      for (Object v : values) {
        insert.setObject(1, lotId);
        insert.setObject(2, v);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
