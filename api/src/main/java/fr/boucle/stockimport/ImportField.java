package fr.boucle.stockimport;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A listing field a column of an import file can fill, with the header names (French and English)
 * that suggest it. Required fields must be mapped before a preview or a run.
 */
public enum ImportField {
  SKU(
      "sku",
      true,
      "sku",
      "reference",
      "ref",
      "ref article",
      "reference article",
      "code article",
      "code",
      "article",
      "product code",
      "item code",
      "supplier sku"),
  TITLE(
      "title",
      true,
      "titre",
      "designation",
      "libelle",
      "nom",
      "intitule",
      "title",
      "name",
      "product name",
      "produit"),
  DESCRIPTION("description", false, "description", "descriptif", "details", "commentaire"),
  KIND("kind", false, "type", "nature", "kind", "type d annonce"),
  CATEGORY(
      "categoryId",
      true,
      "categorie",
      "category",
      "categorie id",
      "category id",
      "categoryid",
      "famille",
      "rubrique"),
  BRAND("brand", false, "marque", "brand", "fabricant", "manufacturer"),
  MODEL("model", false, "modele", "model", "reference modele"),
  SERIAL(
      "serialNumber",
      false,
      "numero de serie",
      "n de serie",
      "serie",
      "serial number",
      "serial",
      "serialnumber"),
  CONDITION("condition", true, "etat", "condition", "grade", "etat du produit"),
  ORIGIN("origin", true, "origine", "provenance", "filiere", "origin"),
  WARRANTY(
      "warrantyMonths",
      false,
      "garantie",
      "garantie mois",
      "garantie en mois",
      "duree de garantie",
      "warranty",
      "warranty months",
      "warrantymonths"),
  ENERGY(
      "energyClass",
      false,
      "classe energetique",
      "classe energie",
      "etiquette energie",
      "energy class",
      "energyclass"),
  WEIGHT("weightKg", false, "poids", "poids kg", "poids en kg", "weight", "weight kg", "weightkg"),
  LENGTH("lengthCm", false, "longueur", "longueur cm", "length", "length cm", "lengthcm"),
  WIDTH("widthCm", false, "largeur", "largeur cm", "width", "width cm", "widthcm"),
  HEIGHT("heightCm", false, "hauteur", "hauteur cm", "height", "height cm", "heightcm"),
  PRICE(
      "priceExclVat",
      true,
      "prix ht",
      "prix unitaire ht",
      "prix",
      "prix hors taxes",
      "tarif ht",
      "price",
      "price excl vat",
      "unit price",
      "priceexclvat",
      "price ht"),
  VAT("vatRate", false, "tva", "taux de tva", "taux tva", "vat", "vat rate", "vatrate"),
  MOQ(
      "minimumOrderQuantity",
      false,
      "quantite minimum",
      "quantite minimale",
      "minimum de commande",
      "minimum order quantity",
      "moq",
      "minimumorderquantity"),
  DEPOT(
      "depotId",
      false,
      "depot",
      "lieu de retrait",
      "entrepot",
      "site",
      "depot id",
      "depotid",
      "warehouse"),
  PICKUP(
      "pickupAvailable",
      false,
      "retrait",
      "retrait possible",
      "retrait sur place",
      "pickup",
      "pickup available",
      "pickupavailable"),
  DEPARTMENTS(
      "deliveryDepartments",
      false,
      "departements livres",
      "departements de livraison",
      "livraison departements",
      "zone de livraison",
      "delivery departments",
      "deliverydepartments"),
  DELIVERY_FEE(
      "deliveryFee",
      false,
      "frais de livraison",
      "frais de port",
      "livraison ht",
      "delivery fee",
      "deliveryfee",
      "shipping"),
  LEAD_DAYS(
      "deliveryLeadDays",
      false,
      "delai de livraison",
      "delai",
      "delai jours",
      "delivery lead days",
      "lead time",
      "deliveryleaddays"),
  QUANTITY(
      "quantity",
      false,
      "quantite",
      "qte",
      "qty",
      "stock",
      "quantite disponible",
      "disponible",
      "quantity",
      "available"),
  STATUS("status", false, "statut", "publication", "status");

  private final String field;
  private final boolean required;
  private final Set<String> synonyms;

  ImportField(String field, boolean required, String... synonyms) {
    this.field = field;
    this.required = required;
    this.synonyms = Set.of(synonyms);
  }

  /** The name of the field in a listing draft, as the API names it (e.g. priceExclVat). */
  public String field() {
    return field;
  }

  public boolean required() {
    return required;
  }

  public static Optional<ImportField> byField(String name) {
    for (ImportField f : values()) {
      if (f.field.equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  public static List<ImportField> requiredFields() {
    return java.util.Arrays.stream(values()).filter(ImportField::required).toList();
  }

  /** The field a header suggests, if any: "Prix HT (€)" suggests priceExclVat. */
  public static Optional<ImportField> suggestedFor(String header) {
    String key = normalise(header);
    String withoutUnit = key.replaceAll(" (eur|euros|e|ht|kg|cm|mois|jours|j)$", "").strip();
    for (ImportField f : values()) {
      if (f.synonyms.contains(key)
          || f.synonyms.contains(withoutUnit)
          || normalise(f.field).equals(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Lower case, without accents, punctuation as single spaces: "Prix H.T. (€)" → "prix h t". */
  public static String normalise(String s) {
    String folded =
        Normalizer.normalize(s, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replace("h.t.", "ht")
            .replace("n°", "n ");
    return folded.replaceAll("[^a-z0-9]+", " ").strip();
  }
}
