package fr.boucle.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The demo's needs board: the demo buyer's needs, open and ended, with suppliers' answers, so the
 * board, a need's comparison and the sourcing figures show real-looking data on first visit. Ids
 * are derived from the seed (name-based UUIDs), dates from the load day.
 */
final class DemoNeeds {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final Connection c;
  private final DemoDataGenerator generator;
  private final long seed;
  private final Instant now;
  private final LocalDate today;
  private int count;

  private DemoNeeds(Connection c, DemoDataGenerator generator, long seed, Instant now) {
    this.c = c;
    this.generator = generator;
    this.seed = seed;
    this.now = now;
    this.today = LocalDate.ofInstant(now, PARIS);
  }

  /** Writes the demo needs and their answers; answers how many needs. */
  static int create(
      Connection c,
      DemoDataGenerator generator,
      List<DemoAgreements.Lot> lots,
      Map<String, UUID> accounts,
      long seed,
      Instant now)
      throws SQLException {
    return new DemoNeeds(c, generator, seed, now).write(lots, accounts);
  }

  private record Offer(UUID listingId, UUID supplierId, long priceCents, String categoryId) {}

  private int write(List<DemoAgreements.Lot> lots, Map<String, UUID> accounts) throws SQLException {
    UUID buyer = generator.buyers().get(0).id();
    DemoDataGenerator.Site service =
        generator.services().stream()
            .filter(s -> s.organisationId().equals(buyer))
            .findFirst()
            .orElseThrow();
    UUID requester = accounts.get("demandeur@boucle.demo");
    UUID admin = accounts.get("acheteur@boucle.demo");
    String dept = service.department();
    DemoAgreements.Lot furnitureLot =
        lots.stream()
            .filter(l -> l.buyerId().equals(buyer) && l.categories().contains("mobilier-bureau"))
            .findFirst()
            .orElse(null);

    // 1. An open call-off for office chairs, answered by two of the lot's suppliers, one declining.
    UUID chairs =
        need(
            buyer,
            service,
            requester,
            "30 sièges de bureau pour la nouvelle médiathèque",
            "Sièges ergonomiques à roulettes, réglables en hauteur, livrés au rez-de-chaussée.",
            List.of("siege-bureau"),
            30,
            21,
            12,
            null,
            450_000L,
            furnitureLot == null ? "QUOTE" : "CALL_OFF",
            furnitureLot == null ? null : furnitureLot.id(),
            "DEPARTMENT",
            "OPEN",
            null,
            null,
            3);
    List<UUID> lotSuppliers = furnitureLot == null ? List.of() : furnitureLot.suppliers();
    boolean first = true;
    for (UUID supplier : lotSuppliers.stream().limit(3).toList()) {
      Optional<Offer> offer = offer(supplier, "mobilier-bureau");
      if (first && offer.isPresent()) {
        long price =
            furnitureLot
                .unitPrice(
                    offer.get().priceCents(), List.of(offer.get().categoryId(), "mobilier-bureau"))
                .orElse(offer.get().priceCents());
        UUID answer =
            answer(
                chairs,
                supplier,
                "PROPOSAL",
                "Nous avons ces sièges en stock, contrôlés et nettoyés ; livraison possible sous huit jours.",
                null,
                null,
                2);
        line(answer, 1, offer.get().listingId(), 12, price);
        message(answer, buyer, requester, "Pouvez-vous livrer avant la fin du mois ?", 1);
        notification(
            requester,
            "NEED_ANSWERED",
            "30 sièges de bureau pour la nouvelle médiathèque",
            "/besoins/" + chairs,
            2,
            true);
        first = false;
      } else {
        answer(
            chairs,
            supplier,
            "NOT_FOR_US",
            "Pas de sièges disponibles en ce moment.",
            null,
            null,
            1);
      }
    }

    // 2. An open quote for laptops, open to all suppliers.
    UUID laptops =
        need(
            buyer,
            service,
            requester,
            "12 ordinateurs portables pour l'accueil du public",
            "Écran 14 pouces au moins, 8 Go de mémoire, effacement certifié des données.",
            List.of("pc-portable"),
            12,
            30,
            9,
            300_000L,
            600_000L,
            "QUOTE",
            null,
            "ALL_SUPPLIERS",
            "OPEN",
            null,
            null,
            2);
    Optional<Offer> laptop = anyOffer("pc-portable");
    if (laptop.isPresent()) {
      UUID answer =
          answer(
              laptops,
              laptop.get().supplierId(),
              "PROPOSAL",
              "Portables reconditionnés garantis un an.",
              null,
              null,
              1);
      line(answer, 1, laptop.get().listingId(), 4, laptop.get().priceCents());
      notification(
          requester,
          "NEED_ANSWERED",
          "12 ordinateurs portables pour l'accueil du public",
          "/besoins/" + laptops,
          1,
          true);
    }
    UUID demoSupplier = accounts.get("fournisseur@boucle.demo");
    if (demoSupplier != null) {
      notification(
          demoSupplier,
          "NEED_SEARCH_MATCH",
          "12 ordinateurs portables pour l'accueil du public",
          "/besoins/" + laptops,
          2,
          true);
    }

    // 3. Sourcing for textiles, insertion structures only, answered with an offer to come.
    UUID linen =
        need(
            buyer,
            service,
            admin,
            "Linge de maison pour les crèches (marché 2027)",
            "Sourçage avant la consultation de 2027 : draps, serviettes, bavoirs en coton.",
            List.of("linge-maison"),
            500,
            60,
            5,
            null,
            null,
            "SOURCING",
            null,
            "INSERTION_ONLY",
            "OPEN",
            null,
            null,
            4);
    Optional<UUID> textile = insertionSupplier();
    if (textile.isPresent()) {
      answer(
          linen,
          textile.get(),
          "PROPOSAL",
          "Notre atelier trie chaque mois deux tonnes de linge : nous pouvons préparer des lots.",
          "Lots de 50 draps et 100 serviettes, lavés et repassés.",
          today.plusDays(45),
          1);
    }

    // 4. to 6. Ended needs: the sourcing figures come from their outcomes.
    UUID fridges =
        need(
            buyer,
            service,
            requester,
            "Réfrigérateurs pour les offices des crèches",
            "Quatre réfrigérateurs table top, classe énergétique A ou B.",
            List.of("refrigerateur"),
            4,
            0,
            -40,
            null,
            200_000L,
            "QUOTE",
            null,
            "ALL_SUPPLIERS",
            "CLOSED",
            "ORDERED",
            142_000L,
            60);
    Optional<Offer> fridge = anyOffer("refrigerateur");
    if (fridge.isPresent()) {
      UUID answer =
          answer(
              fridges,
              fridge.get().supplierId(),
              "PROPOSAL",
              "Quatre appareils disponibles.",
              null,
              null,
              55);
      line(answer, 1, fridge.get().listingId(), 4, fridge.get().priceCents());
      accept(answer, 50);
    }
    need(
        buyer,
        service,
        requester,
        "Jeux d'extérieur pour le relais petite enfance",
        "Toboggan et jeux à ressort, normes NF EN 1176.",
        List.of("jeu-exterieur"),
        3,
        0,
        -70,
        null,
        500_000L,
        "QUOTE",
        null,
        "DEPARTMENT",
        "CLOSED",
        "BOUGHT_ELSEWHERE",
        380_000L,
        90);
    needCancelled(buyer, service, admin);
    savedSearch(accounts.get("fournisseur@boucle.demo"), dept);
    return count;
  }

