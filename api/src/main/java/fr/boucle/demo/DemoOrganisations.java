package fr.boucle.demo;

import java.util.List;

/** Demo supplier and buyer organisations, modelled on the kinds of structures Boucle serves. */
final class DemoOrganisations {

  record SupplierProfile(
      String legalName,
      String legalForm,
      String insertionStatus,
      List<String> families,
      List<String> depotCities,
      String description) {}

  record BuyerProfile(
      String legalName, String publicBodyType, String city, List<String> serviceNames) {}

  static final List<SupplierProfile> SUPPLIERS =
      List.of(
          new SupplierProfile(
              "Électro Solidaire 93",
              "SAS",
              "SIAE_EI",
              List.of("appliance"),
              List.of("Saint-Denis", "Montreuil"),
              "Entreprise d'insertion qui collecte, répare et revend du gros électroménager, garanti 1 an."),
          new SupplierProfile(
              "Envol Électroménager Normandie",
              "SARL",
              "SIAE_EI",
              List.of("appliance"),
              List.of("Rouen", "Caen"),
              "Rénovation d'appareils électroménagers par des salariés en parcours d'insertion."),
          new SupplierProfile(
              "Réemploi Bureau Nord",
              "SCIC",
              "EA",
              List.of("furniture", "event"),
              List.of("Roubaix", "Lille"),
              "Entreprise adaptée spécialisée dans le reconditionnement de mobilier de bureau."),
          new SupplierProfile(
              "Mobilier Circulaire IDF",
              "SAS",
              "SIAE_ACI",
              List.of("furniture"),
              List.of("Gennevilliers", "Ivry-sur-Seine"),
              "Atelier et chantier d'insertion : dépose, réparation et revente de mobilier professionnel."),
          new SupplierProfile(
              "Recyclo'Tech",
              "SAS",
              "EA",
              List.of("it"),
              List.of("Nanterre", "Cergy"),
              "Reconditionnement de matériel informatique avec effacement certifié des données."),
          new SupplierProfile(
              "Atelier Numérique Solidaire",
              "Association",
              "ESAT",
              List.of("it"),
              List.of("Arras", "Amiens"),
              "ESAT qui teste, répare et reconditionne ordinateurs, écrans et smartphones."),
          new SupplierProfile(
              "La Ressourcerie des Petits",
              "Association",
              "SIAE_ACI",
              List.of("toy"),
              List.of("Bobigny", "Paris"),
              "Ressourcerie de jouets et de jeux : collecte, tri, nettoyage et contrôle de sécurité."),
          new SupplierProfile(
              "Fil Solidaire",
              "Association",
              "SIAE_ACI",
              List.of("textile"),
              List.of("Lens", "Valenciennes"),
              "Tri et valorisation de textiles, vêtements de travail et linge de maison."),
          new SupplierProfile(
              "Scène Circulaire",
              "SCIC",
              "SIAE_AI",
              List.of("event"),
              List.of("Aubervilliers", "Le Havre"),
              "Ressourcerie du matériel événementiel : barnums, tables, sonorisation."),
          new SupplierProfile(
              "Cycles en Boucle",
              "Association",
              "SIAE_ACI",
              List.of("sport"),
              List.of("Créteil", "Beauvais"),
              "Atelier vélo d'insertion : récupération, révision et revente de cycles."),
          new SupplierProfile(
              "Jardins d'Avenir",
              "SAS",
              "ESS",
              List.of("garden", "sport"),
              List.of("Évreux", "Saint-Quentin"),
              "Entreprise de l'ESS qui reconditionne du matériel d'espaces verts."),
          new SupplierProfile(
              "Ressourcerie du Cotentin",
              "Association",
              "OTHER",
              List.of("furniture", "toy", "appliance"),
              List.of("Cherbourg-en-Cotentin", "Alençon"),
              "Ressourcerie généraliste du Cotentin."));

  static final List<BuyerProfile> BUYERS =
      List.of(
          new BuyerProfile(
              "Département de la Seine-Saint-Denis",
              "DEPARTEMENT",
              "Bobigny",
              List.of(
                  "Direction des crèches", "Direction des collèges", "Direction des bâtiments")),
          new BuyerProfile(
              "Ville de Rouen",
              "COMMUNE",
              "Rouen",
              List.of("Services techniques", "Direction de l'éducation", "Direction des sports")),
          new BuyerProfile(
              "Centre hospitalier universitaire de Lille",
              "HOSPITAL",
              "Lille",
              List.of("Direction des achats", "Services logistiques")),
          new BuyerProfile(
              "Métropole Rouen Normandie",
              "EPCI",
              "Rouen",
              List.of("Direction des espaces verts", "Direction du patrimoine")),
          new BuyerProfile(
              "Ville de Montreuil",
              "COMMUNE",
              "Montreuil",
              List.of("Direction de la petite enfance", "Centre technique municipal")),
          new BuyerProfile(
              "Région Hauts-de-France",
              "REGION",
              "Lille",
              List.of("Direction des lycées", "Moyens généraux")));

  private DemoOrganisations() {}
}
