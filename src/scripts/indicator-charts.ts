/** Draws every indicator chart on the page with chart.js (loaded only on pages that have charts). */
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import type { ChartSeries } from '../lib/chart-series.ts';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Legend);

interface ChartLabels { baseline: string; reported: string; target: string }

for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-series]')) {
  const series = JSON.parse(canvas.dataset['series']!) as ChartSeries;
  const labels = JSON.parse(canvas.dataset['labels']!) as ChartLabels;
  const at = (kind: string) => series.years.map((y) => series.points.find((p) => p.year === y && p.kind === kind)?.value ?? null);
  const observed = series.years.map((y) => series.points.find((p) => p.year === y && p.kind !== 'target')?.value ?? null);
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: series.years.map(String),
      datasets: [
        { label: `${labels.baseline} / ${labels.reported}`, data: observed, borderColor: '#0b6b3a', backgroundColor: '#0b6b3a', spanGaps: true, pointRadius: 5 },
        ...(series.target !== undefined
          ? [{ label: labels.target, data: series.years.map(() => series.target!), borderColor: '#a14a00', backgroundColor: '#a14a00', borderDash: [6, 4], pointRadius: at('target').map((v) => (v === null ? 0 : 5)) }]
          : []),
      ],
    },
    options: { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { position: 'bottom' } } },
  });
}
