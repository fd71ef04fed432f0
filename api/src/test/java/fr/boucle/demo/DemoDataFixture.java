package fr.boucle.demo;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Statement;

/** Replaces the test database's marketplace with a generated one. */
@Singleton
public class DemoDataFixture {

  private final TransactionOperations<Connection> transactions;
  private final DemoAccounts accounts;
  private final io.micronaut.json.JsonMapper json;

  DemoDataFixture(
      TransactionOperations<Connection> transactions,
      DemoAccounts accounts,
      io.micronaut.json.JsonMapper json) {
    this.transactions = transactions;
    this.accounts = accounts;
    this.json = json;
  }

  /** The demo with its two years of order history, invoices and insertion hours. */
  public int loadWithHistory(long seed, int listings) {
    return load(new DemoDataLoader(transactions, accounts, seed, listings, true, json));
  }

  public int load(long seed, int listings) {
    return load(new DemoDataLoader(transactions, accounts, seed, listings, false));
  }

  private int load(DemoDataLoader loader) {
    return transactions.executeWrite(status -> {
      try (Statement s = status.getConnection().createStatement()) {
        s.execute("TRUNCATE organisation, catalogue_outbox, demo_dataset CASCADE");
      }
      return loader.load(status.getConnection());
    });
  }
}
