package fr.boucle.reporting.internal;

import fr.boucle.listing.Categories;
import fr.boucle.listing.Category;
import fr.boucle.ordering.OrderFacts;
import fr.boucle.reporting.EmissionsReport;
import fr.boucle.reporting.Footprint;
import fr.boucle.shared.security.CurrentUser;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The emissions a buyer avoided in a year: units bought through Boucle (counted like AGEC) per
 * taxonomy category × the production-stage footprint of the same item new, rounded to two
 * significant digits per row. Purchases made elsewhere carry no units and are not counted.
 */
@Singleton
public class ComposeEmissionsReport {

  public static final String METHOD =
      "Units bought reused through Boucle in the year (orders DELIVERED, INVOICED or PAID, in the"
          + " year of their delivery) × the carbon footprint of manufacturing the same item new:"
          + " the production stages of the ADEME data (raw materials + supply + shaping + assembly"
          + " and distribution; for digital devices manufacturing (construction) + distribution),"
          + " never the use phase nor the end of life, never the published total. Refurbishing's"
          + " own footprint (transport, spare parts) is not deducted, so this is an upper estimate."
          + " Each row is rounded to two significant digits; the total is the sum of the rows."
          + " Categories without the same product in the data have no figure rather than a near"
          + " match. Purchases made elsewhere are not counted (no units).";

  public static final String METHOD_FR =
      "Unités achetées en réemploi via Boucle dans l'année (commandes livrées, facturées ou"
          + " payées, dans l'année de leur livraison) × l'empreinte carbone de la fabrication du"
          + " même produit neuf : les étapes de production des données de l'ADEME (matières"
          + " premières + approvisionnement + mise en forme + assemblage et distribution ; pour le"
          + " numérique, fabrication + distribution), jamais l'usage ni la fin de vie, jamais le"
          + " total publié. L'empreinte du reconditionnement (transport, pièces) n'est pas déduite :"
          + " c'est une estimation haute. Chaque ligne est arrondie à deux chiffres significatifs ;"
          + " le total est la somme des lignes. Les catégories sans le même produit dans les"
          + " données n'ont pas de chiffre plutôt qu'une approximation. Les achats hors Boucle ne"
          + " sont pas comptés (pas d'unités).";

  public static final List<EmissionsReport.SourceRef> SOURCES =
      List.of(
          new EmissionsReport.SourceRef(
              "ADEME, Modélisation et évaluation environnementale de produits de consommation et"
                  + " biens d'équipement",
              "https://librairie.ademe.fr/dechets-economie-circulaire/127-modelisation-et-evaluation-environnementale-de-produits-de-consommation-et-biens-d-equipement.html",
              "As published by ADEME"),
          new EmissionsReport.SourceRef(
              "ADEME/Arcep, Évaluation de l'impact environnemental du numérique en France",
              "https://librairie.ademe.fr/consommer-autrement/5226-evaluation-de-l-impact-environnemental-du-numerique-en-france-et-analyse-prospective.html",
              "As published by ADEME"),
          new EmissionsReport.SourceRef(
              "Impact CO2 (incubateur-ademe/impactco2), the collected data",
              "https://github.com/incubateur-ademe/impactco2",
              "MIT License, (c) 2022 Datagir"));

  /** The same sources for a French reader: the titles stay as published, the rest in French. */
  public static final List<EmissionsReport.SourceRef> SOURCES_FR =
      List.of(
          new EmissionsReport.SourceRef(
              SOURCES.get(0).title(), SOURCES.get(0).url(), "Telles que publiées par l’ADEME"),
          new EmissionsReport.SourceRef(
              SOURCES.get(1).title(), SOURCES.get(1).url(), "Telles que publiées par l’ADEME"),
          new EmissionsReport.SourceRef(
              "Impact CO2 (incubateur-ademe/impactco2), les données collectées",
              SOURCES.get(2).url(),
              "Licence MIT, (c) 2022 Datagir"));

  private final OrderFacts orders;
  private final Categories categories;
  private final FootprintData.Footprints footprints;

  ComposeEmissionsReport(
      OrderFacts orders, Categories categories, FootprintData.Footprints footprints) {
    this.orders = orders;
    this.categories = categories;
    this.footprints = footprints;
  }

  public EmissionsReport report(CurrentUser user, int year, boolean english) {
    ReportAccess.mayRead(user);
    ReportAccess.checkYear(year);
    Map<String, Long> units = new LinkedHashMap<>();
    for (OrderFacts.CategoryTotal bought :
        orders.purchasedByCategory(user.organisationId(), year)) {
      units.merge(bought.categoryId(), bought.units(), Long::sum);
    }
    List<EmissionsReport.Row> rows = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Category c : categories.findAllOrderByPosition()) {
      Long bought = units.get(c.id());
      if (bought == null) {
        continue;
      }
      EmissionsReport.Row row = row(c, bought, english);
      rows.add(row);
      if (row.avoidedKgCo2e() != null) {
        total = total.add(row.avoidedKgCo2e());
      }
    }
    return new EmissionsReport(
        year, total, english ? METHOD : METHOD_FR, english ? SOURCES : SOURCES_FR, rows);
  }

  private EmissionsReport.Row row(Category c, long units, boolean english) {
    Optional<FootprintData.Mapped> mapped = footprints.of(c.id());
    String item = mapped.map(FootprintData.Mapped::item).orElse(null);
    Footprint footprint = item == null ? null : footprints.item(item).orElse(null);
    BigDecimal perUnit = footprint == null ? null : footprint.productionKgCo2e();
    if (perUnit == null) {
      String note =
          mapped
              .map(m -> m.note(english))
              .orElse(
                  english
                      ? "This category is not in the footprint mapping: no figure."
                      : "Cette catégorie n'est pas dans la correspondance des empreintes :"
                          + " pas de chiffre.");
      return new EmissionsReport.Row(c.id(), c.label(english), null, units, null, null, note);
    }
    BigDecimal avoided =
        Footprint.twoSignificantDigits(perUnit.multiply(BigDecimal.valueOf(units)));
    return new EmissionsReport.Row(
        c.id(),
        c.label(english),
        footprint.name()
            + (footprint.subtitle() == null ? "" : " (" + shortly(footprint.subtitle()) + ")"),
        units,
        perUnit,
        avoided,
        mapped.map(m -> m.note(english)).orElse(null));
  }

  /** A subtitle's first clause (the digital ones describe the configuration at length). */
  private static String shortly(String subtitle) {
    int cut = subtitle.indexOf(',');
    return (cut < 0 ? subtitle : subtitle.substring(0, cut)).strip();
  }
}
