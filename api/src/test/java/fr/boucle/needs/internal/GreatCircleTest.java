package fr.boucle.needs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GreatCircleTest {

  @Test
  void vitryToCaenIsJustBeyondTheMatchingRadius() {
    // Vitry-sur-Seine (48.7875, 2.3928) to Caen (49.1829, -0.3707).
    double km = GreatCircle.km(48.7875, 2.3928, 49.1829, -0.3707);
    assertThat(km).isCloseTo(206.4, within(0.1)).isGreaterThan(GreatCircle.NEAR_KM);
  }

  @Test
  void vitryToCreteilIsNear() {
    double km = GreatCircle.km(48.7875, 2.3928, 48.7904, 2.4556);
    assertThat(km).isCloseTo(4.6, within(0.1)).isLessThan(GreatCircle.NEAR_KM);
  }

  @Test
  void aPointIsAtNoDistanceFromItself() {
    assertThat(GreatCircle.km(43.2965, 5.3698, 43.2965, 5.3698)).isZero();
  }

  @Test
  void antipodesAreHalfTheCircumference() {
    assertThat(GreatCircle.km(0, 0, 0, 180)).isCloseTo(Math.PI * 6371.0, within(0.001));
  }
}
