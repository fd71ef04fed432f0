package fr.boucle.demo;

import java.util.List;

/** Towns of Île-de-France, Normandie and Hauts-de-France where demo depots and services sit. */
final class DemoPlaces {

  record Place(
      String city, String postcode, String department, double latitude, double longitude) {}

  static final List<Place> ALL =
      List.of(
          new Place("Paris", "75011", "75", 48.8590, 2.3790),
          new Place("Paris", "75019", "75", 48.8870, 2.3860),
          new Place("Montreuil", "93100", "93", 48.8638, 2.4485),
          new Place("Saint-Denis", "93200", "93", 48.9362, 2.3574),
          new Place("Bobigny", "93000", "93", 48.9086, 2.4397),
          new Place("Aubervilliers", "93300", "93", 48.9146, 2.3821),
          new Place("Nanterre", "92000", "92", 48.8924, 2.2071),
          new Place("Gennevilliers", "92230", "92", 48.9333, 2.3000),
          new Place("Créteil", "94000", "94", 48.7904, 2.4556),
          new Place("Ivry-sur-Seine", "94200", "94", 48.8157, 2.3849),
          new Place("Évry-Courcouronnes", "91000", "91", 48.6290, 2.4410),
          new Place("Cergy", "95000", "95", 49.0364, 2.0761),
          new Place("Melun", "77000", "77", 48.5421, 2.6554),
          new Place("Versailles", "78000", "78", 48.8049, 2.1204),
          new Place("Rouen", "76000", "76", 49.4431, 1.0993),
          new Place("Le Havre", "76600", "76", 49.4944, 0.1079),
          new Place("Caen", "14000", "14", 49.1829, -0.3707),
          new Place("Évreux", "27000", "27", 49.0241, 1.1508),
          new Place("Cherbourg-en-Cotentin", "50100", "50", 49.6337, -1.6222),
          new Place("Alençon", "61000", "61", 48.4320, 0.0912),
          new Place("Lille", "59000", "59", 50.6292, 3.0573),
          new Place("Roubaix", "59100", "59", 50.6942, 3.1746),
          new Place("Valenciennes", "59300", "59", 50.3570, 3.5235),
          new Place("Arras", "62000", "62", 50.2910, 2.7775),
          new Place("Lens", "62300", "62", 50.4320, 2.8333),
          new Place("Amiens", "80000", "80", 49.8941, 2.2958),
          new Place("Beauvais", "60000", "60", 49.4295, 2.0807),
          new Place("Saint-Quentin", "02100", "02", 49.8465, 3.2876));

  static final List<String> STREETS =
      List.of(
          "rue de la République",
          "avenue Jean Jaurès",
          "rue Victor Hugo",
          "boulevard de l'Industrie",
          "rue des Ateliers",
          "allée des Artisans",
          "rue Pasteur",
          "chemin du Halage",
          "rue de la Gare",
          "zone d'activités des Champs");

  private DemoPlaces() {}

  /**
   * "de" before a town's name as French writes it: "du Havre", "d'Évreux", "de Rouen", "des
   * Mureaux".
   */
  static String of(String city) {
    if (city.startsWith("Le ")) {
      return "du " + city.substring(3);
    }
    if (city.startsWith("Les ")) {
      return "des " + city.substring(4);
    }
    if ("AEIOUYÉÈÊÂÎÔ".indexOf(Character.toUpperCase(city.charAt(0))) >= 0) {
      return "d'" + city;
    }
    return "de " + city;
  }
}
