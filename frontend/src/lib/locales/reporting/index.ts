import { spendEn, spendFr } from './spend';
import { agecEn, agecFr } from './agec';
import { emissionsEn, emissionsFr } from './emissions';
import { inclusionEn, inclusionFr } from './inclusion';

/**
 * The reporting feature's messages (dashboards of issue 16), in French and English. Each dashboard
 * slice keeps its own keys in its own file here (reporting/spend.ts…), mounted below under its name,
 * so the slices grow apart; locales/fr.ts and en.ts mount the whole under `reporting`.
 */
export const reportingFr = {
  nav: { buyer: 'Tableau de bord', supplier: 'Mes ventes' },
  dashboard: {
    title: 'Tableau de bord des achats',
    intro:
      'Suivez la consommation de vos accords-cadres et ce que la loi vous demande de prouver : la part de réemploi (loi AGEC), les achats inclusifs, les heures d’insertion et les émissions évitées.',
    tabs: 'Rubriques du tableau de bord',
    forbidden: 'Ce tableau de bord est réservé aux acheteurs publics.',
  },
  chart: {
    showData: 'Afficher les données du graphique',
    category: 'Catégorie',
    part: 'Part',
    empty: 'Aucune donnée pour cette sélection.',
  },
  export: { csv: 'Exporter en CSV', xlsx: 'Exporter en XLSX', pdf: 'Rapport annuel (PDF)' },
  filters: {
    legend: 'Filtres',
    agreement: 'Accord-cadre',
    service: 'Service',
    from: 'Du',
    to: 'Au',
    year: 'Année',
    all: 'Tous',
  },
  spend: spendFr,
  agec: agecFr,
  emissions: emissionsFr,
  inclusion: inclusionFr,
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type ReportingMessages = Widen<typeof reportingFr>;

export const reportingEn: ReportingMessages = {
  nav: { buyer: 'Dashboard', supplier: 'My sales' },
  dashboard: {
    title: 'Purchasing dashboard',
    intro:
      'Follow how your framework agreements are consumed and what the law asks you to prove: the reuse share (AGEC law), inclusive purchasing, insertion hours and emissions avoided.',
    tabs: 'Dashboard sections',
    forbidden: 'This dashboard is for public buyers.',
  },
  chart: {
    showData: 'Show the chart’s figures',
    category: 'Category',
    part: 'Share',
    empty: 'No figures for this selection.',
  },
  export: { csv: 'Export as CSV', xlsx: 'Export as XLSX', pdf: 'Yearly report (PDF)' },
  filters: {
    legend: 'Filters',
    agreement: 'Framework agreement',
    service: 'Service',
    from: 'From',
    to: 'To',
    year: 'Year',
    all: 'All',
  },
  spend: spendEn,
  agec: agecEn,
  emissions: emissionsEn,
  inclusion: inclusionEn,
};
