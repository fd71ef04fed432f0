/** French, the interface's language of reference. Every key here must exist in en.ts. */
export const fr = {
  app: {
    name: 'Boucle',
    tagline: 'Le réemploi solidaire pour les achats publics',
    republic: 'République\nFrançaise',
    homeLink: 'Accueil — Boucle',
    skipToContent: 'Contenu',
    skipToFooter: 'Pied de page',
    skipLinks: 'Accès rapide',
    mainMenu: 'Menu principal',
    language: 'Langue',
    languageSwitch: 'Changer de langue',
    footerText:
      "Boucle met en relation les structures du réemploi et de l'insertion avec les acheteurs publics, dans le respect de la commande publique.",
    footerLinks: 'Liens utiles',
    apiDocs: "Documentation de l'API",
    status: 'État du service',
    accessibility: 'Accessibilité : partiellement conforme',
  },
  nav: { home: 'Accueil', catalogue: 'Catalogue', status: 'État du service' },
  home: {
    title: 'Accueil',
    heroTitle: 'Achetez des biens reconditionnés auprès des structures solidaires',
    heroText:
      "Électroménager, mobilier de bureau, informatique, jouets, textile : commandez auprès d'entreprises d'insertion, d'entreprises adaptées et d'ESAT, dans le cadre de vos accords-cadres.",
    searchLabel: 'Rechercher un bien reconditionné',
    searchPlaceholder: 'frigo, chaise de bureau, PC portable…',
    searchButton: 'Rechercher',
    categoriesTitle: 'Catégories populaires',
    categoriesLoading: 'Chargement des catégories…',
    valuesTitle: 'Pourquoi Boucle ?',
    value1Title: 'Dans votre accord-cadre',
    value1Text:
      "Chaque commande respecte les lots, les montants maximaux et les prix de vos accords-cadres à bons de commande.",
    value2Title: 'Votre part de réemploi AGEC',
    value2Text:
      'Suivez la part de vos achats issue du réemploi par catégorie de produits, prête pour votre déclaration annuelle.',
    value3Title: "Des heures d'insertion",
    value3Text:
      "Vos achats créent des heures de travail pour des personnes en parcours d'insertion ou en situation de handicap.",
  },
  catalogue: {
    title: 'Catalogue',
    heading: 'Catalogue des biens reconditionnés',
    resultsFor: 'Résultats pour « {{q}} »',
    category: 'Catégorie : {{category}}',
    comingTitle: 'La recherche arrive bientôt',
    comingText:
      "Le moteur de recherche du catalogue est en cours de construction. Votre recherche « {{q}} » est conservée dans l'adresse de cette page : vous pourrez la partager.",
    comingTextNoQuery:
      "Le moteur de recherche du catalogue est en cours de construction.",
    results_one: '{{count}} bien trouvé',
    results_other: '{{count}} biens trouvés',
    backHome: "Retour à l'accueil",
  },
  status: {
    title: 'État du service',
    heading: 'État du service',
    intro: 'Les composants dont dépend Boucle, vérifiés à chaque affichage de cette page.',
    loading: 'Vérification en cours…',
    up: 'Opérationnel',
    down: 'Indisponible',
    unknown: 'Inconnu',
    overall: 'Service',
    jdbc: 'Base de données PostgreSQL',
    elasticsearch: 'Moteur de recherche Elasticsearch',
    error: "L'état du service n'a pas pu être obtenu.",
    refresh: 'Vérifier à nouveau',
  },
  notFound: {
    title: 'Page introuvable',
    text: "La page que vous cherchez n'existe pas ou a été déplacée.",
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof fr>;
