package fr.boucle.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SiretTest {

  @Test
  void acceptsLuhnValidSiret() {
    // DINUM's SIRET, as published in the AGEC declaration example.
    assertThat(Siret.of("130 025 265 00013").value()).isEqualTo("13002526500013");
  }

  @Test
  void refusesWrongChecksum() {
    assertThatThrownBy(() -> Siret.of("13002526500014")).hasMessageContaining("checksum");
  }

  @Test
  void refusesWrongLength() {
    assertThatThrownBy(() -> Siret.of("1300252650001")).hasMessageContaining("14 digits");
    assertThatThrownBy(() -> Siret.of("1300252650001A")).hasMessageContaining("14 digits");
  }

  @Test
  void acceptsLaPosteEstablishmentWhoseDigitsSumToMultipleOfFive() {
    // 3+5+6+0+0+0+0+0+0+0+0+5+6+0 = 25: valid under La Poste's rule, though not Luhn-valid.
    assertThat(Siret.isValid("35600000000560")).isTrue();
    assertThat(Siret.isValid("35600000000561")).isFalse();
  }

  @Test
  void computesCheckDigitThatValidates() {
    String base = "7321841560001";
    assertThat(Siret.isValid(base + Siret.luhnCheckDigit(base))).isTrue();
  }
}
