package fr.boucle.invoicing.internal;

import fr.boucle.invoicing.InvoiceLedger;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The invoice_payment table: payments received, appended and never changed. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface InvoicePayments extends GenericRepository<InvoicePayments.Row, UUID> {

  @MappedEntity("invoice_payment")
  record Row(
      @Id UUID id,
      UUID invoiceId,
      long amountCents,
      LocalDate receivedOn,
      InvoiceLedger.Method method,
      @Nullable String reference,
      String recordedBy,
      @Nullable UUID recordedById,
      @Nullable String externalId,
      Instant recordedAt) {}

  @Query(
      "INSERT INTO invoice_payment (id, invoice_id, amount_cents, received_on, method, reference,"
          + " recorded_by, recorded_by_id, external_id) VALUES (:id, :invoiceId, :amountCents,"
          + " :receivedOn, :method, :reference, :recordedBy, :recordedById, :externalId)")
  void append(
      UUID id,
      UUID invoiceId,
      long amountCents,
      LocalDate receivedOn,
      String method,
      @Nullable String reference,
      String recordedBy,
      @Nullable UUID recordedById,
      @Nullable String externalId);

  boolean existsByExternalId(String externalId);

  @Query(
      "SELECT * FROM invoice_payment WHERE invoice_id IN (:invoiceIds)"
          + " ORDER BY received_on, recorded_at")
  List<Row> ofInvoices(Collection<UUID> invoiceIds);
}
