package fr.boucle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each business area owns its tables: only its code names them in SQL. Another area asks through a
 * published interface ({@code agreement/AgreementLots}, {@code listing/StockLedger}…). ArchUnit
 * sees Java dependencies but not SQL text, so this test reads the SQL in every area's Java string
 * literals (and {@code @MappedEntity} names) and in the repeatable migrations, and fails when an
 * area names a table it does not own. The few places where SQL must cross an area are declared
 * below, each with its reason.
 */
class TableOwnershipTest {

  /** Every table and view of the schema, by owning area. */
  static final Map<String, Set<String>> OWNERS =
      Map.ofEntries(
          Map.entry(
              "organisation",
              Set.of(
                  "organisation",
                  "depot",
                  "buyer_service",
                  "person",
                  "person_role",
                  "person_service",
                  "invitation",
                  "password_reset",
                  "api_token",
                  "login_failure",
                  "mail_outbox")),
          Map.entry("audit", Set.of("audit_event")),
          Map.entry("listing", Set.of("category", "listing", "stock_movement", "listing_event")),
          Map.entry("photo", Set.of("listing_photo")),
          Map.entry("catalogue", Set.of("catalogue_outbox", "catalogue_state", "catalogue_source")),
          Map.entry(
              "agreement",
              Set.of(
                  "framework_agreement",
                  "agreement_lot",
                  "lot_category",
                  "lot_supplier",
                  "lot_unit_price",
                  "lot_period",
                  "lot_period_share",
                  "lot_period_balance")),
          Map.entry(
              "ordering",
              Set.of(
                  "cart_line",
                  "order_counter",
                  "purchase_order",
                  "order_line",
                  "order_event",
                  "spend_entry",
                  "submission_key")),
          Map.entry(
              "stockimport", Set.of("stock_import", "stock_import_error", "stock_import_stage")),
          Map.entry(
              "invoicing",
              Set.of(
                  "billing_profile",
                  "invoice_counter",
                  "invoice",
                  "invoice_line",
                  "invoice_payment")),
          Map.entry("demo", Set.of("demo_dataset")),
          Map.entry("notification", Set.of("notification")),
          // Hours a supplier declares under a lot's social clause and the buyer decides on: their
          // own lifecycle and evidence files, read by reporting through insertion.InsertionHours;
          // not the agreement area's, whose lots only set the target.
          Map.entry("insertion", Set.of("insertion_hour_declaration")),
          Map.entry(
              "reporting", Set.of("spend_alert", "agec_purchase_elsewhere", "agec_buyer_target")),
          Map.entry(
              "payment",
              Set.of(
                  "stripe_call",
                  "stripe_account",
                  "payment_setting",
                  "stripe_customer",
                  "stripe_invoice",
                  "stripe_event",
                  "stripe_payout")),
          Map.entry(
              "needs",
              Set.of(
                  "need",
                  "need_category",
                  "need_answer",
                  "need_answer_line",
                  "need_answer_partner",
                  "need_message",
                  "need_stock_match",
                  "need_stock_watch",
                  "need_saved_search",
                  "need_saved_search_hit",
                  "need_digest",
                  "need_unsubscribe_token")));

  /** Repeatable migrations whose SQL reads or writes another area's tables, and why. */
  static final Map<String, Set<String>> DECLARED_CROSSINGS =
      Map.ofEntries(
          // One transaction for a checkout, all or none: stock is taken as ledger rows of the
          // listing area and each lot's cap share as the agreement area's rows, under row locks.
          Map.entry(
              "R__place_orders.sql",
              Set.of("listing", "stock_movement", "lot_period_share", "lot_period_balance")),
          // The catalogue is a projection: its one declared read of the areas it indexes.
          Map.entry(
              "R__catalogue_source.sql",
              Set.of("listing", "organisation", "depot", "category", "listing_photo")),
          // Index triggers: a change to a listing, its supplier, depot, category or photos queues
          // the listing for the catalogue by touching its row.
          Map.entry("R__catalogue_touch_listings_of_supplier.sql", Set.of("listing")),
          Map.entry("R__catalogue_touch_listings_of_depot.sql", Set.of("listing")),
          Map.entry("R__catalogue_touch_listings_of_category.sql", Set.of("listing", "category")),
          Map.entry("R__catalogue_touch_listings_of_new_photos.sql", Set.of("listing")),
          Map.entry("R__catalogue_touch_listings_of_old_photos.sql", Set.of("listing")),
          Map.entry("R__catalogue_touch_listings_of_moved_photos.sql", Set.of("listing")));

  /**
   * The demo area loads the demo dataset into every area's tables in one transaction, as a data
   * migration would; it is the one area exempt from ownership, and runs only when asked to.
   */
  static final Set<String> EXEMPT_AREAS = Set.of("demo");

