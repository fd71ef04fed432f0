package fr.boucle.demo;

import fr.boucle.listing.ListingStatus;
import fr.boucle.shared.Siret;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates the same demo marketplace for the same seed: suppliers with depots, buyers with
 * services, and any number of listings. Listings are produced lazily, one independent random stream
 * per index, so 100,000 of them stream without being held in memory.
 */
public final class DemoDataGenerator {

  /** A demo organisation row. */
  public record Organisation(
      UUID id,
      String kind,
      String legalName,
      String siret,
      String legalForm,
      String insertionStatus,
      String publicBodyType,
      String description,
      String contactEmail,
      List<String> departmentsServed) {}

  /** A supplier's pickup depot, or a buyer service's delivery address. */
  public record Site(
      UUID id,
      UUID organisationId,
      String name,
      String street,
      String postcode,
      String city,
      String department,
      double latitude,
      double longitude,
      long approvalThresholdCents) {}

  /** A demo listing with its opening stock. */
  public record Listing(
      UUID id,
      UUID supplierId,
      String sku,
      String kind,
      String title,
      String description,
      String categoryId,
      String brand,
      String model,
      String serialNumber,
      String conditionGrade,
      String origin,
      int warrantyMonths,
      String energyClass,
      int weightGrams,
      long priceExclVatCents,
      int vatRateBasisPoints,
      int minimumOrderQuantity,
      UUID depotId,
      String status,
      int openingQuantity,
      Instant createdAt) {}

  // Listings arrive over the two years the demo's order history covers.
  private static final Instant EPOCH = Instant.parse("2024-11-04T08:00:00Z");
  private static final int LISTING_ARRIVAL_DAYS = 760;
  private static final List<String> CONDITIONS =
      java.util.Arrays.stream(fr.boucle.listing.Condition.values()).map(Enum::name).toList();
  private static final Map<String, String> CONDITION_LABELS =
      Map.of(
          "COMME_NEUF", "comme neuf",
          "TRES_BON_ETAT", "très bon état",
          "BON_ETAT", "bon état",
          "ETAT_USAGE", "état d'usage");
  private static final List<String> ORIGINS = List.of("REEMPLOI", "REUTILISATION", "RECONDITIONNE");

  private final long seed;
  private final List<Organisation> suppliers = new ArrayList<>();
  private final List<Organisation> buyers = new ArrayList<>();
  private final List<Site> depots = new ArrayList<>();
  private final List<Site> services = new ArrayList<>();
  private final Map<UUID, DemoOrganisations.SupplierProfile> profiles;
  private final Map<UUID, List<Site>> depotsBySupplier;

  public DemoDataGenerator(long seed) {
    this.seed = seed;
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, DemoPlaces.Place> places =
        DemoPlaces.ALL.stream()
            .collect(Collectors.toMap(DemoPlaces.Place::city, Function.identity(), (a, b) -> a));
    for (DemoOrganisations.SupplierProfile profile : DemoOrganisations.SUPPLIERS) {
      UUID id = uuid("supplier", profile.legalName());
      List<String> departments = new ArrayList<>();
      for (String city : profile.depotCities()) {
        DemoPlaces.Place place = places.get(city);
        depots.add(site(random, id, "Dépôt " + DemoPlaces.of(city), place, 0));
        if (!departments.contains(place.department())) {
          departments.add(place.department());
        }
      }
      suppliers.add(
          new Organisation(
              id,
              "SUPPLIER",
              profile.legalName(),
              siret(random),
              profile.legalForm(),
              profile.insertionStatus(),
              null,
              profile.description(),
              "contact@" + slug(profile.legalName()) + ".example",
              List.copyOf(departments)));
    }
    for (DemoOrganisations.BuyerProfile profile : DemoOrganisations.BUYERS) {
      UUID id = uuid("buyer", profile.legalName());
      DemoPlaces.Place place = places.get(profile.city());
      for (String serviceName : profile.serviceNames()) {
        long threshold = 50_000L * (1 + random.nextInt(8)); // 500 € to 4,000 €
        services.add(site(random, id, serviceName, place, threshold));
      }
      buyers.add(
          new Organisation(
              id,
              "BUYER",
              profile.legalName(),
              siret(random),
              null,
              null,
              profile.publicBodyType(),
              null,
              "achats@" + slug(profile.legalName()) + ".example",
              List.of(place.department())));
    }
    profiles =
        IntStream.range(0, suppliers.size())
            .boxed()
            .collect(
                Collectors.toMap(i -> suppliers.get(i).id(), DemoOrganisations.SUPPLIERS::get));
    depotsBySupplier = depots.stream().collect(Collectors.groupingBy(Site::organisationId));
  }

  public List<Organisation> suppliers() {
    return List.copyOf(suppliers);
  }

  public List<Organisation> buyers() {
    return List.copyOf(buyers);
  }

  /** Organisations that signed up and wait for the operator's validation. */
  public List<Organisation> pendingSignUps() {
    SplittableRandom random = new SplittableRandom(seed + 1);
    return List.of(
        new Organisation(
            uuid("pending", "ressourcerie"),
            "SUPPLIER",
            "Ressourcerie du Val-de-Marne",
            siret(random),
            "Association",
            "SIAE_ACI",
            null,
            "Atelier et chantier d'insertion : collecte, tri et revente de mobilier et de jouets.",
            "contact@ressourcerie-val-de-marne.example",
            List.of("94")),
        new Organisation(
            uuid("pending", "commune"),
            "BUYER",
            "Ville de Vitry-sur-Seine",
            siret(random),
            null,
            null,
            "COMMUNE",
            null,
            "achats@vitry-sur-seine.example",
            List.of("94")));
  }

