package fr.boucle.demo;

import java.util.List;

/** The names and sentences the demo history's people write. */
final class DemoPhrases {

  private DemoPhrases() {}

  static final List<String> FIRST_NAMES =
      List.of(
          "Camille",
          "Nadia",
          "Julien",
          "Sophie",
          "Mehdi",
          "Claire",
          "Thomas",
          "Inès",
          "Antoine",
          "Fatou",
          "Hugo",
          "Léa",
          "Yann",
          "Sarah",
          "Bruno",
          "Aïcha",
          "Nicolas",
          "Élodie",
          "Olivier",
          "Manon",
          "Rachid",
          "Pauline",
          "Kevin",
          "Amandine");
  static final List<String> LAST_NAMES =
      List.of(
          "Roux",
          "Garnier",
          "Moreau",
          "Lambert",
          "Haddad",
          "Fontaine",
          "Chevalier",
          "Mercier",
          "Girard",
          "Traoré",
          "Bonnet",
          "Dupont",
          "Leroy",
          "Nguyen",
          "Faure",
          "Rousseau",
          "Blanc",
          "Guerin",
          "Muller",
          "Henry",
          "Perrin",
          "Morel",
          "Mathieu",
          "Lemoine");
  static final List<String> NOTES =
      List.of(
          "Livraison au rez-de-chaussée, accès par la cour.",
          "Merci d'appeler la veille de la livraison.",
          "Quai de livraison ouvert de 8 h à 12 h.",
          "Remplacement de matériel hors d'usage.",
          "Équipement d'une salle ouverte à la rentrée.");
  static final List<String> REJECTIONS =
      List.of(
          "Budget du service déjà engagé pour ce trimestre.",
          "Besoin couvert par un transfert de mobilier entre sites.",
          "Merci de regrouper avec la commande du mois prochain.");
  static final List<String> REFUSALS =
      List.of(
          "Lot déjà promis à un autre client, désolés.",
          "Délai de livraison impossible à tenir sur ce site.",
          "Contrôle qualité non concluant sur une partie du lot.");
  static final List<String> CANCELLATIONS =
      List.of(
          "Commande passée en double.", "Le besoin a été annulé par le service.", "Erreur de lot.");
  static final List<String> SUPPLIER_CANCELLATIONS =
      List.of(
          "Article endommagé lors de la préparation, désolés.",
          "Annulation demandée par le service, acceptée.",
          "Camion indisponible sur toute la période demandée.");
}