  private static final Path SOURCES = Path.of("src/main/java/fr/boucle");
  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  private static final Pattern LITERAL =
      Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
  private static final Pattern TABLE =
      Pattern.compile(
          "\\b(?:FROM|JOIN|INTO|UPDATE|TABLE|TRUNCATE)\\s+([a-z_][a-z0-9_]*)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MAPPED = Pattern.compile("@MappedEntity\\(\"([a-z_]+)\"\\)");
  private static final Pattern OWNER = Pattern.compile("Owned by the (\\w+) area");

  @Test
  void everyAreaNamesOnlyItsOwnTablesInItsJavaSql() throws IOException {
    List<String> crossings = new ArrayList<>();
    Map<String, String> ownerOf = ownerOfTable();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        Path relative = SOURCES.relativize(file);
        if (relative.getNameCount() < 2) {
          continue; // fr.boucle.Application
        }
        String area = relative.getName(0).toString();
        if (EXEMPT_AREAS.contains(area)) {
          continue;
        }
        String source = Files.readString(file, StandardCharsets.UTF_8);
        String key = relative.toString().replace('\\', '/');
        for (String table : tablesIn(source, ownerOf.keySet())) {
          if (!area.equals(ownerOf.get(table))) {
            crossings.add(key + " names " + table + " (owned by " + ownerOf.get(table) + ")");
          }
        }
      }
    }
    assertThat(crossings)
        .as("an area reaches another area's tables only through its published interface")
        .isEmpty();
  }

  @Test
  void repeatableMigrationsNameTheirOwnerAndOnlyDeclaredCrossings() throws IOException {
    Map<String, String> ownerOf = ownerOfTable();
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().startsWith("R__")).sorted().toList()) {
        String name = file.getFileName().toString();
        String sql = Files.readString(file, StandardCharsets.UTF_8);
        Matcher owner = OWNER.matcher(sql);
        if (!owner.find() || !OWNERS.containsKey(owner.group(1))) {
          problems.add(name + " does not say 'Owned by the <area> area'");
          continue;
        }
        String area = owner.group(1);
        Set<String> declared = DECLARED_CROSSINGS.getOrDefault(name, Set.of());
        for (String table : tablesInSql(sql, ownerOf.keySet())) {
          if (!area.equals(ownerOf.get(table)) && !declared.contains(table)) {
            problems.add(name + " (" + area + ") names " + table + " of " + ownerOf.get(table));
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyTableOfTheSchemaHasOneOwner() throws IOException {
    Pattern created =
        Pattern.compile(
            "CREATE (?:OR REPLACE )?(?:TABLE|VIEW) ([a-z_]+)", Pattern.CASE_INSENSITIVE);
    Set<String> tables = new TreeSet<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path file : files.toList()) {
        created.matcher(Files.readString(file)).results().forEach(m -> tables.add(m.group(1)));
      }
    }
    List<String> owned = OWNERS.values().stream().flatMap(Set::stream).collect(Collectors.toList());
    assertThat(owned).doesNotHaveDuplicates();
    assertThat(Set.copyOf(owned)).containsExactlyInAnyOrderElementsOf(tables);
  }

  @Test
  void findsATableNamedInAnotherAreasSql() {
    // The scanner itself: a literal naming a foreign table is seen, a word in prose is not.
    String source =
        "class X { String q = \"SELECT l.id FROM listing l JOIN depot d ON d.id = l.depot_id\";"
            + " String t = \"\"\"\n UPDATE stock_movement SET x = 1 \"\"\";"
            + " String prose = \"comes from the depot\"; }";
    assertThat(tablesIn(source, ownerOfTable().keySet()))
        .containsExactlyInAnyOrder("listing", "depot", "stock_movement");
  }

  private static Set<String> tablesIn(String javaSource, Set<String> known) {
    Set<String> found = new TreeSet<>();
    Matcher literal = LITERAL.matcher(javaSource);
    while (literal.find()) {
      String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
      found.addAll(tablesInSql(text, known));
    }
    MAPPED
        .matcher(javaSource)
        .results()
        .map(m -> m.group(1))
        .filter(known::contains)
        .forEach(found::add);
    return found;
  }

  private static Set<String> tablesInSql(String sql, Set<String> known) {
    String code = Pattern.compile("--[^\\n]*").matcher(sql).replaceAll(" "); // comments are prose
    return TABLE
        .matcher(code)
        .results()
        .map(m -> m.group(1).toLowerCase(java.util.Locale.ROOT))
        .filter(known::contains)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Map<String, String> ownerOfTable() {
    Map<String, String> ownerOf = new TreeMap<>();
    OWNERS.forEach((area, tables) -> tables.forEach(t -> ownerOf.put(t, area)));
    return ownerOf;
  }
}
