import { type Html, html } from "./html.ts";

const PALETTE = ["#0b3a66", "#2f7ebc", "#6aaed6", "#e39c37", "#b3261e", "#5a8f29", "#7a5ea8"];

export interface StackedSeries {
  /** x-axis labels, e.g. week starts. */
  labels: string[];
  /** One stack layer per key (topic), values aligned with labels. */
  layers: { key: string; label: string; values: number[] }[];
}

/** A stacked bar chart as inline SVG (no script): one bar per label. */
export function stackedBarChart(options: { title: string; series: StackedSeries; height?: number }): Html {
  const { labels, layers } = options.series;
  const height = options.height ?? 220;
  const barWidth = 28;
  const gap = 14;
  const left = 40;
  const width = left + labels.length * (barWidth + gap) + 160;
  const totals = labels.map((_, index) => layers.reduce((sum, layer) => sum + (layer.values[index] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const scale = (height - 40) / max;
  const bars = labels.map((label, index) => {
    let y = height - 20;
    const x = left + index * (barWidth + gap);
    const rects = layers.map((layer, layerIndex) => {
      const value = layer.values[index] ?? 0;
      const h = value * scale;
      y -= h;
      return value > 0
        ? html`<rect x="${x}" y="${y.toFixed(1)}" width="${barWidth}" height="${h.toFixed(1)}" fill="${PALETTE[layerIndex % PALETTE.length]}"><title>${label} ${layer.label}: ${value}</title></rect>`
        : "";
    });
    return html`${rects}<text x="${x + barWidth / 2}" y="${height - 5}" font-size="9" text-anchor="middle">${label.slice(5)}</text><text x="${x + barWidth / 2}" y="${(height - 24 - (totals[index] ?? 0) * scale).toFixed(1)}" font-size="10" text-anchor="middle">${totals[index] ?? 0}</text>`;
  });
  const legend = layers.map(
    (layer, index) =>
      html`<rect x="${width - 150}" y="${10 + index * 16}" width="10" height="10" fill="${PALETTE[index % PALETTE.length]}"></rect><text x="${width - 135}" y="${19 + index * 16}" font-size="11">${layer.label}</text>`,
  );
  return html`<figure class="chart"><figcaption>${options.title}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${options.title}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><line x1="${left - 4}" y1="${height - 20}" x2="${width - 160}" y2="${height - 20}" stroke="#999"></line><text x="4" y="14" font-size="10">${max}</text>${bars}${legend}</svg></figure>`;
}

/** Percentages per label as a line over 0–100 %. */
export function percentLineChart(options: {
  title: string;
  labels: string[];
  values: (number | undefined)[];
  height?: number;
}): Html {
  const height = options.height ?? 180;
  const step = 42;
  const left = 40;
  const width = left + Math.max(1, options.labels.length) * step + 20;
  const y = (value: number) => (height - 20 - (value / 100) * (height - 40)).toFixed(1);
  const points = options.values
    .map((value, index) => (value === undefined ? undefined : `${left + index * step + step / 2},${y(value)}`))
    .filter((point): point is string => point !== undefined);
  const dots = options.values.map((value, index) =>
    value === undefined
      ? ""
      : html`<circle cx="${left + index * step + step / 2}" cy="${y(value)}" r="3" fill="#0b3a66"><title>${options.labels[index] ?? ""}: ${value.toFixed(0)}%</title></circle><text x="${left + index * step + step / 2}" y="${Number(y(value)) - 6}" font-size="9" text-anchor="middle">${value.toFixed(0)}%</text>`,
  );
  const labels = options.labels.map(
    (label, index) =>
      html`<text x="${left + index * step + step / 2}" y="${height - 5}" font-size="9" text-anchor="middle">${label.slice(5)}</text>`,
  );
  return html`<figure class="chart"><figcaption>${options.title}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${options.title}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><line x1="${left - 4}" y1="${height - 20}" x2="${width}" y2="${height - 20}" stroke="#999"></line><text x="4" y="${y(100)}" font-size="10">100%</text><text x="4" y="${y(0)}" font-size="10">0%</text>${points.length > 1 ? html`<polyline fill="none" stroke="#2f7ebc" stroke-width="2" points="${points.join(" ")}"></polyline>` : ""}${dots}${labels}</svg></figure>`;
}
