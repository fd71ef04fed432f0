import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './charts.css';

echarts.use([BarChart, LineChart, PieChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, MarkLineComponent, SVGRenderer]);

/**
 * The DSFR illustrative palette (blue France first), in the order series take them. Each colour has a
 * contrast of at least 3:1 against the white background (RGAA 3.3; Chart.test checks it): the DSFR
 * "moutarde" #c3992a (2.65:1) is darkened to #a6821f (3.60:1).
 */
export const PALETTE = ['#000091', '#ce614a', '#009081', '#a6821f', '#8585f6', '#a558a0', '#417dc4', '#66673d'];

/** Texts and axes drawn in the chart: DSFR grey texts, 4.5:1 at least on white. */
export const INK = { text: '#3a3a3a', axis: '#666666', reference: '#ce0500' } as const;

/** One series of figures, one value per category (null: no figure). */
export interface ChartSeries {
  name: string;
  values: (number | null)[];
  /** Stacked series share a stack name. */
  stack?: string;
  /** A line over bars (e.g. a maximum or a target). */
  line?: boolean;
}

export interface ChartProps {
  /** Visible title (an h3) and the chart's accessible name. */
  title: string;
  kind: 'bar' | 'horizontalBar' | 'line' | 'pie';
  /** The category axis (months, lots, services…); for a pie, the slice names. */
  categories: string[];
  series: ChartSeries[];
  /** How a value is written in the tooltip, the axis and the data table (e.g. euros from cents). */
  format: (value: number) => string;
  /** Short axis labels (e.g. "12 k€"); defaults to {@link format}. */
  axisFormat?: ((value: number) => string) | undefined;
  /** A horizontal reference line (e.g. 100 % or a target), with its label. */
  reference?: { value: number; label: string } | undefined;
  height?: number;
  /** Shown under the chart: the source or the method behind the figures. */
  caption?: string;
}

/**
 * A chart with its figures: Apache ECharts draws it (SVG, decal patterns so colour is never the only
 * cue, ARIA description), and the same figures are in a table a click away, for screen readers, for
 * copying, and for anyone who prefers reading numbers (RGAA 1.3 / 1.9: a chart has a text
 * alternative).
 */
export function Chart({ title, kind, categories, series, format, axisFormat, reference, height = 320, caption }: ChartProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = box.current;
    if (element === null) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    // ECharts marks its container with a non-standard attribute the HTML validator refuses (RGAA
    // 8.2); the instance is kept here, so the mark is not needed.
    element.removeAttribute('_echarts_instance_');
    chart.setOption(optionOf({ title, kind, categories, series, format, axisFormat, reference }));
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => { chart.resize(); });
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      chart.dispose();
    };
  }, [title, kind, categories, series, format, axisFormat, reference]);

  const empty = series.every((s) => s.values.every((v) => v === null || v === 0));
  return (
    <figure className="boucle-chart" aria-labelledby={titleId}>
      <h3 id={titleId} className="fr-h6 boucle-chart__title">
        {title}
      </h3>
      {empty ? (
        <p className="fr-text--sm boucle-chart__empty">{t('reporting.chart.empty')}</p>
      ) : (
        <div ref={box} className="boucle-chart__canvas" style={{ height }} role="img" aria-label={title} />
      )}
      <details className="boucle-chart__data">
        <summary className="fr-text--sm">{t('reporting.chart.showData')}</summary>
        <div className="fr-table fr-table--no-caption fr-table--sm">
          <table tabIndex={0}>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{kind === 'pie' ? t('reporting.chart.part') : t('reporting.chart.category')}</th>
                {series.map((s) => (
                  <th scope="col" key={s.name}>
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {categories.map((category, i) => (
                <tr key={category}>
                  <th scope="row">{category}</th>
                  {series.map((s) => {
                    const value = s.values[i];
                    return <td key={s.name}>{value === null || value === undefined ? '—' : format(value)}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      {/* A figure's caption is its first or last child (HTML). */}
      {caption !== undefined && <figcaption className="fr-text--xs fr-mb-1w">{caption}</figcaption>}
    </figure>
  );
}

type OptionInput = Pick<ChartProps, 'title' | 'kind' | 'categories' | 'series' | 'format' | 'axisFormat' | 'reference'>;

/** The ECharts option of a chart (exported for tests: what is drawn follows the figures given). */
export function optionOf({ title, kind, categories, series, format, axisFormat, reference }: OptionInput): echarts.EChartsCoreOption {
  const short = axisFormat ?? format;
  const base = {
    color: PALETTE,
    aria: { enabled: true, decal: { show: true }, label: { description: title } },
    animation: false,
    textStyle: { fontFamily: 'Marianne, arial, sans-serif', color: INK.text },
    tooltip: {
      trigger: kind === 'pie' ? 'item' : 'axis',
      valueFormatter: (value: unknown) => (typeof value === 'number' ? format(value) : '—'),
    },
    legend: { bottom: 0, type: 'scroll' },
  };
  if (kind === 'pie') {
    const only = series[0];
    return {
      ...base,
      series: [
        {
          type: 'pie',
          radius: ['40%', '70%'],
          name: only?.name ?? title,
          data: categories.map((name, i) => ({ name, value: only?.values[i] ?? 0 })),
          label: { formatter: '{b}\n{d} %', color: INK.text },
          // A white edge between slices, so adjacent colours never touch.
          itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
        },
      ],
    };
  }
  const horizontal = kind === 'horizontalBar';
  const axisLine = { lineStyle: { color: INK.axis } };
  const categoryAxis = { type: 'category', data: categories, axisLine, axisLabel: { hideOverlap: true, color: INK.text } };
  const valueAxis = { type: 'value', axisLine, axisLabel: { formatter: (value: number) => short(value), color: INK.text } };
  return {
    ...base,
    grid: { left: 8, right: 16, top: 24, bottom: 48, containLabel: true },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: series.map((s, i) => ({
      type: kind === 'line' || s.line === true ? 'line' : 'bar',
      name: s.name,
      data: s.values,
      stack: s.stack,
      emphasis: { focus: 'series' },
      ...(i === 0 && reference !== undefined
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              label: { formatter: reference.label, position: 'insideEndTop' },
              lineStyle: { color: INK.reference, type: 'dashed' },
              data: [horizontal ? { xAxis: reference.value } : { yAxis: reference.value }],
            },
          }
        : {}),
    })),
  };
}
