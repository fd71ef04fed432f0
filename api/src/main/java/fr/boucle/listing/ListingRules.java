package fr.boucle.listing;

import fr.boucle.organisation.SupplierDepots;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules a listing obeys, whatever door it comes through (form, API, import file). Checks every
 * field and names each bad one; answers the normalised fields when all are good.
 */
@Singleton
public class ListingRules {

  public static final Set<String> KINDS = Set.of("UNIQUE_ITEM", "LOT");
  public static final Set<String> CONDITIONS = Condition.codes();
  public static final Set<String> ORIGINS = Origin.codes();
  public static final Set<String> SETTABLE_STATUSES = ListingStatus.codes(ListingStatus.SETTABLE);
  public static final Map<BigDecimal, Integer> VAT_RATES =
      Map.of(
          new BigDecimal("20"),
          2000,
          new BigDecimal("10"),
          1000,
          new BigDecimal("5.5"),
          550,
          BigDecimal.ZERO,
          0);
  public static final BigDecimal MAX_PRICE = new BigDecimal("1000000");
  public static final int MAX_QUANTITY = 1_000_000;
  private static final Pattern SKU = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$");
  private static final Pattern DEPARTMENT = Pattern.compile("^(2A|2B|[0-9]{2,3})$");
  private static final Pattern ENERGY = Pattern.compile("^[A-G]$");

  private final Categories categories;
  private final SupplierDepots depots;

  ListingRules(Categories categories, SupplierDepots depots) {
    this.categories = categories;
    this.depots = depots;
  }

  /** What the rules need to know about one supplier, loaded once for a form or a whole file. */
  public Context forSupplier(UUID supplierId) {
    List<Category> all = categories.findAllOrderByPosition();
    Set<String> parents =
        all.stream()
            .map(Category::parentId)
            .filter(Objects::nonNull)
            .collect(Collectors.toUnmodifiableSet());
    Set<String> leaves =
        all.stream()
            .map(Category::id)
            .filter(id -> !parents.contains(id))
            .collect(Collectors.toUnmodifiableSet());
    List<UUID> ids = depots.ofSupplier(supplierId).stream().map(SupplierDepots.Depot::id).toList();
    return new Context(leaves, ids);
  }

  /** Checks one draft of the supplier's; throws {@link ValidationFailed} naming every bad field. */
  public ListingFields checked(UUID supplierId, ListingDraft draft) {
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    ListingFields fields = forSupplier(supplierId).check(draft, errors, "");
    errors.throwIfAny();
    return Objects.requireNonNull(fields);
  }

  /** The supplier's leaf categories and depots. */
  public record Context(Set<String> leafCategories, List<UUID> depots) {

