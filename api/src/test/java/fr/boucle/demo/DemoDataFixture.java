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

  DemoDataFixture(TransactionOperations<Connection> transactions, DemoAccounts accounts) {
    this.transactions = transactions;
    this.accounts = accounts;
  }

  public int load(long seed, int listings) {
    DemoDataLoader loader = new DemoDataLoader(transactions, accounts, seed, listings, false);
    return transactions.executeWrite(status -> {
      try (Statement s = status.getConnection().createStatement()) {
        s.execute("TRUNCATE organisation, catalogue_outbox, demo_dataset CASCADE");
      }
      return loader.load(status.getConnection());
    });
  }
}
