package fr.boucle.demo;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Statement;

/** Replaces the test database's marketplace with a generated one. */
@Singleton
public class DemoDataFixture {

  private final TransactionOperations<Connection> transactions;
  private final DemoAccounts accounts;
  private final JsonMapper json;

  DemoDataFixture(
      TransactionOperations<Connection> transactions, DemoAccounts accounts, JsonMapper json) {
    this.transactions = transactions;
    this.accounts = accounts;
    this.json = json;
  }

  public int load(long seed, int listings) {
    return load(new DemoDataLoader(transactions, accounts, seed, listings, false));
  }

  /** The marketplace with its two years of order history, as on first start. */
  public int loadWithHistory(long seed, int listings) {
    return load(new DemoDataLoader(transactions, accounts, seed, listings, true, json));
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
