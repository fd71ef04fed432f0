package fr.boucle.reporting.internal;

import fr.boucle.reporting.PurchaseElsewhere;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The purchases buyers made outside Boucle ({@code agec_purchase_elsewhere}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PurchasesElsewhere extends GenericRepository<PurchasesElsewhere.Entry, UUID> {

  @MappedEntity("agec_purchase_elsewhere")
  record Entry(
      @Id UUID id,
      UUID buyerId,
      LocalDate purchasedOn,
      String category,
      String description,
      String supplierName,
      long totalExclVatCents,
      long reuseCents,
      long donationCents,
      long recycledCents,
      String enteredBy,
      Instant enteredAt) {

    PurchaseElsewhere view() {
      return new PurchaseElsewhere(
          id,
          purchasedOn,
          category,
          description,
          supplierName,
          totalExclVatCents,
          reuseCents,
          donationCents,
          recycledCents,
          enteredBy,
          enteredAt);
    }
  }

  Page<Entry> findByBuyerIdAndPurchasedOnBetween(
      UUID buyerId, LocalDate from, LocalDate to, Pageable pageable);

  List<Entry> findByBuyerIdAndPurchasedOnBetweenOrderByPurchasedOn(
      UUID buyerId, LocalDate from, LocalDate to);

  Optional<Entry> findByIdAndBuyerId(UUID id, UUID buyerId);

  Entry save(Entry entry);

  List<Entry> saveAll(Iterable<Entry> entries);

  void deleteById(UUID id);
}