  public List<Site> depots() {
    return List.copyOf(depots);
  }

  public List<Site> services() {
    return List.copyOf(services);
  }

  /** The first {@code count} listings; the same index always yields the same listing. */
  public Stream<Listing> listings(int count) {
    return IntStream.range(0, count).mapToObj(this::listing);
  }

  Listing listing(int index) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
    Organisation supplier = suppliers.get(index % suppliers.size());
    DemoOrganisations.SupplierProfile profile = profiles.get(supplier.id());
    List<DemoProducts.Template> templates =
        DemoProducts.ALL.stream().filter(t -> profile.families().contains(t.family())).toList();
    DemoProducts.Template template = pick(random, templates);
    List<Site> supplierDepots = depotsBySupplier.get(supplier.id());
    Site depot = pick(random, supplierDepots);

    String noun = pick(random, template.nouns());
    String brand = pick(random, template.brands());
    String variant1 = pick(random, template.variants());
    String variant2 = pick(random, template.variants());
    String title =
        noun + " " + brand + " " + variant1 + (variant2.equals(variant1) ? "" : " " + variant2);
    String condition = CONDITIONS.get(weighted(random, 15, 40, 35, 10));
    String origin = pick(random, ORIGINS);
    boolean lot = random.nextDouble() < template.lotShare();
    int quantity = lot ? 2 + random.nextInt(Math.max(1, template.maxLotSize() - 1)) : 1;
    ListingStatus drawn =
        List.of(
                ListingStatus.PUBLISHED,
                ListingStatus.DRAFT,
                ListingStatus.SOLD_OUT,
                ListingStatus.ARCHIVED)
            .get(weighted(random, 90, 5, 3, 2));
    String status = drawn.name();
    int openingQuantity = drawn == ListingStatus.SOLD_OUT ? 0 : quantity;
    int warranty = List.of(0, 3, 6, 12, 24).get(weighted(random, 10, 15, 30, 35, 10));
    long price =
        roundToTenCents(
            template.minPriceCents()
                + (long)
                    (random.nextDouble() * (template.maxPriceCents() - template.minPriceCents())));
    String model = brand.split(" ").length > 1 ? null : String.valueOf(100 + random.nextInt(9_900));
    String detail1 = pick(random, template.details());
    String detail2 = pick(random, template.details());
    String description =
        String.format(
            Locale.FRANCE,
            "%s %s %s par %s. %s%s État : %s. Garantie %s. Enlèvement au dépôt %s (%s) ou"
                + " livraison sur devis.",
            noun,
            brand,
            origin.equals("RECONDITIONNE") ? "reconditionné" : "issu du réemploi",
            supplier.legalName(),
            detail1,
            detail2.equals(detail1) ? "" : " " + detail2,
            CONDITION_LABELS.get(condition),
            warranty == 0 ? "légale de conformité" : warranty + " mois",
            DemoPlaces.of(depot.city()),
            depot.department());
    return new Listing(
        uuid("listing", Integer.toString(index)),
        supplier.id(),
        String.format("SKU-%06d", index),
        lot ? "LOT" : "UNIQUE_ITEM",
        title,
        description,
        template.categoryId(),
        brand,
        model,
        lot ? null : "SN" + Long.toString(random.nextLong(1L << 40), 36).toUpperCase(Locale.ROOT),
        condition,
        origin,
        warranty,
        template.hasEnergyClass()
            ? String.valueOf((char) ('A' + weighted(random, 10, 20, 30, 20, 15, 5)))
            : null,
        template.minWeightGrams()
            + random.nextInt(Math.max(1, template.maxWeightGrams() - template.minWeightGrams())),
        price,
        2000,
        lot ? 1 + random.nextInt(Math.min(quantity, 5)) : 1,
        depot.id(),
        status,
        openingQuantity,
        EPOCH.plus(random.nextInt(LISTING_ARRIVAL_DAYS * 24 * 60), ChronoUnit.MINUTES));
  }

  private Site site(
      SplittableRandom random,
      UUID organisationId,
      String name,
      DemoPlaces.Place place,
      long threshold) {
    String street = (1 + random.nextInt(120)) + " " + pick(random, DemoPlaces.STREETS);
    // Spread sites a few hundred metres around the town centre.
    double lat = place.latitude() + (random.nextDouble() - 0.5) * 0.02;
    double lon = place.longitude() + (random.nextDouble() - 0.5) * 0.03;
    return new Site(
        uuid("site", organisationId + name),
        organisationId,
        name,
        street,
        place.postcode(),
        place.city(),
        place.department(),
        Math.round(lat * 1e6) / 1e6,
        Math.round(lon * 1e6) / 1e6,
        threshold);
  }

  UUID uuid(String kind, String key) {
    return UUID.nameUUIDFromBytes(
        ("boucle-demo:" + seed + ":" + kind + ":" + key).getBytes(StandardCharsets.UTF_8));
  }

  private static String siret(SplittableRandom random) {
    StringBuilder base = new StringBuilder();
    base.append(1 + random.nextInt(8));
    for (int i = 1; i < 13; i++) {
      base.append(random.nextInt(10));
    }
    return base.toString() + Siret.luhnCheckDigit(base.toString());
  }

  private static long roundToTenCents(long cents) {
    return Math.max(10, cents / 10 * 10);
  }

  static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  static int weighted(SplittableRandom random, int... weights) {
    int total = IntStream.of(weights).sum();
    int roll = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  static String slug(String name) {
    return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-|-$)", "");
  }
}
