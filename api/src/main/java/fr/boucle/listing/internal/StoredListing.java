package fr.boucle.listing.internal;

import fr.boucle.listing.ListingFields;
import fr.boucle.listing.ListingRules;
import fr.boucle.listing.ListingStatus;
import fr.boucle.listing.ListingViews;
import fr.boucle.listing.StockMove;
import fr.boucle.shared.Vat;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * A listing as stored: its described fields, its stock (available, and reserved by open orders) and
 * its status. {@code fields} carries no quantity and no status of its own.
 */
record StoredListing(
    UUID id,
    UUID supplierId,
    ListingFields fields,
    int available,
    int reserved,
    ListingStatus status,
    @Nullable Instant publishedAt,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  static StoredListing from(ResultSet rs) throws SQLException {
    ListingFields fields =
        new ListingFields(
            rs.getString("sku"),
            rs.getString("kind"),
            rs.getString("title"),
            rs.getString("description"),
            rs.getString("category_id"),
            rs.getString("brand"),
            rs.getString("model"),
            rs.getString("serial_number"),
            rs.getString("condition_grade"),
            rs.getString("origin"),
            rs.getInt("warranty_months"),
            rs.getString("energy_class"),
            (Integer) rs.getObject("weight_grams"),
            (Integer) rs.getObject("length_cm"),
            (Integer) rs.getObject("width_cm"),
            (Integer) rs.getObject("height_cm"),
            rs.getLong("price_excl_vat_cents"),
            rs.getInt("vat_rate_bp"),
            rs.getInt("minimum_order_quantity"),
            Sql.uuid(rs, "depot_id"),
            rs.getBoolean("pickup_available"),
            Sql.strings(rs, "delivery_departments"),
            (Long) rs.getObject("delivery_fee_cents"),
            (Integer) rs.getObject("delivery_lead_days"),
            null,
            null);
    return new StoredListing(
        Sql.uuid(rs, "id"),
        Sql.uuid(rs, "supplier_id"),
        fields,
        rs.getInt("available_quantity"),
        rs.getInt("reserved"),
        ListingStatus.valueOf(rs.getString("status")),
        Sql.instant(rs, "published_at"),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "updated_at"),
        rs.getLong("search_version"));
  }

  String sku() {
    return fields.sku();
  }

  UUID depotId() {
    return fields.depotId();
  }

  StockMove.Stock stock() {
    return new StockMove.Stock("UNIQUE_ITEM".equals(fields.kind()), available, reserved);
  }

  ListingViews.ListingView view(String depotName) {
    ListingFields f = fields;
    long price = f.priceExclVatCents();
    int vat = f.vatRateBp();
    Integer grams = f.weightGrams();
    Long fee = f.deliveryFeeCents();
    return new ListingViews.ListingView(
        id,
        f.sku(),
        f.kind(),
        f.title(),
        f.description(),
        f.categoryId(),
        f.brand(),
        f.model(),
        f.serialNumber(),
        f.condition(),
        f.origin(),
        f.warrantyMonths(),
        f.energyClass(),
        grams == null ? null : BigDecimal.valueOf(grams, 3).stripTrailingZeros().toPlainString(),
        f.lengthCm(),
        f.widthCm(),
        f.heightCm(),
        ListingRules.euros(price).toPlainString(),
        BigDecimal.valueOf(vat, 2).stripTrailingZeros().toPlainString(),
        ListingRules.euros(Vat.inclusive(price, vat)).toPlainString(),
        f.minimumOrderQuantity(),
        f.depotId(),
        depotName,
        f.pickupAvailable(),
        f.deliveryDepartments(),
        fee == null ? null : ListingRules.euros(fee).toPlainString(),
        f.deliveryLeadDays(),
        available,
        reserved,
        status.name(),
        publishedAt,
        createdAt,
        updatedAt,
        version);
  }

  ListingViews.ListingRow row(String depotName) {
    return new ListingViews.ListingRow(
        id,
        fields.sku(),
        fields.kind(),
        fields.title(),
        fields.categoryId(),
        fields.condition(),
        ListingRules.euros(fields.priceExclVatCents()).toPlainString(),
        available,
        reserved,
        status.name(),
        depotName,
        updatedAt,
        version);
  }
}
