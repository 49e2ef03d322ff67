/**
 * Draws one indicator chart with chart.js. Loaded on demand by lazy-charts.ts, so chart.js is
 * fetched only when a chart comes near the viewport; registers only what a line chart uses.
 */
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { ChartSeries } from '../lib/reports/chart-series.ts';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  Tooltip,
  Legend,
);

interface ChartLabels {
  baseline: string;
  reported: string;
  scheduled: string;
  target: string;
}

/** Draws the chart whose series and labels the canvas carries in its data attributes. */
export function drawIndicatorChart(canvas: HTMLCanvasElement): void {
  const series = JSON.parse(canvas.dataset['series']!) as ChartSeries;
  const labels = JSON.parse(canvas.dataset['labels']!) as ChartLabels;
  const at = (kind: string) =>
    series.years.map(
      (y) => series.points.find((p) => p.year === y && p.kind === kind)?.value ?? null,
    );
  const observed = series.years.map(
    (y) =>
      series.points.find((p) => p.year === y && (p.kind === 'baseline' || p.kind === 'reported'))
        ?.value ?? null,
  );
  const scheduled = at('scheduled');
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: series.years.map(String),
      datasets: [
        {
          label: `${labels.baseline} / ${labels.reported}`,
          data: observed,
          borderColor: '#0b6b3a',
          backgroundColor: '#0b6b3a',
          spanGaps: true,
          pointRadius: 5,
        },
        ...(scheduled.some((v) => v !== null)
          ? [
              {
                label: labels.scheduled,
                data: scheduled,
                borderColor: '#1a4f8a',
                backgroundColor: '#1a4f8a',
                showLine: false,
                pointStyle: 'triangle' as const,
                pointRadius: 7,
              },
            ]
          : []),
        ...(series.target !== undefined
          ? [
              {
                label: labels.target,
                data: series.years.map(() => series.target!),
                borderColor: '#a14a00',
                backgroundColor: '#a14a00',
                borderDash: [6, 4],
                pointRadius: at('target').map((v) => (v === null ? 0 : 5)),
              },
            ]
          : []),
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { position: 'bottom' } },
    },
  });
}
