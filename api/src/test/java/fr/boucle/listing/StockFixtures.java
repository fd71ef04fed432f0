package fr.boucle.listing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.organisation.ApiSession;
import fr.boucle.shared.web.Page;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A supplier's depots and listings, made the way a supplier makes them: through the API. */
public final class StockFixtures {

  public static final Argument<Page<ListingViews.ListingRow>> LISTING_PAGE =
      pageOf(ListingViews.ListingRow.class);
  public static final Argument<Page<ListingViews.Movement>> MOVEMENT_PAGE =
      pageOf(ListingViews.Movement.class);

  private StockFixtures() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T> Argument<Page<T>> pageOf(Class<T> item) {
    return (Argument) Argument.of(Page.class, item);
  }

  /** A pickup depot in Montreuil, answered by its id. */
  public static UUID aDepot(ApiSession admin, String name) {
    Map<String, Object> site = new LinkedHashMap<>();
    site.put("name", name);
    site.put("street", "12 rue des Ateliers");
    site.put("postcode", "93100");
    site.put("city", "Montreuil");
    site.put("department", "93");
    site.put("latitude", 48.8638);
    site.put("longitude", 2.4485);
    HttpResponse<Map> r =
        admin.exchange(HttpRequest.POST("/api/organisation/depots", site), Map.class);
    assertThat(r.code()).isEqualTo(201);
    return UUID.fromString((String) r.body().get("id"));
  }

  /** Four reconditioned fridges, in very good condition, at 189.90 € excl. VAT. */
  public static Draft aFridge(String sku) {
    return new Draft()
        .sku(sku)
        .kind("LOT")
        .title("Réfrigérateur combiné reconditionné")
        .description("Testé 48 h, joints changés.")
        .category("refrigerateur")
        .brand("Bosch")
        .condition("TRES_BON_ETAT")
        .origin("RECONDITIONNE")
        .warrantyMonths(12)
        .energyClass("A")
        .weightKg("62.5")
        .price("189.90")
        .vatRate("20")
        .quantity(4);
  }

  /** A draft with nothing said yet. */
  public static Draft aDraft() {
    return new Draft();
  }

  /** Creates the listing and answers it, failing the test unless it is created. */
  public static ListingViews.ListingView created(ApiSession supplier, Draft draft) {
    HttpResponse<ListingViews.ListingView> r = create(supplier, draft);
    assertThat(r.code()).as("create %s", r.getBody(Map.class).orElse(null)).isEqualTo(201);
    return r.body();
  }

  public static HttpResponse<ListingViews.ListingView> create(ApiSession supplier, Draft draft) {
    return supplier.exchange(
        HttpRequest.POST("/api/stock/listings", draft.build()), ListingViews.ListingView.class);
  }

  /** Records a stock movement on the listing. */
  public static HttpResponse<ListingViews.ListingView> move(
      ApiSession supplier, UUID listingId, StockChange change) {
    return supplier.exchange(
        HttpRequest.POST("/api/stock/listings/" + listingId + "/stock", change),
        ListingViews.ListingView.class);
  }

  public static StockChange sold(int quantity) {
    return new StockChange("SOLD", quantity, null, null, null);
  }

  public static StockChange received(int quantity, String reason) {
    return new StockChange("RECEIVED", quantity, null, reason, null);
  }

  public static StockChange adjusted(int quantity, String reason) {
    return new StockChange("ADJUSTED", quantity, null, reason, null);
  }

  public static StockChange available(int quantity, String reason) {
    return new StockChange(null, null, quantity, reason, null);
  }

  /** The field errors of a problem, by field. */
  @SuppressWarnings("unchecked")
  public static Map<String, String> fieldErrors(HttpResponse<?> r) {
    List<Map<String, Object>> errors =
        (List<Map<String, Object>>) ApiSession.problem(r).get("errors");
    Map<String, String> byField = new LinkedHashMap<>();
    errors.forEach(e -> byField.put((String) e.get("field"), (String) e.get("message")));
    return byField;
  }

  /** What a supplier says about a listing, field by field; unsaid fields stay absent. */
  public static final class Draft {
    private String sku;
    private String kind;
    private String title;
    private String description;
    private String categoryId;
    private String brand;
    private String serialNumber;
    private String condition;
    private String origin;
    private Integer warrantyMonths;
    private String energyClass;
    private BigDecimal weightKg;
    private BigDecimal priceExclVat;
    private BigDecimal vatRate;
    private List<String> deliveryDepartments;
    private Integer quantity;
    private String status;

    public Draft sku(String value) {
      sku = value;
      return this;
    }

    public Draft kind(String value) {
      kind = value;
      return this;
    }

    /** A unique item: one unit, with its serial number. */
    public Draft uniqueItem(String serial) {
      return kind("UNIQUE_ITEM").serialNumber(serial).quantity(1);
    }

    public Draft title(String value) {
      title = value;
      return this;
    }

    public Draft description(String value) {
      description = value;
      return this;
    }

    public Draft category(String value) {
      categoryId = value;
      return this;
    }

    public Draft brand(String value) {
      brand = value;
      return this;
    }

    public Draft serialNumber(String value) {
      serialNumber = value;
      return this;
    }

    public Draft condition(String value) {
      condition = value;
      return this;
    }

    public Draft origin(String value) {
      origin = value;
      return this;
    }

    public Draft warrantyMonths(Integer value) {
      warrantyMonths = value;
      return this;
    }

    public Draft energyClass(String value) {
      energyClass = value;
      return this;
    }

    public Draft weightKg(String value) {
      weightKg = value == null ? null : new BigDecimal(value);
      return this;
    }

    public Draft price(String euros) {
      priceExclVat = euros == null ? null : new BigDecimal(euros);
      return this;
    }

    public Draft vatRate(String percent) {
      vatRate = percent == null ? null : new BigDecimal(percent);
      return this;
    }

    public Draft deliveredTo(String... departments) {
      deliveryDepartments = List.of(departments);
      return this;
    }

    public Draft quantity(Integer value) {
      quantity = value;
      return this;
    }

    public Draft status(String value) {
      status = value;
      return this;
    }

    public Draft published() {
      return status("PUBLISHED");
    }

    public ListingDraft build() {
      return new ListingDraft(
          sku,
          kind,
          title,
          description,
          categoryId,
          brand,
          null,
          serialNumber,
          condition,
          origin,
          warrantyMonths,
          energyClass,
          weightKg,
          null,
          null,
          null,
          priceExclVat,
          vatRate,
          null,
          null,
          null,
          deliveryDepartments,
          null,
          null,
          quantity,
          status);
    }
  }
}