    /**
     * Checks a draft; adds one error per bad field (named {@code prefix + field}) and answers null,
     * or answers the normalised fields.
     */
    public @Nullable ListingFields check(
        ListingDraft d, ValidationFailed.Collector errors, String prefix) {
      int before = errorCount(errors);
      Errors e = new Errors(errors, prefix);
      String sku = trim(d.sku());
      if (sku == null) {
        e.add("sku", ProblemCode.FIELD_REQUIRED);
      } else if (!SKU.matcher(sku).matches()) {
        e.add("sku", ProblemCode.SKU_FORMAT);
      }
      String kind = upper(d.kind(), "LOT");
      if (!KINDS.contains(kind)) {
        e.add("kind", ProblemCode.FIELD_ONE_OF, "values", "UNIQUE_ITEM, LOT");
      }
      String title = trim(d.title());
      if (title == null) {
        e.add("title", ProblemCode.FIELD_REQUIRED);
      } else if (title.length() < 3 || title.length() > 200) {
        e.add("title", ProblemCode.FIELD_LENGTH, "min", 3, "max", 200);
      }
      String description = d.description() == null ? "" : d.description().strip();
      if (description.length() > 5000) {
        e.add("description", ProblemCode.FIELD_AT_MOST_CHARS, "max", 5000);
      }
      String categoryId = trim(d.categoryId());
      if (categoryId == null) {
        e.add("categoryId", ProblemCode.FIELD_REQUIRED);
      } else if (!leafCategories.contains(categoryId)) {
        e.add("categoryId", ProblemCode.LEAF_CATEGORY);
      }
      String brand = bounded(e, "brand", d.brand(), 100);
      String model = bounded(e, "model", d.model(), 100);
      String serial = bounded(e, "serialNumber", d.serialNumber(), 100);
      String condition = upper(d.condition(), null);
      if (condition == null) {
        e.add("condition", ProblemCode.FIELD_REQUIRED);
      } else if (!CONDITIONS.contains(condition)) {
        e.add("condition", ProblemCode.FIELD_ONE_OF, "values", sorted(CONDITIONS));
      }
      String origin = upper(d.origin(), null);
      if (origin == null) {
        e.add("origin", ProblemCode.FIELD_REQUIRED);
      } else if (!ORIGINS.contains(origin)) {
        e.add("origin", ProblemCode.FIELD_ONE_OF, "values", sorted(ORIGINS));
      }
      int warranty = d.warrantyMonths() == null ? 0 : d.warrantyMonths();
      if (warranty < 0 || warranty > 120) {
        e.add("warrantyMonths", ProblemCode.FIELD_BETWEEN, "min", 0, "max", 120);
      }
      String energy = upper(d.energyClass(), null);
      if (energy != null && !ENERGY.matcher(energy).matches()) {
        e.add("energyClass", ProblemCode.ENERGY_CLASS);
      }
      Integer grams = null;
      if (d.weightKg() != null) {
        if (d.weightKg().signum() <= 0
            || d.weightKg().compareTo(new BigDecimal("100000")) > 0
            || d.weightKg().stripTrailingZeros().scale() > 3) {
          e.add("weightKg", ProblemCode.WEIGHT_FORMAT);
        } else {
          grams = d.weightKg().movePointRight(3).intValueExact();
        }
      }
      Integer length = dimension(e, "lengthCm", d.lengthCm());
      Integer width = dimension(e, "widthCm", d.widthCm());
      Integer height = dimension(e, "heightCm", d.heightCm());
      long priceCents = 0;
      if (d.priceExclVat() == null) {
        e.add("priceExclVat", ProblemCode.FIELD_REQUIRED);
      } else if (!isMoney(d.priceExclVat())) {
        e.add("priceExclVat", ProblemCode.PRICE_FORMAT, "max", 1000000);
      } else {
        priceCents = cents(d.priceExclVat());
      }
      int vatBp = 2000;
      if (d.vatRate() != null) {
        Integer bp =
            VAT_RATES.entrySet().stream()
                .filter(v -> v.getKey().compareTo(d.vatRate()) == 0)
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        if (bp == null) {
          e.add("vatRate", ProblemCode.VAT_RATE);
        } else {
          vatBp = bp;
        }
      }
      int moq = d.minimumOrderQuantity() == null ? 1 : d.minimumOrderQuantity();
      if (moq < 1 || moq > MAX_QUANTITY) {
        e.add("minimumOrderQuantity", ProblemCode.FIELD_AT_LEAST, "min", 1);
      } else if ("UNIQUE_ITEM".equals(kind) && moq != 1) {
        e.add("minimumOrderQuantity", ProblemCode.UNIQUE_ITEM_ONE);
      }
      UUID depot = d.depotId();
      if (depot == null) {
        if (depots.size() == 1) {
          depot = depots.get(0);
        } else {
          e.add("depotId", depots.isEmpty() ? ProblemCode.NO_DEPOT : ProblemCode.DEPOT_REQUIRED);
        }
      } else if (!depots.contains(depot)) {
        e.add("depotId", ProblemCode.NOT_YOUR_DEPOT);
      }
      boolean pickup = d.pickupAvailable() == null || d.pickupAvailable();
      List<String> departments = new ArrayList<>();
      if (d.deliveryDepartments() != null) {
        Set<String> unique = new LinkedHashSet<>();
        for (String dept : d.deliveryDepartments()) {
          String code = dept == null ? "" : dept.strip().toUpperCase(Locale.ROOT);
          if (!DEPARTMENT.matcher(code).matches()) {
            e.add("deliveryDepartments", ProblemCode.NOT_A_DEPARTMENT, "value", dept);
          } else {
            unique.add(code);
          }
        }
        departments.addAll(unique);
      }
      Long feeCents = null;
      if (d.deliveryFee() != null) {
        if (!isMoney(d.deliveryFee())) {
          e.add("deliveryFee", ProblemCode.AMOUNT_FORMAT);
        } else {
          feeCents = cents(d.deliveryFee());
        }
      }
      Integer lead = d.deliveryLeadDays();
      if (lead != null && (lead < 0 || lead > 365)) {
        e.add("deliveryLeadDays", ProblemCode.FIELD_BETWEEN, "min", 0, "max", 365);
      }
      if (!pickup && departments.isEmpty()) {
        e.add("deliveryDepartments", ProblemCode.DEPARTMENT_OR_PICKUP);
      }
      Integer quantity = d.quantity();
      if (quantity != null) {
        if (quantity < 0 || quantity > MAX_QUANTITY) {
          e.add("quantity", ProblemCode.FIELD_BETWEEN, "min", 0, "max", MAX_QUANTITY);
        } else if ("UNIQUE_ITEM".equals(kind) && quantity > 1) {
          e.add("quantity", ProblemCode.UNIQUE_ITEM_QUANTITY);
        }
      }
      String status = upper(d.status(), null);
      if (status != null && !SETTABLE_STATUSES.contains(status)) {
        e.add("status", ProblemCode.FIELD_ONE_OF, "values", "DRAFT, PUBLISHED, ARCHIVED");
      }
      if (errorCount(errors) > before) {
        return null;
      }
      return new ListingFields(
          sku,
          kind,
          title,
          description,
          categoryId,
          brand,
          model,
          serial,
          condition,
          origin,
          warranty,
          energy,
          grams,
          length,
          width,
          height,
          priceCents,
          vatBp,
          moq,
          depot,
          pickup,
          List.copyOf(departments),
          feeCents,
          lead,
          quantity,
          status);
    }

