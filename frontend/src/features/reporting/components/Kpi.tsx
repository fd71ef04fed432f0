// Headline figures moved to src/components/charts so that every feature can show them.
export { Kpi, Kpis } from '../../../components/charts/Kpi';
