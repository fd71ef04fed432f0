package fr.boucle.reporting;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The carbon footprint of a new product by life-cycle stage (ADEME data collected by Impact CO2),
 * in kgCO2e. Only the production stages count for what buying reused avoids: the use phase happens
 * whether the item is new or reused, and {@code published_total_kgco2e} is never used (it differs
 * from the stages for some items and is missing for most digital ones).
 */
@Serdeable
public record Footprint(
    String family,
    String slug,
    String name,
    @Nullable String subtitle,
    @JsonProperty("stages_kgco2e") Map<String, BigDecimal> stagesKgco2e,
    @Nullable String source) {

  /**
   * The production stages: raw materials, supply, shaping, assembly and distribution; for digital
   * devices the study gives manufacturing as one stage, {@code construction} (with distribution in
   * {@code assembly_and_distribution}).
   */
  public static final List<String> PRODUCTION_STAGES =
      List.of("raw_materials", "supply", "shaping", "assembly_and_distribution", "construction");

  /** The sum of the production stages given (exact decimals); null when none is given. */
  public @Nullable BigDecimal productionKgCo2e() {
    BigDecimal sum = null;
    for (String stage : PRODUCTION_STAGES) {
      BigDecimal value = stagesKgco2e.get(stage);
      if (value != null) {
        sum = sum == null ? value : sum.add(value);
      }
    }
    return sum;
  }

  /**
   * Rounded to two significant digits (half up), written without an exponent: 1234.5 → 1200, 0.0456
   * → 0.046. The data are estimates from modelling studies: more digits would be false precision.
   */
  public static BigDecimal twoSignificantDigits(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal rounded = value.round(new MathContext(2, RoundingMode.HALF_UP));
    return rounded.scale() < 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY) : rounded;
  }
}
