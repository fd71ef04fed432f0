import type { ComponentType } from 'react';
import { SpendPanel } from './components/SpendPanel';
import { AgecPanel } from './components/AgecPanel';
import { EmissionsPanel } from './components/EmissionsPanel';
import { InclusionPanel } from './components/InclusionPanel';

/** One section of the buyer's dashboard: a tab, its address (?rubrique=slug) and its panel. */
export interface DashboardTab {
  slug: string;
  /** Message key of the tab's label. */
  labelKey: string;
  Panel: ComponentType;
}

/**
 * The buyer dashboard's sections, in the order of the tabs. Each slice (spend, AGEC, emissions,
 * inclusive spend and insertion hours) adds its own entry here.
 */
export const DASHBOARD_TABS: DashboardTab[] = [
  { slug: 'depenses', labelKey: 'reporting.spend.tab', Panel: SpendPanel },
  { slug: 'agec', labelKey: 'reporting.agec.tab', Panel: AgecPanel },
  { slug: 'emissions', labelKey: 'reporting.emissions.tab', Panel: EmissionsPanel },
  { slug: 'inclusion', labelKey: 'reporting.inclusion.tab', Panel: InclusionPanel },
];
