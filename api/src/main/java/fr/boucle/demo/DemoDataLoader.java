package fr.boucle.demo;

import fr.boucle.organisation.InsertionStatus;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo marketplace at start-up when {@code boucle.demo.enabled} is set: organisations,
 * listings, accounts, agreements and two years of order history. Whether the demo is there is read
 * from the {@code demo_dataset} row written in the same transaction as the data, never guessed from
 * other tables, so the operator's bootstrap, sign-ups or the order of start-up listeners change
 * nothing. Safe with several instances starting at once: an advisory lock serialises them and the
 * later ones find the row.
 */
@Singleton
@Requires(property = "boucle.demo.enabled", value = "true")
class DemoDataLoader implements ApplicationEventListener<StartupEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
  private static final long ADVISORY_LOCK = 0x626f75636c65L; // "boucle"
  private static final int BATCH = 1_000;
  private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

  private final TransactionOperations<Connection> transactions;
  private final DemoAccounts demoAccounts;
  private final long seed;
  private final int listings;
  private final boolean history;
  private final JsonMapper json;

  @Inject
  DemoDataLoader(
      TransactionOperations<Connection> transactions,
      DemoAccounts demoAccounts,
      @Value("${boucle.demo.seed:20261122}") long seed,
      @Value("${boucle.demo.listings:5000}") int listings,
      @Value("${boucle.demo.history:true}") boolean history,
      JsonMapper json) {
    this.json = json;
    this.transactions = transactions;
    this.demoAccounts = demoAccounts;
    this.seed = seed;
    this.listings = listings;
    this.history = history;
  }

  /** A loader without the order history (and so without invoices, whose documents are JSON). */
  DemoDataLoader(
      TransactionOperations<Connection> transactions,
      DemoAccounts demoAccounts,
      long seed,
      int listings,
      boolean history) {
    this(transactions, demoAccounts, seed, listings, history, null);
  }

  @Override
  public void onApplicationEvent(StartupEvent event) {
    transactions.executeWrite(status -> load(status.getConnection()));
  }

  /** Loads the demo data set and answers how many listings it wrote (0 when already present). */
  int load(Connection connection) throws SQLException {
    long started = System.nanoTime();
    try (Statement unbounded = connection.createStatement()) {
      // Loading thousands of listings and their history is a long job, not a request.
      unbounded.execute("SET LOCAL statement_timeout = 0; SET LOCAL lock_timeout = 0");
    }
    try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
      lock.setLong(1, ADVISORY_LOCK);
      lock.execute();
    }
    DemoDataGenerator generator = new DemoDataGenerator(seed);
    try (PreparedStatement loaded =
            connection.prepareStatement(
                "SELECT seed, listings, orders, loaded_at FROM demo_dataset");
        ResultSet rs = loaded.executeQuery()) {
      if (rs.next()) {
        if (rs.getLong("seed") != seed || rs.getInt("listings") != listings) {
          LOG.warn(
              "Demo data not loaded again: this database holds the demo of seed {} with {}"
                  + " listings (asked: seed {}, {} listings); start from an empty database"
                  + " (rm -rf .stack) to change it",
              rs.getLong("seed"),
              rs.getInt("listings"),
              seed,
              listings);
        } else {
          LOG.info(
              "Demo data already loaded on {}: {} listings, {} orders (seed {})",
              rs.getTimestamp("loaded_at").toInstant(),
              rs.getInt("listings"),
              rs.getInt("orders"),
              seed);
        }
        return 0;
      }
    }
    if (demoOrganisationsPresent(connection, generator)) {
      // A database loaded before the dataset row existed: record it rather than load twice.
      LOG.warn(
          "Demo data from an earlier version found (no order history): start from an empty"
              + " database (rm -rf .stack) for the full demo");
      record(connection, listings, null, started);
      return 0;
    }
    insertOrganisations(connection, generator.suppliers(), "ACTIVE");
    insertOrganisations(connection, generator.buyers(), "ACTIVE");
    insertOrganisations(connection, generator.pendingSignUps(), "PENDING");
    insertSites(connection, "depot", generator.depots());
    insertSites(connection, "buyer_service", generator.services());
    int written = insertListings(connection, generator.listings(listings).iterator());
    Map<String, UUID> accounts = demoAccounts.create(generator);
    java.time.Instant now = java.time.Instant.now();
    List<DemoAgreements.Lot> lots =
        DemoAgreements.create(connection, generator, java.time.LocalDate.ofInstant(now, PARIS));
    DemoHistory.Summary summary =
        history
            ? DemoHistory.create(connection, generator, listings, lots, accounts, seed, now, json)
            : null;
    DemoNeeds.create(connection, generator, lots, accounts, seed, now);
    if (history) {
      DemoPurchasesElsewhere.create(
          connection, generator, seed, java.time.LocalDate.ofInstant(now, PARIS));
      DemoInsertionHours.create(connection, generator, lots, now);
    }
    // The catalogue is built from these rows by a full reindex; their outbox events would only
    // repeat it, so they go with this transaction (nothing else writes listings meanwhile).
    try (PreparedStatement clear = connection.prepareStatement("DELETE FROM catalogue_outbox")) {
      clear.execute();
    }
    int orders = record(connection, written, summary, started);
    LOG.info(
        "Demo data loaded: {} listings, {} orders of history, in {} ms (seed {})",
        written,
        orders,
        (System.nanoTime() - started) / 1_000_000,
        seed);
    return written;
  }

  private static boolean demoOrganisationsPresent(
      Connection connection, DemoDataGenerator generator) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement("SELECT 1 FROM organisation WHERE id = ?")) {
      s.setObject(1, generator.suppliers().getFirst().id());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Writes the demo_dataset row; answers the orders of history it records. */
  private int record(
      Connection connection, long listingsWritten, DemoHistory.Summary summary, long started)
      throws SQLException {
    int orders = summary == null ? 0 : summary.orders();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO demo_dataset (seed, listings, orders, history_from, history_to, load_ms)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, seed);
      insert.setLong(2, listingsWritten);
      insert.setInt(3, orders);
      insert.setObject(4, summary == null ? null : summary.from());
      insert.setObject(5, summary == null ? null : summary.to());
      insert.setLong(6, (System.nanoTime() - started) / 1_000_000);
      insert.execute();
    }
    return orders;
  }

  private static void insertOrganisations(
      Connection connection, List<DemoDataGenerator.Organisation> organisations, String status)
      throws SQLException {
    String sql =
        "INSERT INTO organisation (id, kind, legal_name, siret, legal_form, insertion_status,"
            + " public_body_type, status, description, contact_email, departments_served,"
            + " insertion_proof_reference, insertion_valid_until, insertion_proof_reviewed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " CASE WHEN ? THEN (current_date + interval '1 year')::date END,"
            + " CASE WHEN ? THEN now() END)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (DemoDataGenerator.Organisation o : organisations) {
        insert.setObject(1, o.id());
        insert.setString(2, o.kind());
        insert.setString(3, o.legalName());
        insert.setString(4, o.siret());
        insert.setString(5, o.legalForm());
        insert.setString(6, o.insertionStatus());
        insert.setString(7, o.publicBodyType());
        insert.setString(8, status);
        insert.setString(9, o.description());
        insert.setString(10, o.contactEmail());
        Array departments = connection.createArrayOf("text", o.departmentsServed().toArray());
        insert.setArray(11, departments);
        // Insertion enterprises hold a proof valid for a year, checked by the operator.
        String proof = insertionProof(o);
        insert.setString(12, proof);
        insert.setBoolean(13, proof != null);
        insert.setBoolean(14, proof != null);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static @Nullable String insertionProof(DemoDataGenerator.Organisation o) {
    if (o.insertionStatus() == null || !InsertionStatus.valueOf(o.insertionStatus()).needsProof()) {
      return null;
    }
    String number = o.siret().substring(0, 9);
    return switch (InsertionStatus.valueOf(o.insertionStatus())) {
      case EA -> "Contrat pluriannuel d'objectifs et de moyens EA n° " + number;
      case ESAT -> "Autorisation ARS ESAT n° " + number;
      default -> "Conventionnement DREETS " + o.insertionStatus() + " n° " + number;
    };
  }

  private static void insertSites(
      Connection connection, String table, List<DemoDataGenerator.Site> sites) throws SQLException {
    boolean service = table.equals("buyer_service");
    String sql =
        "INSERT INTO "
            + table
            + " (id, organisation_id, name, street, postcode, city, department, latitude, longitude"
            + (service ? ", approval_threshold_cents, chorus_service_code" : "")
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?"
            + (service ? ", ?, ?" : "")
            + ")";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      int n = 0;
      for (DemoDataGenerator.Site s : sites) {
        insert.setObject(1, s.id());
        insert.setObject(2, s.organisationId());
        insert.setString(3, s.name());
        insert.setString(4, s.street());
        insert.setString(5, s.postcode());
        insert.setString(6, s.city());
        insert.setString(7, s.department());
        insert.setDouble(8, s.latitude());
        insert.setDouble(9, s.longitude());
        if (service) {
          insert.setLong(10, s.approvalThresholdCents());
          insert.setString(11, String.format("SE-%04d", ++n));
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static int insertListings(
      Connection connection, Iterator<DemoDataGenerator.Listing> listings) throws SQLException {
    String listingSql =
        "INSERT INTO listing (id, supplier_id, sku, kind, title, description, category_id, brand,"
            + " model, serial_number, condition_grade, origin, warranty_months, energy_class,"
            + " weight_grams, price_excl_vat_cents, vat_rate_bp, minimum_order_quantity, depot_id,"
            + " status, created_at, updated_at, published_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    String stockSql =
        "INSERT INTO stock_movement (listing_id, kind, quantity, actor, reason, occurred_at)"
            + " VALUES (?, 'RECEIVED', ?, 'demo-data', 'Stock initial', ?)";
    int written = 0;
    try (PreparedStatement listing = connection.prepareStatement(listingSql);
        PreparedStatement stock = connection.prepareStatement(stockSql)) {
      while (listings.hasNext()) {
        DemoDataGenerator.Listing l = listings.next();
        Timestamp created = Timestamp.from(l.createdAt());
        int i = 0;
        listing.setObject(++i, l.id());
        listing.setObject(++i, l.supplierId());
        listing.setString(++i, l.sku());
        listing.setString(++i, l.kind());
        listing.setString(++i, l.title());
        listing.setString(++i, l.description());
        listing.setString(++i, l.categoryId());
        listing.setString(++i, l.brand());
        listing.setString(++i, l.model());
        listing.setString(++i, l.serialNumber());
        listing.setString(++i, l.conditionGrade());
        listing.setString(++i, l.origin());
        listing.setInt(++i, l.warrantyMonths());
        if (l.energyClass() == null) {
          listing.setNull(++i, Types.VARCHAR);
        } else {
          listing.setString(++i, l.energyClass());
        }
        listing.setInt(++i, l.weightGrams());
        listing.setLong(++i, l.priceExclVatCents());
        listing.setInt(++i, l.vatRateBasisPoints());
        listing.setInt(++i, l.minimumOrderQuantity());
        listing.setObject(++i, l.depotId());
        listing.setString(++i, l.status());
        listing.setTimestamp(++i, created);
        listing.setTimestamp(++i, created);
        // Published when listed, as V5 recorded it for listings listed before the column: the
        // start of the sales dashboard's days-to-sell.
        listing.setTimestamp(++i, "DRAFT".equals(l.status()) ? null : created);
        listing.addBatch();
        if (l.openingQuantity() > 0) {
          stock.setObject(1, l.id());
          stock.setInt(2, l.openingQuantity());
          stock.setTimestamp(3, created);
          stock.addBatch();
        }
        if (++written % BATCH == 0) {
          listing.executeBatch();
          stock.executeBatch();
        }
      }
      listing.executeBatch();
      stock.executeBatch();
    }
    return written;
  }
}
