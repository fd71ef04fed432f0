package fr.boucle.catalogue.internal;

import fr.boucle.catalogue.ListingDetails;
import fr.boucle.organisation.BuyerServices;
import fr.boucle.photo.ListingPhotos;
import fr.boucle.search.catalog.InsertionStatus;
import fr.boucle.shared.Vat;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads a listing's public page from PostgreSQL, the source of truth, rather than the index. */
@Singleton
public class CatalogueListings {

  /** A point on the map, e.g. a buyer service's address. */
  public record Point(double latitude, double longitude) {}

  private static final String SELECT =
      "SELECT l.id, l.title, l.description, l.brand, l.model, l.category_id, l.condition_grade,"
          + " l.origin, l.warranty_months, l.energy_class, l.weight_grams,"
          + " l.price_excl_vat_cents, l.vat_rate_bp, l.minimum_order_quantity, l.status,"
          + " l.supplier_id, l.legal_name, l.insertion_status, l.siret,"
          + " l.depot_name, l.street, l.postcode, l.city, l.department, l.latitude, l.longitude,"
          + " l.available, l.category_path, l.category_labels"
          + " FROM catalogue_source l"
          + " WHERE l.id = ? AND l.status IN ('PUBLISHED', 'SOLD_OUT')"
          + " AND l.supplier_status = 'ACTIVE'";

  private final Sql sql;
  private final ListingPhotos photos;
  private final BuyerServices services;

  CatalogueListings(Sql sql, ListingPhotos photos, BuyerServices services) {
    this.sql = sql;
    this.photos = photos;
    this.services = services;
  }

  /** A published or sold-out listing of an active supplier; empty for anything else. */
  public Optional<ListingDetails> find(UUID id, @Nullable Point from) {
    return sql.one(SELECT, rs -> details(rs, from), id)
        .map(d -> copy(d, d.categoryPath(), gallery(d.id())));
  }

  private List<ListingDetails.Photo> gallery(String listingId) {
    return photos.of(UUID.fromString(listingId)).stream()
        .map(p -> new ListingDetails.Photo(p.thumbUrl(), p.largeUrl(), p.alt()))
        .toList();
  }

  /** The address of one of the organisation's buyer services, if it is one. */
  public Optional<Point> serviceLocation(UUID organisationId, UUID serviceId) {
    return services
        .find(organisationId, serviceId)
        .map(s -> new Point(s.latitude(), s.longitude()));
  }

  /** The category's path from the root, as the view gives it. */
  private static List<ListingDetails.CategoryRef> categoryPath(ResultSet rs) throws SQLException {
    List<String> ids = Sql.strings(rs, "category_path");
    List<String> labels = Sql.strings(rs, "category_labels");
    List<ListingDetails.CategoryRef> path = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      path.add(new ListingDetails.CategoryRef(ids.get(i), labels.get(i)));
    }
    return List.copyOf(path);
  }

  /** The same listing with another category path and gallery. */
  private static ListingDetails copy(
      ListingDetails d, List<ListingDetails.CategoryRef> path, List<ListingDetails.Photo> photos) {
    return new ListingDetails(
        d.id(),
        d.title(),
        d.description(),
        path,
        d.brand(),
        d.model(),
        d.condition(),
        d.origin(),
        d.warrantyMonths(),
        d.energyClass(),
        d.weightGrams(),
        d.priceExclVat(),
        d.priceExclVatCents(),
        d.vatRateBasisPoints(),
        d.priceInclVat(),
        d.priceInclVatCents(),
        d.minimumOrderQuantity(),
        d.availableQuantity(),
        d.status(),
        d.supplier(),
        d.depot(),
        d.distanceKm(),
        photos);
  }

  private static ListingDetails details(ResultSet rs, @Nullable Point from) throws SQLException {
    long cents = rs.getLong("price_excl_vat_cents");
    int vat = rs.getInt("vat_rate_bp");
    long inclCents = inclVatCents(cents, vat);
    BigDecimal lat = rs.getBigDecimal("latitude");
    BigDecimal lon = rs.getBigDecimal("longitude");
    Double distance =
        from == null
            ? null
            : Math.round(
                    CatalogueSearch.haversineKm(
                            from.latitude(), from.longitude(), lat.doubleValue(), lon.doubleValue())
                        * 10)
                / 10.0;
    InsertionStatus status = InsertionStatus.valueOf(rs.getString("insertion_status"));
    int weight = rs.getInt("weight_grams");
    Integer weightGrams = rs.wasNull() ? null : weight;
    return new ListingDetails(
        rs.getString("id"),
        rs.getString("title"),
        rs.getString("description"),
        categoryPath(rs),
        rs.getString("brand"),
        rs.getString("model"),
        rs.getString("condition_grade"),
        rs.getString("origin"),
        rs.getInt("warranty_months"),
        rs.getString("energy_class"),
        weightGrams,
        euros(cents),
        cents,
        vat,
        euros(inclCents),
        inclCents,
        rs.getInt("minimum_order_quantity"),
        Math.max(0, rs.getInt("available")),
        rs.getString("status"),
        new ListingDetails.Supplier(
            rs.getString("supplier_id"),
            rs.getString("legal_name"),
            status.name(),
            status.family().name(),
            rs.getString("siret")),
        new ListingDetails.Depot(
            rs.getString("depot_name"),
            rs.getString("street"),
            rs.getString("postcode"),
            rs.getString("city"),
            rs.getString("department"),
            lat.toPlainString(),
            lon.toPlainString()),
        distance,
        List.of());
  }

  /** Price including VAT, rounded half up to the cent. */
  static long inclVatCents(long exclCents, int vatBasisPoints) {
    return Vat.inclusive(exclCents, vatBasisPoints);
  }

  private static String euros(long cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }
}
