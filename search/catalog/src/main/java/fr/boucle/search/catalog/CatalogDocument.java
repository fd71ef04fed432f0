package fr.boucle.search.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One listing as indexed in the catalog: the {@code _source} of a catalog document, field for field
 * as in {@code catalog/mappings.json}.
 *
 * <p>Money is exact: {@code priceExclVatCents} is a whole number of euro cents, {@code vatRate} a
 * whole number of basis points (2000 = 20 %, 550 = 5.5 %). {@code version} is the listing's change
 * sequence: documents are written with external versioning, so an update carrying an older version
 * than the indexed one is refused and can never regress the document.
 *
 * <p>Null lists become empty lists; a missing {@code insertionFamily} is derived from {@code
 * insertionStatus}. Build one with {@link #builder(String)} rather than the 29-argument
 * constructor.
 *
 * @param id listing id, also the Elasticsearch {@code _id}
 * @param title French title, full text and type-ahead
 * @param description French description, full text
 * @param brand brand, exact (facet) with a full-text {@code brand.text} subfield; may be null
 * @param model model, exact with a full-text {@code model.text} subfield; may be null
 * @param categoryId the listing's own (leaf) category
 * @param categoryPath ids of the category and all its ancestors, root first (tree facet)
 * @param categoryLabels French labels of those categories, full text
 * @param agecCategory AGEC product category used for the reuse-share reporting; may be null
 * @param condition condition of the item
 * @param origin réemploi, réutilisation or reconditionné
 * @param warrantyMonths warranty in months
 * @param energyClass EU energy label class (A to G) for appliances; may be null
 * @param priceExclVatCents unit price excluding VAT, in euro cents
 * @param vatRate VAT rate in basis points (2000 = 20 %)
 * @param availableQuantity units that can still be ordered
 * @param inStock whether the listing can be ordered now
 * @param status listing status keyword (e.g. {@code published})
 * @param supplierId supplier id
 * @param supplierName supplier's name, full text with a {@code supplierName.raw} keyword
 * @param insertionStatus supplier's insertion status
 * @param insertionFamily family of {@code insertionStatus} (facet)
 * @param depotDepartment département code of the pickup depot (e.g. {@code 69}, {@code 2A})
 * @param departmentsServed département codes the supplier delivers to
 * @param depotLocation position of the pickup depot; may be null
 * @param photoUrl main photo, stored only (not searchable); may be null
 * @param publishedAt when the listing was first published; may be null
 * @param updatedAt when the listing last changed
 * @param version the listing's change sequence, {@code >= 0}, used as the external version
 */
public record CatalogDocument(
    String id,
    String title,
    String description,
    String brand,
    String model,
    String categoryId,
    List<String> categoryPath,
    List<String> categoryLabels,
    String agecCategory,
    ItemCondition condition,
    Origin origin,
    int warrantyMonths,
    String energyClass,
    long priceExclVatCents,
    int vatRate,
    int availableQuantity,
    boolean inStock,
    String status,
    String supplierId,
    String supplierName,
    InsertionStatus insertionStatus,
    InsertionFamily insertionFamily,
    String depotDepartment,
    List<String> departmentsServed,
    GeoLocation depotLocation,
    String photoUrl,
    Instant publishedAt,
    Instant updatedAt,
    long version) {

  /** Validates the id and version and normalises the lists and the insertion family. */
  public CatalogDocument {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("A catalog document needs a non-blank id");
    }
    if (version < 0) {
      throw new IllegalArgumentException(
          "Catalog document "
              + id
              + ": version must be >= 0 (external versioning), got "
              + version);
    }
    categoryPath = categoryPath == null ? List.of() : List.copyOf(categoryPath);
    categoryLabels = categoryLabels == null ? List.of() : List.copyOf(categoryLabels);
    departmentsServed = departmentsServed == null ? List.of() : List.copyOf(departmentsServed);
    if (insertionFamily == null && insertionStatus != null) {
      insertionFamily = insertionStatus.family();
    }
  }

  /** A builder for the document of listing {@code id}. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder initialised with this document's values, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder(id)
        .title(title)
        .description(description)
        .brand(brand)
        .model(model)
        .categoryId(categoryId)
        .categoryPath(categoryPath)
        .categoryLabels(categoryLabels)
        .agecCategory(agecCategory)
        .condition(condition)
        .origin(origin)
        .warrantyMonths(warrantyMonths)
        .energyClass(energyClass)
        .priceExclVatCents(priceExclVatCents)
        .vatRate(vatRate)
        .availableQuantity(availableQuantity)
        .inStock(inStock)
        .status(status)
        .supplierId(supplierId)
        .supplierName(supplierName)
        .insertionStatus(insertionStatus)
        .insertionFamily(insertionFamily)
        .depotDepartment(depotDepartment)
        .departmentsServed(departmentsServed)
        .depotLocation(depotLocation)
        .photoUrl(photoUrl)
        .publishedAt(publishedAt)
        .updatedAt(updatedAt)
        .version(version);
  }

  /** Mutable builder of {@link CatalogDocument}; every setter returns {@code this}. */
  public static final class Builder {
    private final String id;
    private String title;
    private String description;
    private String brand;
    private String model;
    private String categoryId;
    private List<String> categoryPath;
    private List<String> categoryLabels;
    private String agecCategory;
    private ItemCondition condition;
    private Origin origin;
    private int warrantyMonths;
    private String energyClass;
    private long priceExclVatCents;
    private int vatRate;
    private int availableQuantity;
    private boolean inStock;
    private String status;
    private String supplierId;
    private String supplierName;
    private InsertionStatus insertionStatus;
    private InsertionFamily insertionFamily;
    private String depotDepartment;
    private List<String> departmentsServed;
    private GeoLocation depotLocation;
    private String photoUrl;
    private Instant publishedAt;
    private Instant updatedAt;
    private long version;

    private Builder(String id) {
      this.id = id;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder brand(String brand) {
      this.brand = brand;
      return this;
    }

    public Builder model(String model) {
      this.model = model;
      return this;
    }

    public Builder categoryId(String categoryId) {
      this.categoryId = categoryId;
      return this;
    }

    public Builder categoryPath(List<String> categoryPath) {
      this.categoryPath = categoryPath;
      return this;
    }

    public Builder categoryLabels(List<String> categoryLabels) {
      this.categoryLabels = categoryLabels;
      return this;
    }

    public Builder agecCategory(String agecCategory) {
      this.agecCategory = agecCategory;
      return this;
    }

    public Builder condition(ItemCondition condition) {
      this.condition = condition;
      return this;
    }

    public Builder origin(Origin origin) {
      this.origin = origin;
      return this;
    }

    public Builder warrantyMonths(int warrantyMonths) {
      this.warrantyMonths = warrantyMonths;
      return this;
    }

    public Builder energyClass(String energyClass) {
      this.energyClass = energyClass;
      return this;
    }

    public Builder priceExclVatCents(long priceExclVatCents) {
      this.priceExclVatCents = priceExclVatCents;
      return this;
    }

    public Builder vatRate(int vatRate) {
      this.vatRate = vatRate;
      return this;
    }

    public Builder availableQuantity(int availableQuantity) {
      this.availableQuantity = availableQuantity;
      return this;
    }

    public Builder inStock(boolean inStock) {
      this.inStock = inStock;
      return this;
    }

    public Builder status(String status) {
      this.status = status;
      return this;
    }

    public Builder supplierId(String supplierId) {
      this.supplierId = supplierId;
      return this;
    }

    public Builder supplierName(String supplierName) {
      this.supplierName = supplierName;
      return this;
    }

    public Builder insertionStatus(InsertionStatus insertionStatus) {
      this.insertionStatus = insertionStatus;
      return this;
    }

    public Builder insertionFamily(InsertionFamily insertionFamily) {
      this.insertionFamily = insertionFamily;
      return this;
    }

    public Builder depotDepartment(String depotDepartment) {
      this.depotDepartment = depotDepartment;
      return this;
    }

    public Builder departmentsServed(List<String> departmentsServed) {
      this.departmentsServed = departmentsServed;
      return this;
    }

    public Builder depotLocation(GeoLocation depotLocation) {
      this.depotLocation = depotLocation;
      return this;
    }

    public Builder photoUrl(String photoUrl) {
      this.photoUrl = photoUrl;
      return this;
    }

    public Builder publishedAt(Instant publishedAt) {
      this.publishedAt = publishedAt;
      return this;
    }

    public Builder updatedAt(Instant updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    public Builder version(long version) {
      this.version = version;
      return this;
    }

    /** The document; see the record's constructor for what it checks. */
    public CatalogDocument build() {
      return new CatalogDocument(
          id,
          title,
          description,
          brand,
          model,
          categoryId,
          categoryPath,
          categoryLabels,
          agecCategory,
          condition,
          origin,
          warrantyMonths,
          energyClass,
          priceExclVatCents,
          vatRate,
          availableQuantity,
          inStock,
          status,
          supplierId,
          supplierName,
          insertionStatus,
          insertionFamily,
          depotDepartment,
          departmentsServed,
          depotLocation,
          photoUrl,
          publishedAt,
          updatedAt,
          version);
    }
  }
}
