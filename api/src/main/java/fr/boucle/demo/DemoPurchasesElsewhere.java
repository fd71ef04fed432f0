package fr.boucle.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * What the demo buyers bought outside Boucle this year and last (the reporting area's {@code
 * agec_purchase_elsewhere}), so that the AGEC tab shows an organisation's real-looking totals: new
 * goods with some recycled content, some reuse from other channels, donations valued by the buyer.
 * Deterministic from the seed.
 */
final class DemoPurchasesElsewhere {

  /** A kind of purchase: its AGEC category, what it is, who sells it, its size and its parts. */
  private record Kind(
      String category,
      String description,
      String supplier,
      long minCents,
      long maxCents,
      int reusePercent,
      int donationPercent,
      int recycledPercent) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind(
              "Produits textiles à l'exception des équipements de protection individuels",
              "Vêtements de travail des agents techniques",
              "Textiles Services Île-de-France",
              800_000,
              3_500_000,
              0,
              0,
              25),
          new Kind(
              "Produits textiles à l'exception des équipements de protection individuels",
              "Tenues reconditionnées (friperie solidaire)",
              "Le Relais Est",
              150_000,
              600_000,
              100,
              0,
              0),
          new Kind(
              "Mobilier et aménagement d'intérieur",
              "Mobilier de bureau neuf (accord UGAP)",
              "UGAP",
              1_500_000,
              6_000_000,
              0,
              0,
              15),
          new Kind(
              "Mobilier et aménagement d'intérieur",
              "Armoires et tables reçues en don d'une commune voisine",
              "Commune voisine (don)",
              100_000,
              400_000,
              0,
              100,
              0),
          new Kind(
              "Matériel informatique et téléphonie",
              "Postes de travail neufs",
              "Intégrateur informatique",
              2_000_000,
              9_000_000,
              0,
              0,
              0),
          new Kind(
              "Matériel informatique et téléphonie",
              "Smartphones reconditionnés",
              "Reconditionneur agréé",
              200_000,
              900_000,
              100,
              0,
              0),
          new Kind(
              "Papier", "Ramettes de papier recyclé", "Papeterie", 300_000, 1_200_000, 0, 0, 100),
          new Kind(
              "Fournitures de bureau",
              "Fournitures de bureau",
              "Fournisseur de bureau",
              200_000,
              900_000,
              0,
              0,
              30),
          new Kind(
              "Gros électroménager, y compris appareils professionnels",
              "Équipements de cuisine collective",
              "Équipementier restauration",
              1_000_000,
              4_000_000,
              10,
              0,
              0),
          new Kind(
              "Jeux et jouets",
              "Jeux pour les crèches (ressourcerie)",
              "Ressourcerie de quartier",
              50_000,
              250_000,
              100,
              0,
              0));

  private DemoPurchasesElsewhere() {}

  /** Writes each buyer's purchases of last year and of this year up to today; answers how many. */
  static int create(Connection connection, DemoDataGenerator generator, long seed, LocalDate today)
      throws SQLException {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5A6EC0L);
    int written = 0;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO agec_purchase_elsewhere (id, buyer_id, purchased_on, category,"
                + " description, supplier_name, total_excl_vat_cents, reuse_cents,"
                + " donation_cents, recycled_cents, entered_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')")) {
      for (DemoDataGenerator.Organisation buyer : generator.buyers()) {
        for (int year : List.of(today.getYear() - 1, today.getYear())) {
          LocalDate first = LocalDate.of(year, 1, 1);
          LocalDate last = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
          int days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
          for (Kind kind : KINDS) {
            int times = 1 + random.nextInt(2);
            for (int i = 0; i < times; i++) {
              long total = kind.minCents() + random.nextLong(kind.maxCents() - kind.minCents());
              long reuse = total * kind.reusePercent() / 100;
              long donation = total * kind.donationPercent() / 100;
              long recycled = total * kind.recycledPercent() / 100;
              insert.setObject(1, new UUID(random.nextLong(), random.nextLong()));
              insert.setObject(2, buyer.id());
              insert.setDate(3, Date.valueOf(first.plusDays(random.nextInt(days))));
              insert.setString(4, kind.category());
              insert.setString(5, kind.description());
              insert.setString(6, kind.supplier());
              insert.setLong(7, total);
              insert.setLong(8, reuse);
              insert.setLong(9, donation);
              insert.setLong(10, recycled);
              insert.addBatch();
              written++;
            }
          }
        }
      }
      insert.executeBatch();
    }
    return written;
  }
}
