package fr.boucle.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.shared.Siret;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {

  private static final Set<String> REGIONS_DEPARTMENTS =
      Set.of(
          "75", "77", "78", "91", "92", "93", "94", "95", // Île-de-France
          "14", "27", "50", "61", "76", // Normandie
          "02", "59", "60", "62", "80"); // Hauts-de-France

  @Test
  void sameSeedGivesSameMarketplace() {
    DemoDataGenerator first = new DemoDataGenerator(42);
    DemoDataGenerator second = new DemoDataGenerator(42);
    assertThat(first.suppliers()).isEqualTo(second.suppliers());
    assertThat(first.services()).isEqualTo(second.services());
    assertThat(first.listings(500).toList()).isEqualTo(second.listings(500).toList());
  }

  @Test
  void otherSeedGivesOtherListings() {
    List<String> a = new DemoDataGenerator(1).listings(50).map(l -> l.title()).toList();
    List<String> b = new DemoDataGenerator(2).listings(50).map(l -> l.title()).toList();
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void sizeKnobGivesExactlyThatManyDistinctListings() {
    List<DemoDataGenerator.Listing> listings = new DemoDataGenerator(7).listings(3_000).toList();
    assertThat(listings).hasSize(3_000);
    assertThat(listings.stream().map(DemoDataGenerator.Listing::id).distinct()).hasSize(3_000);
    assertThat(listings.stream().map(DemoDataGenerator.Listing::sku).distinct()).hasSize(3_000);
  }

  @Test
  void organisationsHaveValidSiretsAndAllInsertionStatuses() {
    DemoDataGenerator generator = new DemoDataGenerator(20261122);
    generator.suppliers().forEach(s -> assertThat(Siret.isValid(s.siret())).isTrue());
    generator.buyers().forEach(b -> assertThat(Siret.isValid(b.siret())).isTrue());
    Set<String> statuses =
        generator.suppliers().stream()
            .map(DemoDataGenerator.Organisation::insertionStatus)
            .collect(Collectors.toSet());
    assertThat(statuses).contains("SIAE_EI", "SIAE_ACI", "SIAE_AI", "EA", "ESAT", "OTHER");
  }

  @Test
  void sitesAreInTheThreeDemoRegions() {
    DemoDataGenerator generator = new DemoDataGenerator(20261122);
    generator.depots().forEach(d -> assertThat(REGIONS_DEPARTMENTS).contains(d.department()));
    generator.services().forEach(s -> assertThat(REGIONS_DEPARTMENTS).contains(s.department()));
    assertThat(generator.services()).allMatch(s -> s.approvalThresholdCents() > 0);
  }

  @Test
  void listingsAreConsistent() {
    new DemoDataGenerator(3)
        .listings(2_000)
        .forEach(l -> {
          assertThat(l.priceExclVatCents()).isPositive();
          assertThat(l.title()).hasSizeBetween(3, 200);
          assertThat(l.description()).contains("État :");
          if (l.kind().equals("UNIQUE_ITEM")) {
            assertThat(l.openingQuantity()).isLessThanOrEqualTo(1);
            assertThat(l.serialNumber()).isNotBlank();
          } else {
            assertThat(l.minimumOrderQuantity())
                .isLessThanOrEqualTo(l.openingQuantity() == 0 ? 5 : l.openingQuantity());
          }
          if (l.status().equals("SOLD_OUT")) {
            assertThat(l.openingQuantity()).isZero();
          }
        });
  }

  @Test
  void coversEveryFamilyOfGoods() {
    Set<String> categories =
        new DemoDataGenerator(20261122)
            .listings(5_000)
            .map(DemoDataGenerator.Listing::categoryId)
            .collect(Collectors.toSet());
    assertThat(categories)
        .contains(
            "refrigerateur",
            "lave-linge",
            "siege-bureau",
            "bureau",
            "pc-portable",
            "ecran",
            "smartphone",
            "jouet-eveil",
            "vetement-travail",
            "tente-barnum",
            "velo",
            "tondeuse");
  }
}
