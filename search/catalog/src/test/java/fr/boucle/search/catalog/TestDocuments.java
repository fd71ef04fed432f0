package fr.boucle.search.catalog;

import java.time.Instant;
import java.util.List;

/** Realistic listings for the tests. */
final class TestDocuments {

  private TestDocuments() {}

  static final Instant PUBLISHED = Instant.parse("2025-03-14T09:30:00Z");

  /** A listing with every field set. */
  static CatalogDocument.Builder fridge(String id) {
    return CatalogDocument.builder(id)
        .title("Réfrigérateur combiné Liebherr")
        .description("Réfrigérateur-congélateur 2 portes, testé et nettoyé, joints changés.")
        .brand("Liebherr")
        .model("CBNef 4835")
        .categoryId("cat-froid")
        .categoryPath(List.of("cat-electromenager", "cat-gros-electromenager", "cat-froid"))
        .categoryLabels(List.of("Électroménager", "Gros électroménager", "Froid"))
        .agecCategory("EEE")
        .condition(ItemCondition.TRES_BON_ETAT)
        .origin(Origin.RECONDITIONNE)
        .warrantyMonths(12)
        .energyClass("C")
        .priceExclVatCents(34_900)
        .vatRate(2000)
        .availableQuantity(1)
        .inStock(true)
        .status("published")
        .supplierId("sup-envie-rhone")
        .supplierName("Envie Rhône")
        .insertionStatus(InsertionStatus.SIAE_EI)
        .depotDepartment("69")
        .departmentsServed(List.of("69", "01", "38"))
        .depotLocation(new GeoLocation(45.7578, 4.8320))
        .photoUrl("https://img.boucle.example/listings/fridge.jpg")
        .publishedAt(PUBLISHED)
        .updatedAt(PUBLISHED.plusSeconds(3600))
        .version(1);
  }

  /** A minimal listing: only what a document must have, plus a title. */
  static CatalogDocument.Builder item(String id, String title) {
    return CatalogDocument.builder(id)
        .title(title)
        .categoryId("cat-divers")
        .categoryPath(List.of("cat-divers"))
        .condition(ItemCondition.BON_ETAT)
        .origin(Origin.REEMPLOI)
        .warrantyMonths(6)
        .priceExclVatCents(1_000)
        .vatRate(2000)
        .availableQuantity(1)
        .inStock(true)
        .status("published")
        .supplierId("sup-1")
        .supplierName("Ressourcerie du Plateau")
        .insertionStatus(InsertionStatus.SIAE_ACI)
        .depotDepartment("75")
        .departmentsServed(List.of("75"))
        .updatedAt(PUBLISHED)
        .version(1);
  }
}
