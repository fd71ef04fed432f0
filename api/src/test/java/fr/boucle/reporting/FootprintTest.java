package fr.boucle.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FootprintTest {

  private static Footprint footprint(Map<String, BigDecimal> stages) {
    return new Footprint("f", "slug", "Item", null, stages, null);
  }

  @Test
  void sumsTheFourProductionStagesExactly() {
    // The fridge of the ADEME data: 133 + 13.5 + 28 + 82.8, while its published total is 257.
    Footprint fridge =
        footprint(
            Map.of(
                "raw_materials", new BigDecimal("133"),
                "supply", new BigDecimal("13.5"),
                "shaping", new BigDecimal("28"),
                "assembly_and_distribution", new BigDecimal("82.8")));
    assertThat(fridge.productionKgCo2e()).isEqualByComparingTo("257.3");
  }

  @Test
  void digitalDevicesCountManufacturingAndDistribution() {
    Footprint laptop =
        footprint(
            Map.of(
                "construction", new BigDecimal("170.3"),
                "assembly_and_distribution", new BigDecimal("12.3")));
    assertThat(laptop.productionKgCo2e()).isEqualByComparingTo("182.6");
    Footprint phone = footprint(Map.of("construction", new BigDecimal("23.3")));
    assertThat(phone.productionKgCo2e()).isEqualByComparingTo("23.3");
  }

  @Test
  void ignoresStagesOutsideProduction() {
    Footprint f =
        footprint(
            Map.of(
                "raw_materials", new BigDecimal("1.5"),
                "use", new BigDecimal("100"),
                "end_of_life", new BigDecimal("-3")));
    assertThat(f.productionKgCo2e()).isEqualByComparingTo("1.5");
    assertThat(footprint(Map.of("use", BigDecimal.ONE)).productionKgCo2e()).isNull();
  }

  @Test
  void roundsToTwoSignificantDigitsWithoutExponent() {
    assertThat(Footprint.twoSignificantDigits(new BigDecimal("1234.5")).toString())
        .isEqualTo("1200");
    assertThat(Footprint.twoSignificantDigits(new BigDecimal("257.3")).toString()).isEqualTo("260");
    assertThat(Footprint.twoSignificantDigits(new BigDecimal("0.04567")).toString())
        .isEqualTo("0.046");
    assertThat(Footprint.twoSignificantDigits(new BigDecimal("18.25")).toString()).isEqualTo("18");
    assertThat(Footprint.twoSignificantDigits(new BigDecimal("1.25")).toString()).isEqualTo("1.3");
    assertThat(Footprint.twoSignificantDigits(new BigDecimal("95")).toString()).isEqualTo("95");
    assertThat(Footprint.twoSignificantDigits(new BigDecimal("995")).toString()).isEqualTo("1000");
    assertThat(Footprint.twoSignificantDigits(BigDecimal.ZERO).toString()).isEqualTo("0");
  }
}
