package fr.boucle.search.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogResourcesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode read(String resource) throws Exception {
    return JSON.readTree(CatalogResources.text(resource));
  }

  private static JsonNode properties() throws Exception {
    return read(CatalogResources.MAPPINGS).get("properties");
  }

  @Test
  void settingsAreValidJsonForOneShardWithoutReplica() throws Exception {
    JsonNode index = read(CatalogResources.SETTINGS).get("index");
    assertEquals(1, index.get("number_of_shards").asInt());
    assertEquals(0, index.get("number_of_replicas").asInt());
    assertEquals("1s", index.get("refresh_interval").asText());
    int window = index.get("max_result_window").asInt();
    assertTrue(window >= 1000 && window <= 10_000, "max_result_window " + window);
  }

  @Test
  void settingsParseIntoTheClientModel() {
    IndexSettings settings = CatalogResources.settings();
    IndexSettings index = settings.index() != null ? settings.index() : settings;
    assertEquals("1", index.numberOfShards());
    assertEquals("0", index.numberOfReplicas());
    assertEquals(5000, index.maxResultWindow());
  }

  @Test
  void mappingsAreStrict() throws Exception {
    assertEquals("strict", read(CatalogResources.MAPPINGS).get("dynamic").asText());
  }

  @Test
  void everyDocumentFieldIsMappedAndEveryMappedFieldIsADocumentFieldOrCopyTarget()
      throws Exception {
    Set<String> recordFields =
        Arrays.stream(CatalogDocument.class.getRecordComponents())
            .map(c -> c.getName())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> mapped = new TreeSet<>();
    properties().fieldNames().forEachRemaining(mapped::add);
    Set<String> copyTargets = Set.of(CatalogFields.SUGGEST);

    Set<String> unmapped = new TreeSet<>(recordFields);
    unmapped.removeAll(mapped);
    assertEquals(Set.of(), unmapped, "record fields missing from mappings.json");

    Set<String> extra = new TreeSet<>(mapped);
    extra.removeAll(recordFields);
    assertEquals(copyTargets, extra, "mapped fields that no document field fills");
  }

  @Test
  void frenchTextFieldsUseTheBoucleAnalyzers() throws Exception {
    JsonNode p = properties();
    for (String field : new String[] {"title", "description", "categoryLabels", "supplierName"}) {
      assertEquals("text", p.get(field).get("type").asText(), field);
      assertEquals("boucle_french", p.get(field).get("analyzer").asText(), field);
      assertEquals("boucle_french_search", p.get(field).get("search_analyzer").asText(), field);
    }
    JsonNode suggest = p.get("title").get("fields").get("suggest");
    assertEquals("boucle_autocomplete", suggest.get("analyzer").asText());
    assertEquals("boucle_autocomplete_search", suggest.get("search_analyzer").asText());
    assertEquals("keyword", p.get("title").get("fields").get("raw").get("type").asText());
    assertEquals("boucle_autocomplete", p.get("suggest").get("analyzer").asText());
  }

  @Test
  void fieldTypesMatchTheDomain() throws Exception {
    JsonNode p = properties();
    assertEquals("long", p.get("priceExclVatCents").get("type").asText(), "money is exact cents");
    assertEquals("integer", p.get("vatRate").get("type").asText(), "VAT in basis points");
    assertEquals("long", p.get("version").get("type").asText());
    assertEquals("geo_point", p.get("depotLocation").get("type").asText());
    assertEquals("boolean", p.get("inStock").get("type").asText());
    assertEquals("date", p.get("publishedAt").get("type").asText());
    assertEquals("date", p.get("updatedAt").get("type").asText());
    assertFalse(p.get("photoUrl").get("index").asBoolean(), "photoUrl is stored, not indexed");
    for (String keyword :
        new String[] {
          "id",
          "categoryId",
          "categoryPath",
          "agecCategory",
          "condition",
          "origin",
          "energyClass",
          "status",
          "supplierId",
          "insertionStatus",
          "insertionFamily",
          "depotDepartment",
          "departmentsServed",
          "brand",
          "model"
        }) {
      assertEquals("keyword", p.get(keyword).get("type").asText(), keyword);
    }
    for (String field : new String[] {"warrantyMonths", "availableQuantity"}) {
      assertEquals("integer", p.get(field).get("type").asText(), field);
    }
  }

  @Test
  void noFloatingPointFieldAnywhere() throws Exception {
    String mappings = CatalogResources.text(CatalogResources.MAPPINGS);
    for (String type : new String[] {"float", "double", "half_float", "scaled_float"}) {
      assertFalse(mappings.contains("\"" + type + "\""), type + " in mappings.json");
    }
  }

  /** What the client sends must be exactly the file: its typed model drops nothing it ignores. */
  @Test
  void mappingsSurviveTheClientModelUnchanged() throws Exception {
    JsonpMapper mapper = CatalogJson.jsonpMapper();
    TypeMapping typed = CatalogResources.mappings();
    JsonNode sent = JSON.readTree(JsonpUtils.toJsonString(typed, mapper));
    assertEquals(read(CatalogResources.MAPPINGS), sent);
  }

  @Test
  void settingsSurviveTheClientModel() throws Exception {
    JsonpMapper mapper = CatalogJson.jsonpMapper();
    JsonNode sent =
        JSON.readTree(JsonpUtils.toJsonString(CatalogResources.settings(), mapper)).get("index");
    JsonNode file = read(CatalogResources.SETTINGS).get("index");
    file.fieldNames()
        .forEachRemaining(
            name -> assertEquals(file.get(name).asText(), sent.get(name).asText(), name));
  }
}