    private static int errorCount(ValidationFailed.Collector errors) {
      return errors.size();
    }
  }

  /** Prefixes field names, e.g. "lines[3]." for an import. */
  private record Errors(ValidationFailed.Collector collector, String prefix) {
    void add(String field, ProblemCode code, Object... params) {
      collector.add(prefix + field, code, params);
    }
  }

  public static boolean isMoney(BigDecimal amount) {
    return amount.signum() >= 0
        && amount.compareTo(MAX_PRICE) <= 0
        && amount.stripTrailingZeros().scale() <= 2;
  }

  public static long cents(BigDecimal euros) {
    return euros.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
  }

  public static BigDecimal euros(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }

  private static @Nullable String trim(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  private static @Nullable String upper(@Nullable String s, @Nullable String fallback) {
    String t = trim(s);
    return t == null ? fallback : t.toUpperCase(Locale.ROOT).replace(' ', '_');
  }

  private static @Nullable String bounded(Errors e, String field, @Nullable String s, int max) {
    String t = trim(s);
    if (t != null && t.length() > max) {
      e.add(field, ProblemCode.FIELD_AT_MOST_CHARS, "max", max);
    }
    return t;
  }

  private static @Nullable Integer dimension(Errors e, String field, @Nullable Integer cm) {
    if (cm != null && (cm < 1 || cm > 10000)) {
      e.add(field, ProblemCode.DIMENSION_CM);
    }
    return cm;
  }

  private static String sorted(Set<String> values) {
    return values.stream().sorted().collect(Collectors.joining(", "));
  }
}
