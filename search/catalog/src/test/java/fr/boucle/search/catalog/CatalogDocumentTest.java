package fr.boucle.search.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CatalogDocumentTest {

  private final ObjectMapper json = CatalogJson.objectMapper();

  @Test
  void serialisesToTheMappedFieldsWithExactMoneyAndIsoDates() throws Exception {
    JsonNode node = json.valueToTree(TestDocuments.fridge("l-1").build());

    assertEquals("l-1", node.get("id").asText());
    assertTrue(node.get("priceExclVatCents").isIntegralNumber());
    assertEquals(34_900, node.get("priceExclVatCents").asLong());
    assertTrue(node.get("vatRate").isInt());
    assertEquals(2000, node.get("vatRate").asInt());
    assertEquals("tres_bon_etat", node.get("condition").asText());
    assertEquals("reconditionne", node.get("origin").asText());
    assertEquals("SIAE_EI", node.get("insertionStatus").asText());
    assertEquals("SIAE", node.get("insertionFamily").asText());
    assertEquals("2025-03-14T09:30:00Z", node.get("publishedAt").asText());
    assertEquals(45.7578, node.get("depotLocation").get("lat").asDouble());
    assertEquals(4.8320, node.get("depotLocation").get("lon").asDouble());
    assertEquals(3, node.get("categoryPath").size());

    JsonNode properties =
        new ObjectMapper()
            .readTree(CatalogResources.text(CatalogResources.MAPPINGS))
            .get("properties");
    List<String> unmapped = new ArrayList<>();
    node.fieldNames()
        .forEachRemaining(name -> {
          if (!properties.has(name)) {
            unmapped.add(name);
          }
        });
    assertEquals(List.of(), unmapped, "strict mapping would reject these");
  }

  @Test
  void leavesNullFieldsOut() {
    JsonNode node = json.valueToTree(TestDocuments.item("l-2", "Chaise").build());
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    for (String absent :
        new String[] {
          "description", "brand", "model", "energyClass", "depotLocation", "photoUrl", "publishedAt"
        }) {
      assertFalse(names.contains(absent), absent);
    }
    assertEquals(0, node.get("categoryLabels").size(), "null list becomes empty");
  }

  @Test
  void roundTripsThroughJson() throws Exception {
    CatalogDocument doc = TestDocuments.fridge("l-3").build();
    assertEquals(doc, json.readValue(json.writeValueAsBytes(doc), CatalogDocument.class));
    CatalogDocument minimal = TestDocuments.item("l-4", "Table").build();
    assertEquals(minimal, json.readValue(json.writeValueAsBytes(minimal), CatalogDocument.class));
  }

  @Test
  void readsDocumentsWithFieldsItDoesNotKnow() throws Exception {
    String source = "{\"id\":\"l-5\",\"title\":\"Vélo\",\"version\":3,\"someFutureField\":true}";
    CatalogDocument doc = json.readValue(source, CatalogDocument.class);
    assertEquals("l-5", doc.id());
    assertEquals(3, doc.version());
    assertEquals(List.of(), doc.departmentsServed());
  }

  @Test
  void derivesTheInsertionFamily() {
    assertEquals(
        InsertionFamily.ESAT,
        TestDocuments.item("l-6", "x")
            .insertionStatus(InsertionStatus.ESAT)
            .build()
            .insertionFamily());
    assertEquals(
        InsertionFamily.OTHER,
        TestDocuments.item("l-7", "x")
            .insertionStatus(InsertionStatus.ESS)
            .build()
            .insertionFamily());
    for (InsertionStatus status : InsertionStatus.values()) {
      assertEquals(status.name().startsWith("SIAE_"), status.family() == InsertionFamily.SIAE);
    }
  }

  @Test
  void rejectsAMissingIdAndANegativeVersion() {
    assertThrows(NullPointerException.class, () -> CatalogDocument.builder(null).build());
    assertThrows(IllegalArgumentException.class, () -> CatalogDocument.builder(" ").build());
    assertThrows(
        IllegalArgumentException.class, () -> TestDocuments.item("l-8", "x").version(-1).build());
  }

  @Test
  void copiesListsDefensively() {
    List<String> departments = new ArrayList<>(List.of("69"));
    CatalogDocument doc = TestDocuments.item("l-9", "x").departmentsServed(departments).build();
    departments.add("01");
    assertEquals(List.of("69"), doc.departmentsServed());
    assertThrows(UnsupportedOperationException.class, () -> doc.departmentsServed().add("38"));
  }

  @Test
  void toBuilderCopiesEveryField() {
    CatalogDocument doc = TestDocuments.fridge("l-10").build();
    assertEquals(doc, doc.toBuilder().build());
    assertEquals(2, doc.toBuilder().version(2).build().version());
  }

  @Test
  void enumCodesAreTheMappedKeywords() {
    assertEquals(
        List.of("comme_neuf", "tres_bon_etat", "bon_etat", "etat_usage"),
        java.util.Arrays.stream(ItemCondition.values()).map(ItemCondition::code).toList());
    assertEquals(
        List.of("reemploi", "reutilisation", "reconditionne"),
        java.util.Arrays.stream(Origin.values()).map(Origin::code).toList());
    assertEquals(ItemCondition.BON_ETAT, ItemCondition.fromCode("bon_etat"));
    assertThrows(IllegalArgumentException.class, () -> Origin.fromCode("neuf"));
  }
}
