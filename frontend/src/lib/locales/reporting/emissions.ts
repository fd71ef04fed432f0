/** Messages of the "Émissions évitées" dashboard tab (issue 16), French and English. */
export const emissionsFr = {
  tab: 'Émissions évitées',
  title: 'Émissions évitées par l’achat de réemploi',
  intro:
    'Acheter un bien reconditionné plutôt que neuf évite les émissions de sa fabrication. Cette estimation part des unités achetées via Boucle et des données de l’ADEME.',
  total: 'Émissions évitées estimées',
  totalDetail: 'kgCO2e, somme des lignes arrondies',
  units: 'Unités achetées',
  chartTitle: 'Émissions évitées par catégorie ({{year}}, kgCO2e)',
  avoided: 'Évité (kgCO2e)',
  tableTitle: 'Détail par catégorie ({{year}})',
  category: 'Catégorie',
  item: 'Produit neuf de référence (ADEME)',
  perUnit: 'Fabrication par unité (kgCO2e)',
  missingTitle: 'Catégories sans donnée',
  missingIntro: 'Ces catégories achetées n’ont pas de produit équivalent dans les données de l’ADEME : aucun chiffre n’est inventé.',
  method: 'Méthode',
  sources: 'Sources',
  exportCsv: 'Émissions (CSV)',
  exportXlsx: 'Émissions (XLSX)',
  none: '—',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const emissionsEn: Widen<typeof emissionsFr> = {
  tab: 'Emissions avoided',
  title: 'Emissions avoided by buying reused',
  intro:
    'Buying a refurbished item rather than a new one avoids the emissions of making it. This estimate starts from the units bought through Boucle and ADEME’s data.',
  total: 'Estimated emissions avoided',
  totalDetail: 'kgCO2e, the sum of the rounded rows',
  units: 'Units bought',
  chartTitle: 'Emissions avoided per category ({{year}}, kgCO2e)',
  avoided: 'Avoided (kgCO2e)',
  tableTitle: 'Detail per category ({{year}})',
  category: 'Category',
  item: 'New reference product (ADEME)',
  perUnit: 'Manufacturing per unit (kgCO2e)',
  missingTitle: 'Categories without data',
  missingIntro: 'These categories bought have no equivalent product in ADEME’s data: no figure is invented.',
  method: 'Method',
  sources: 'Sources',
  exportCsv: 'Emissions (CSV)',
  exportXlsx: 'Emissions (XLSX)',
  none: '—',
};
