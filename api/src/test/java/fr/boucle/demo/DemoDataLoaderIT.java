package fr.boucle.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class DemoDataLoaderIT {

  @Inject TransactionOperations<Connection> transactions;
  @Inject DemoAccounts demoAccounts;
  @Inject fr.boucle.shared.jdbc.Sql sql;

  @Test
  void loadsTheDemoMarketplaceOnceIntoRealPostgres() {
    DemoDataLoader loader = new DemoDataLoader(transactions, demoAccounts, 99, 1_200, false);
    emptyDatabase();
    // What the operator's bootstrap writes before the demo loader runs on a fresh start: an
    // organisation that has nothing to do with the demo must not make the loader skip.
    execute(
        "INSERT INTO organisation (id, kind, legal_name, siret, status) VALUES"
            + " (gen_random_uuid(), 'OPERATOR', 'Opérateur Boucle', '00000000000000', 'ACTIVE')");

    int first = transactions.executeWrite(status -> loader.load(status.getConnection()));
    int second = transactions.executeWrite(status -> loader.load(status.getConnection()));

    assertThat(first).isEqualTo(1_200);
    assertThat(second).as("a second start finds the data already there").isZero();
    assertThat(count("SELECT count(*) FROM listing")).isEqualTo(1_200);
    assertThat(
            count(
                "SELECT count(*) FROM organisation WHERE kind = 'SUPPLIER' AND status = 'ACTIVE'"))
        .isEqualTo(DemoOrganisations.SUPPLIERS.size());
    assertThat(count("SELECT count(*) FROM buyer_service")).isPositive();
    assertThat(count("SELECT count(*) FROM person WHERE email LIKE '%@boucle.demo'"))
        .isEqualTo(DemoAccounts.ACCOUNTS.size());
    // Every demo buyer has an agreement in force with a SIAE, an EA/ESAT and an open lot, and the
    // demo requester's buyer can order published, in-stock listings of an awarded supplier.
    assertThat(
            count(
                "SELECT count(*) FROM framework_agreement WHERE status = 'ACTIVE'"
                    + " AND start_date <= current_date AND end_date >= current_date"))
        .isEqualTo(
            count("SELECT count(*) FROM organisation WHERE kind = 'BUYER' AND status = 'ACTIVE'"));
    assertThat(count("SELECT count(DISTINCT reservation) FROM agreement_lot")).isEqualTo(3);
    assertThat(
            count(
                "SELECT count(*) FROM person p JOIN framework_agreement a ON a.buyer_id ="
                    + " p.organisation_id JOIN agreement_lot l ON l.agreement_id = a.id"
                    + " JOIN lot_supplier s ON s.lot_id = l.id JOIN lot_category c ON c.lot_id = l.id"
                    + " JOIN category cat ON cat.parent_id = c.category_id OR cat.id = c.category_id"
                    + " JOIN listing li ON li.supplier_id = s.supplier_id AND li.category_id = cat.id"
                    + " AND li.status = 'PUBLISHED'"
                    + " JOIN lot_period lp ON lp.lot_id = l.id AND current_date BETWEEN lp.starts_on"
                    + " AND lp.ends_on WHERE p.email = 'demandeur@boucle.demo'"))
        .isPositive();
    // Available stock is the ledger's sum: sold-out listings have none, others at least one.
    assertThat(
            count(
                "SELECT count(*) FROM listing l WHERE l.status <> 'SOLD_OUT' AND NOT EXISTS"
                    + " (SELECT 1 FROM stock_movement m WHERE m.listing_id = l.id)"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM listing l JOIN stock_movement m ON m.listing_id = l.id"
                    + " WHERE l.status = 'SOLD_OUT'"))
        .isZero();
  }

  @Test
  void severalInstancesStartingTogetherLoadOnce() throws Exception {
    emptyDatabase();
    Callable<Integer> start =
        () -> {
          DemoDataLoader loader = new DemoDataLoader(transactions, demoAccounts, 7, 300, false);
          return transactions.executeWrite(status -> loader.load(status.getConnection()));
        };
    try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
      List<Future<Integer>> loads = pool.invokeAll(List.of(start, start, start));
      List<Integer> written = new ArrayList<>();
      for (Future<Integer> load : loads) {
        written.add(load.get());
      }
      assertThat(written).containsExactlyInAnyOrder(300, 0, 0);
    }
    assertThat(count("SELECT count(*) FROM listing")).isEqualTo(300);
    assertThat(count("SELECT count(*) FROM demo_dataset WHERE seed = 7 AND listings = 300"))
        .isEqualTo(1);
  }

  private void emptyDatabase() {
    execute("TRUNCATE organisation, catalogue_outbox, demo_dataset CASCADE");
  }

  private void execute(String statement) {
    sql.update(statement);
  }

  private long count(String query) {
    return sql.count(query);
  }
}
