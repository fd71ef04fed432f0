// The chart moved to src/components/charts so that every feature can draw one.
export { Chart, optionOf, PALETTE, type ChartProps, type ChartSeries } from '../../../components/charts/Chart';
