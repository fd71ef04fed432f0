package fr.boucle.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclarationCsvTest {

  private static final DeclarationSchema SCHEMA = DeclarationSchema.load();
  private static final String FURNITURE = "Mobilier et aménagement d'intérieur";
  private static final String APPLIANCES =
      "Gros électroménager, y compris appareils professionnels";

  @Test
  void theColumnsAreTheSchemasInItsOrder() {
    assertThat(DeclarationCsv.COLUMNS).isEqualTo(SCHEMA.names());
  }

  @Test
  void theDeclarationValidatesAgainstTheSchema() {
    String csv =
        DeclarationCsv.write(
            2025,
            "13002526500013",
            "Mairie de Saint-Herblain, \"services techniques\"",
            List.of(
                AgecTotals.boughtThroughBoucle(FURNITURE, 1_234_567),
                new AgecTotals(APPLIANCES, 100_000, 40_001, 5, 59_994)));

    assertThat(SCHEMA.errors(csv)).isEmpty();
    assertThat(DeclarationSchema.partsOverTotal(csv)).isEmpty();
    assertThat(csv.split("\n", -1))
        .containsExactly(
            String.join(",", SCHEMA.names()),
            "2025,13002526500013,\"Mairie de Saint-Herblain, \"\"services techniques\"\"\","
                + FURNITURE
                + ",12345.67,12345.67,0.00,0.00,",
            "2025,13002526500013,\"Mairie de Saint-Herblain, \"\"services techniques\"\"\",\""
                + APPLIANCES
                + "\",1000.00,400.01,0.05,599.94,",
            "");
  }

  @Test
  void theCheckerAcceptsTheSchemasOwnExampleAndFindsWhatBoucleRefuses() throws IOException {
    // The schema's own example (data.gouv.fr, Licence Ouverte 2.0; see reference/SOURCES.md).
    String csv;
    try (var example =
        DeclarationCsvTest.class.getResourceAsStream("/reference/agec/declaration-example.csv")) {
      assertThat(example).as("the schema's example in the test resources").isNotNull();
      csv = new String(example.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(SCHEMA.errors(csv)).isEmpty();
    // Its reuse amounts exceed the totals: valid for the schema, refused by Boucle.
    assertThat(DeclarationSchema.partsOverTotal(csv)).hasSize(2);
  }

  @Test
  void theCheckerFindsEachKindOfBreach() {
    String header = String.join(",", SCHEMA.names());
    assertThat(SCHEMA.errors(header.replace(',', ';') + "\n")).hasSize(1);
    assertThat(SCHEMA.errors("\uFEFF" + header + "\n")).isNotEmpty();
    assertThat(
            SCHEMA.errors(
                header
                    + "\n25,1300252650001,DINUM,Mobilier urbain,1 000,1000,0,0,\n"
                    + "2024,13002526500013,,Chaises,12.5,abc,0,0,\n"))
        .containsExactlyInAnyOrder(
            "row 1, annee: '25' is not a year",
            "row 1, siret: '1300252650001' does not match \"^\\\\d{14}$\"",
            "row 1, montant_total: '1 000' is not a number",
            "row 2, raison_sociale: required",
            "row 2, type_produit_acquis: 'Chaises' is not in the enum",
            "row 2, montant_reemploi_et_reutilisation: 'abc' is not a number");
  }

  @Test
  void eurosAreExactCentsWithADecimalPoint() {
    assertThat(DeclarationCsv.euros(0)).isEqualTo("0.00");
    assertThat(DeclarationCsv.euros(5)).isEqualTo("0.05");
    assertThat(DeclarationCsv.euros(123_456_789_012L)).isEqualTo("1234567890.12");
  }

  @Test
  void partsNeverExceedTheTotal() {
    assertThatThrownBy(() -> new AgecTotals(FURNITURE, 100, 60, 0, 41))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new AgecTotals(FURNITURE, 100, 60, 0, 40).recycledCents()).isEqualTo(40);
  }

  @Test
  void sharesAndTargetsAreExact() {
    AgecTotals t = new AgecTotals(APPLIANCES, 300, 59, 1, 0);
    assertThat(t.reuseShareBp()).isEqualTo(2000); // 60 / 300, donations count with reuse
    assertThat(t.meets(20, null)).isTrue();
    assertThat(new AgecTotals(APPLIANCES, 301, 60, 0, 0).meets(20, null)).isFalse();
    assertThat(new AgecTotals(APPLIANCES, 301, 60, 0, 0).reuseShareBp()).isEqualTo(1993);
    assertThat(t.meets(null, null)).isNull();
    assertThat(new AgecTotals(APPLIANCES, 0, 0, 0, 0).meets(20, null)).isNull();
    assertThat(new AgecTotals(APPLIANCES, 100, 100, 0, 0).meets(20, 30)).isFalse();
  }
}