  /** An in-app notification (the notification area's table), read or not. */
  private void notification(
      UUID person, String kind, String subject, String link, int ageDays, boolean unread)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO notification (person_id, kind, subject, link, created_at, read_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      Timestamp at = Timestamp.from(now.minus(ageDays, ChronoUnit.DAYS));
      s.setObject(1, person);
      s.setString(2, kind);
      s.setString(3, subject);
      s.setString(4, link);
      s.setTimestamp(5, at);
      s.setTimestamp(6, unread ? null : at);
      s.executeUpdate();
    }
  }

  /**
   * The demo supplier's saved search: electrical appliances and IT in Île-de-France and the demo
   * buyer's département, in a daily digest, so "Mes recherches enregistrées" is not empty on first
   * visit.
   */
  private void savedSearch(UUID person, String serviceDepartment) throws SQLException {
    if (person == null) {
      return;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO need_saved_search (id, person_id, supplier_id, name, category_ids,"
                + " departments, frequency, created_at, updated_at)"
                + " SELECT ?, id, organisation_id, ?, ?, ?, 'DAILY', ?, ? FROM person WHERE id = ?")) {
      Timestamp created = Timestamp.from(now.minus(20, ChronoUnit.DAYS));
      s.setObject(1, UUID.nameUUIDFromBytes(("demo-need-saved-search-" + seed).getBytes()));
      s.setString(2, "Électroménager et informatique en Île-de-France");
      s.setArray(3, c.createArrayOf("text", new Object[] {"gros-electromenager", "informatique"}));
      s.setArray(
          4,
          c.createArrayOf(
              "text",
              java.util.stream.Stream.of("75", "92", "93", "94", serviceDepartment)
                  .distinct()
                  .toArray()));
      s.setTimestamp(5, created);
      s.setTimestamp(6, created);
      s.setObject(7, person);
      s.executeUpdate();
    }
  }

  private void needCancelled(UUID buyer, DemoDataGenerator.Site service, UUID admin)
      throws SQLException {
    UUID id =
        need(
            buyer,
            service,
            admin,
            "Bureaux réglables en hauteur",
            "Six bureaux assis-debout pour le service des ressources humaines.",
            List.of("bureau"),
            6,
            0,
            -20,
            null,
            null,
            "SOURCING",
            null,
            "ALL_SUPPLIERS",
            "CANCELLED",
            null,
            null,
            30);
    try (PreparedStatement s =
        c.prepareStatement("UPDATE need SET cancel_reason = ? WHERE id = ?")) {
      s.setString(1, "Le déménagement du service est reporté à 2028.");
      s.setObject(2, id);
      s.executeUpdate();
    }
  }

  /**
   * A need published {@code ageDays} ago, whose answers close {@code closesIn} days from today
   * (negative: already past), wanted {@code targetIn} days from today when positive.
   */
  private UUID need(
      UUID buyer,
      DemoDataGenerator.Site service,
      UUID author,
      String title,
      String description,
      List<String> categories,
      int quantity,
      int targetIn,
      int closesIn,
      Long budgetMin,
      Long budgetMax,
      String kind,
      UUID lotId,
      String visibility,
      String status,
      String outcome,
      Long outcomeAmount,
      int ageDays)
      throws SQLException {
    UUID id = id("need", ++count);
    Instant created = now.minus(ageDays, ChronoUnit.DAYS);
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO need (id, buyer_id, service_id, author_id, department, title, description,"
                + " quantity, target_date, closing_date, budget_min_cents, budget_max_cents, kind,"
                + " lot_id, visibility, status, cancel_reason, outcome, outcome_amount_cents,"
                + " created_at, updated_at, ended_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setObject(1, id);
      s.setObject(2, buyer);
      s.setObject(3, service.id());
      s.setObject(4, author);
      s.setString(5, service.department());
      s.setString(6, title);
      s.setString(7, description);
      s.setInt(8, quantity);
      s.setObject(9, targetIn > 0 ? today.plusDays(targetIn) : null);
      s.setObject(10, today.plusDays(closesIn));
      s.setObject(11, budgetMin);
      s.setObject(12, budgetMax);
      s.setString(13, kind);
      s.setObject(14, lotId);
      s.setString(15, visibility);
      s.setString(16, status);
      // A cancelled need gets its reason right after (the CHECK wants one with the status).
      s.setString(17, status.equals("CANCELLED") ? "—" : null);
      s.setString(18, outcome);
      s.setObject(19, outcomeAmount);
      s.setTimestamp(20, Timestamp.from(created));
      s.setTimestamp(21, Timestamp.from(created));
      s.setTimestamp(
          22,
          status.equals("OPEN")
              ? null
              : Timestamp.from(now.minus(Math.max(1, ageDays / 3), ChronoUnit.DAYS)));
      s.executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement("INSERT INTO need_category (need_id, category_id) VALUES (?, ?)")) {
      for (String category : categories) {
        s.setObject(1, id);
        s.setString(2, category);
        s.addBatch();
      }
      s.executeBatch();
    }
    return id;
  }

  private UUID answer(
      UUID need,
      UUID supplier,
      String kind,
      String message,
      String offer,
      LocalDate availableOn,
      int ageDays)
      throws SQLException {
    UUID id = id("answer", ++count);
    UUID author = authorAt(supplier);
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO need_answer (id, need_id, supplier_id, author_id, kind, message, offer,"
                + " available_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setObject(1, id);
      s.setObject(2, need);
      s.setObject(3, supplier);
      s.setObject(4, author);
      s.setString(5, kind);
      s.setString(6, message);
      s.setString(7, offer);
      s.setObject(8, availableOn);
      s.setTimestamp(9, Timestamp.from(now.minus(ageDays, ChronoUnit.DAYS)));
      s.executeUpdate();
    }
    return id;
  }

  /**
   * Someone of the supplier who answers: its first person, or a contact without a password (the
   * demo signs in as its own accounts only) for the suppliers that have none.
   */
  private UUID authorAt(UUID supplier) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id FROM person WHERE organisation_id = ? ORDER BY email LIMIT 1")) {
      s.setObject(1, supplier);
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next()) {
          return rs.getObject(1, UUID.class);
        }
      }
    }
    UUID id = id("contact", ++count);
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO person (id, organisation_id, email, full_name) VALUES (?, ?, ?, ?)")) {
      s.setObject(1, id);
      s.setObject(2, supplier);
      s.setString(3, "contact-" + count + "@fournisseur.boucle.demo");
      s.setString(4, "Camille Bernard");
      s.executeUpdate();
    }
    return id;
  }

  private void line(UUID answer, int lineNo, UUID listing, int quantity, long price)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO need_answer_line (answer_id, line_no, listing_id, quantity,"
                + " unit_price_excl_vat_cents) VALUES (?, ?, ?, ?, ?)")) {
      s.setObject(1, answer);
      s.setInt(2, lineNo);
      s.setObject(3, listing);
      s.setInt(4, quantity);
      s.setLong(5, price);
      s.executeUpdate();
    }
  }

  private void message(UUID answer, UUID organisation, UUID author, String body, int ageDays)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO need_message (answer_id, organisation_id, author_id, body, created_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      s.setObject(1, answer);
      s.setObject(2, organisation);
      s.setObject(3, author);
      s.setString(4, body);
      s.setTimestamp(5, Timestamp.from(now.minus(ageDays, ChronoUnit.DAYS)));
      s.executeUpdate();
    }
  }

  private void accept(UUID answer, int ageDays) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE need_answer SET status = 'ACCEPTED', accepted_at = ? WHERE id = ?")) {
      s.setTimestamp(1, Timestamp.from(now.minus(ageDays, ChronoUnit.DAYS)));
      s.setObject(2, answer);
      s.executeUpdate();
    }
  }

  /** A published listing in stock of this supplier under a category (or the category itself). */
  private Optional<Offer> offer(UUID supplier, String category) throws SQLException {
    return first(
        "SELECT l.id, l.supplier_id, l.price_excl_vat_cents, l.category_id FROM listing l"
            + " JOIN category c ON c.id = l.category_id WHERE l.supplier_id = ?"
            + " AND l.status = 'PUBLISHED' AND (c.id = ? OR c.parent_id = ?) ORDER BY l.sku LIMIT 1",
        supplier,
        category,
        category);
  }

  private Optional<Offer> anyOffer(String category) throws SQLException {
    return first(
        "SELECT l.id, l.supplier_id, l.price_excl_vat_cents, l.category_id FROM listing l"
            + " JOIN organisation o ON o.id = l.supplier_id WHERE l.category_id = ?"
            + " AND l.status = 'PUBLISHED' AND o.status = 'ACTIVE' ORDER BY l.sku LIMIT 1",
        category);
  }

  private Optional<UUID> insertionSupplier() throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id FROM organisation WHERE kind = 'SUPPLIER' AND status = 'ACTIVE'"
                + " AND insertion_status IN ('SIAE_EI', 'SIAE_ACI', 'SIAE_AI', 'SIAE_ETTI')"
                + " ORDER BY legal_name LIMIT 1")) {
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
      }
    }
  }

  private Optional<Offer> first(String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      List<Offer> found = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(
              new Offer(
                  rs.getObject(1, UUID.class),
                  rs.getObject(2, UUID.class),
                  rs.getLong(3),
                  rs.getString(4)));
        }
      }
      return found.stream().findFirst();
    }
  }

  private UUID id(String kind, int n) {
    return UUID.nameUUIDFromBytes(("demo-" + kind + "-" + seed + "-" + n).getBytes());
  }
}
