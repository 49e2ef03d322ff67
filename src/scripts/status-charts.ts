/** Draws the status summary bar charts of a report page with chart.js. */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

const COLOURS = ['#0b6b3a', '#3a7bbf', '#b3261e', '#6b6b6b'];

for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-status-chart]')) {
  const { labels, series } = JSON.parse(canvas.dataset['statusChart']!) as { labels: string[]; series: { label: string; counts: number[] }[] };
  new Chart(canvas, {
    type: 'bar',
    data: { labels: series.map((s) => s.label), datasets: labels.map((label, i) => ({ label, data: series.map((s) => s.counts[i] ?? 0), backgroundColor: COLOURS[i % COLOURS.length] })) },
    options: { indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false, scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true } }, plugins: { legend: { position: 'bottom' } } },
  });
}
