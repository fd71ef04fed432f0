package fr.boucle.search.catalog;

/** Names of the catalog's indexed fields, for building queries, facets and sorts. */
public final class CatalogFields {

  private CatalogFields() {}

  public static final String ID = "id";

  /** French full text (boucle_french, synonyms at search time). */
  public static final String TITLE = "title";

  /** Type-ahead on the title (edge n-grams): match the typed prefix against it. */
  public static final String TITLE_SUGGEST = "title.suggest";

  /** Exact title, for sorting. */
  public static final String TITLE_RAW = "title.raw";

  public static final String DESCRIPTION = "description";

  /** Exact brand (facet); {@link #BRAND_TEXT} for full text. */
  public static final String BRAND = "brand";

  public static final String BRAND_TEXT = "brand.text";

  /** Exact model; {@link #MODEL_TEXT} for full text. */
  public static final String MODEL = "model";

  public static final String MODEL_TEXT = "model.text";

  public static final String CATEGORY_ID = "categoryId";

  /** Every ancestor category id (root first) and the category itself: the tree facet. */
  public static final String CATEGORY_PATH = "categoryPath";

  public static final String CATEGORY_LABELS = "categoryLabels";

  public static final String AGEC_CATEGORY = "agecCategory";

  public static final String CONDITION = "condition";

  public static final String ORIGIN = "origin";

  public static final String WARRANTY_MONTHS = "warrantyMonths";

  public static final String ENERGY_CLASS = "energyClass";

  /** Price excluding VAT in euro cents (long). */
  public static final String PRICE_EXCL_VAT_CENTS = "priceExclVatCents";

  /** VAT rate in basis points (integer). */
  public static final String VAT_RATE = "vatRate";

  public static final String AVAILABLE_QUANTITY = "availableQuantity";

  public static final String IN_STOCK = "inStock";

  public static final String STATUS = "status";

  public static final String SUPPLIER_ID = "supplierId";

  public static final String SUPPLIER_NAME = "supplierName";

  /** Exact supplier name (facet, sort). */
  public static final String SUPPLIER_NAME_RAW = "supplierName.raw";

  public static final String INSERTION_STATUS = "insertionStatus";

  public static final String INSERTION_FAMILY = "insertionFamily";

  public static final String DEPOT_DEPARTMENT = "depotDepartment";

  public static final String DEPARTMENTS_SERVED = "departmentsServed";

  /** geo_point of the pickup depot (distance filters and sorts). */
  public static final String DEPOT_LOCATION = "depotLocation";

  public static final String PUBLISHED_AT = "publishedAt";

  public static final String UPDATED_AT = "updatedAt";

  public static final String VERSION = "version";

  /**
   * Type-ahead over title, brand, model and category labels (edge n-grams, filled by {@code
   * copy_to}; not in {@code _source}).
   */
  public static final String SUGGEST = "suggest";
}
