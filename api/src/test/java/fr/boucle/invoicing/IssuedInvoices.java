package fr.boucle.invoicing;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Hears the InvoiceIssued events, and whether each came inside a transaction. */
@Singleton
class IssuedInvoices implements ApplicationEventListener<InvoiceIssued> {

  record Heard(InvoiceIssued event, boolean inTransaction) {}

  final List<Heard> heard = new CopyOnWriteArrayList<>();
  private final TransactionOperations<Connection> transactions;

  IssuedInvoices(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  @Override
  public void onApplicationEvent(InvoiceIssued event) {
    heard.add(new Heard(event, transactions.findTransactionStatus().isPresent()));
  }
}
