/**
 * Draws each indicator chart when it comes near the viewport. chart.js is imported only then, so a
 * page whose charts are below the fold loads no chart code at all until the reader scrolls; the
 * summary and data table of every chart are in the HTML whatever happens here.
 */
const canvases = document.querySelectorAll<HTMLCanvasElement>('canvas[data-series]');

async function draw(canvas: HTMLCanvasElement) {
  const { drawIndicatorChart } = await import('./draw-indicator-chart.ts');
  drawIndicatorChart(canvas);
  canvas.dataset['drawn'] = 'true';
}

if (canvases.length > 0) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void draw(entry.target as HTMLCanvasElement);
      }
    },
    { rootMargin: '200px 0px' },
  );
  for (const canvas of canvases) observer.observe(canvas);
}
