package fr.boucle.invoicing.internal;

import fr.boucle.invoicing.BillingProfile;
import fr.boucle.invoicing.InvoiceDocument;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

/** The billing_profile table: one row per supplier that has filled it in. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface BillingProfiles extends GenericRepository<BillingProfiles.Row, UUID> {

  @MappedEntity("billing_profile")
  record Row(
      @Id UUID organisationId,
      InvoiceDocument.VatRegime vatRegime,
      @Nullable String vatNumber,
      @Nullable String iban,
      @Nullable String bic,
      @Nullable String accountHolder,
      @Nullable String street,
      @Nullable String postcode,
      @Nullable String city,
      @Nullable String electronicAddress) {

    BillingProfile profile() {
      return new BillingProfile(
          vatRegime,
          vatNumber,
          iban,
          bic,
          accountHolder,
          street,
          postcode,
          city,
          electronicAddress);
    }
  }

  Optional<Row> findById(UUID organisationId);

  @Query(
      "INSERT INTO billing_profile (organisation_id, vat_regime, vat_number, iban, bic,"
          + " account_holder, street, postcode, city, electronic_address) VALUES (:organisationId,"
          + " :vatRegime, :vatNumber, :iban, :bic, :accountHolder, :street, :postcode, :city,"
          + " :electronicAddress) ON CONFLICT (organisation_id) DO UPDATE SET"
          + " vat_regime = EXCLUDED.vat_regime, vat_number = EXCLUDED.vat_number,"
          + " iban = EXCLUDED.iban, bic = EXCLUDED.bic, account_holder = EXCLUDED.account_holder,"
          + " street = EXCLUDED.street, postcode = EXCLUDED.postcode, city = EXCLUDED.city,"
          + " electronic_address = EXCLUDED.electronic_address, updated_at = now()")
  void upsert(
      UUID organisationId,
      String vatRegime,
      @Nullable String vatNumber,
      @Nullable String iban,
      @Nullable String bic,
      @Nullable String accountHolder,
      @Nullable String street,
      @Nullable String postcode,
      @Nullable String city,
      @Nullable String electronicAddress);

  default void save(UUID organisationId, BillingProfile p) {
    upsert(
        organisationId,
        p.vatRegime().name(),
        p.vatNumber(),
        p.iban(),
        p.bic(),
        p.accountHolder(),
        p.street(),
        p.postcode(),
        p.city(),
        p.electronicAddress());
  }
}
