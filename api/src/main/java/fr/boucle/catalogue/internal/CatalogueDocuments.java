package fr.boucle.catalogue.internal;

import fr.boucle.photo.PhotoRef;
import fr.boucle.photo.PhotoSize;
import fr.boucle.search.catalog.CatalogDocument;
import fr.boucle.search.catalog.GeoLocation;
import fr.boucle.search.catalog.InsertionStatus;
import fr.boucle.search.catalog.ItemCondition;
import fr.boucle.search.catalog.Origin;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Builds catalogue documents from PostgreSQL: listing, supplier, depot, category and stock. */
@Singleton
class CatalogueDocuments {

  // The view (R__catalogue_source.sql) is the catalogue's one declared read of other areas.
  static final String SELECT =
      "SELECT l.id, l.title, l.description, l.brand, l.model, l.category_id, l.condition_grade,"
          + " l.origin, l.warranty_months, l.energy_class, l.price_excl_vat_cents, l.vat_rate_bp,"
          + " l.status, l.created_at, l.updated_at, l.search_version, l.supplier_id, l.legal_name,"
          + " l.insertion_status, l.departments_served, l.supplier_status, l.department,"
          + " l.latitude, l.longitude, l.agec_category, l.category_path, l.category_labels,"
          + " l.available, l.photo_id FROM catalogue_source l";

  private final Sql sql;

  CatalogueDocuments(Sql sql) {
    this.sql = sql;
  }

  List<CatalogDocument> byIds(Collection<UUID> ids) {
    return sql.list(SELECT + " WHERE l.id = ANY(?)", CatalogueDocuments::map, List.copyOf(ids));
  }

  /** Streams every listing's document through {@code sink} with a server-side cursor. */
  static long streamAll(Connection connection, Consumer<CatalogDocument> sink) throws SQLException {
    long count = 0;
    try (PreparedStatement ps = connection.prepareStatement(SELECT)) {
      ps.setFetchSize(2_000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sink.accept(map(rs));
          count++;
        }
      }
    }
    return count;
  }

  static CatalogDocument map(ResultSet rs) throws SQLException {
    boolean supplierActive = "ACTIVE".equals(rs.getString("supplier_status"));
    int available = rs.getInt("available");
    String categoryId = rs.getString("category_id");
    UUID photoId = Sql.uuid(rs, "photo_id");
    return CatalogDocument.builder(rs.getString("id"))
        .title(rs.getString("title"))
        .description(rs.getString("description"))
        .brand(rs.getString("brand"))
        .model(rs.getString("model"))
        .categoryId(categoryId)
        .categoryPath(Sql.strings(rs, "category_path"))
        .categoryLabels(Sql.strings(rs, "category_labels"))
        .photoUrl(photoId == null ? null : PhotoRef.url(photoId, PhotoSize.THUMB))
        .agecCategory(rs.getString("agec_category"))
        .condition(ItemCondition.valueOf(rs.getString("condition_grade")))
        .origin(Origin.valueOf(rs.getString("origin")))
        .warrantyMonths(rs.getInt("warranty_months"))
        .energyClass(rs.getString("energy_class"))
        .priceExclVatCents(rs.getLong("price_excl_vat_cents"))
        .vatRate(rs.getInt("vat_rate_bp"))
        .availableQuantity(Math.max(0, available))
        .inStock(available > 0)
        .status(supplierActive ? rs.getString("status") : "SUPPLIER_INACTIVE")
        .supplierId(rs.getString("supplier_id"))
        .supplierName(rs.getString("legal_name"))
        .insertionStatus(InsertionStatus.valueOf(rs.getString("insertion_status")))
        .depotDepartment(rs.getString("department"))
        .departmentsServed(Sql.strings(rs, "departments_served"))
        .depotLocation(new GeoLocation(rs.getDouble("latitude"), rs.getDouble("longitude")))
        .publishedAt(Sql.instant(rs, "created_at"))
        .updatedAt(Sql.instant(rs, "updated_at"))
        .version(rs.getLong("search_version"))
        .build();
  }
}
