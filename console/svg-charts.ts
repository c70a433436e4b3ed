import { type Html, html } from "./html.ts";

const PALETTE = ["#0b3a66", "#2f7ebc", "#6aaed6", "#e39c37", "#b3261e", "#5a8f29", "#7a5ea8"];
const EMPTY = "まだデータがありません";

function emptyState(title: string): Html {
  return html`<figure class="chart"><figcaption>${title}</figcaption><p class="empty-state">${EMPTY}</p></figure>`;
}

export interface StackedSeries {
  /** x-axis labels, e.g. week starts (YYYY-MM-DD). */
  labels: string[];
  /** One stack layer per key (topic), values aligned with labels. */
  layers: { key: string; label: string; values: number[] }[];
}

/** 2026-04-06 → 4/6: short, and readable at chart size. */
function shortDate(label: string): string {
  const match = /^\d{4}-(\d{2})-(\d{2})$/.exec(label);
  return match ? `${Number(match[1])}/${Number(match[2])}` : label;
}

/**
 * A stacked bar chart as inline SVG (no script), drawn in a fixed coordinate space and scaled to the page's width.
 * `href(labelIndex, layerKey)` makes each segment a link (e.g. to the list filtered to that week and topic).
 */
export function stackedBarChart(options: {
  title: string;
  series: StackedSeries;
  href?: (index: number, key: string) => string;
}): Html {
  const { labels, layers } = options.series;
  const totals = labels.map((_, index) => layers.reduce((sum, layer) => sum + (layer.values[index] ?? 0), 0));
  if (totals.every((total) => total === 0)) return emptyState(options.title);
  const width = 1200;
  const height = 250;
  const left = 48;
  const legendWidth = 170;
  const plotWidth = width - left - legendWidth;
  const slot = plotWidth / Math.max(1, labels.length);
  const barWidth = Math.min(56, slot * 0.7);
  const max = Math.max(1, ...totals);
  const scale = (height - 60) / max;
  const bars = labels.map((label, index) => {
    let y = height - 30;
    const x = left + index * slot + (slot - barWidth) / 2;
    const rects = layers.map((layer, layerIndex) => {
      const value = layer.values[index] ?? 0;
      const h = value * scale;
      y -= h;
      if (value === 0) return "";
      const rect = html`<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" fill="${PALETTE[layerIndex % PALETTE.length]}"><title>${shortDate(label)}の週 ${layer.label}: ${value} 件</title></rect>`;
      return options.href
        ? html`<a href="${options.href(index, layer.key)}" aria-label="${shortDate(label)}の週 ${layer.label} ${value} 件の一覧">${rect}</a>`
        : rect;
    });
    const centre = (x + barWidth / 2).toFixed(1);
    const total = totals[index] ?? 0;
    return html`${rects}<text x="${centre}" y="${height - 10}" font-size="14" text-anchor="middle">${shortDate(label)}</text>${total > 0 ? html`<text x="${centre}" y="${(height - 36 - total * scale).toFixed(1)}" font-size="14" font-weight="bold" text-anchor="middle">${total}</text>` : ""}`;
  });
  const legend = layers.map(
    (layer, index) =>
      html`<rect x="${width - legendWidth + 16}" y="${16 + index * 24}" width="14" height="14" fill="${PALETTE[index % PALETTE.length]}"></rect><text x="${width - legendWidth + 38}" y="${28 + index * 24}" font-size="14">${layer.label}</text>`,
  );
  return html`<figure class="chart"><figcaption>${options.title}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${options.title}" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMinYMin meet"><line x1="${left - 4}" y1="${height - 30}" x2="${width - legendWidth}" y2="${height - 30}" stroke="#999"></line><text x="4" y="34" font-size="13">${max}</text><text x="4" y="${height - 32}" font-size="13">0</text>${bars}${legend}</svg></figure>`;
}

/** One horizontal bar per row (organisation, surface, topic), each a link to the filtered list. */
export function horizontalBarChart(options: {
  title: string;
  rows: { label: string; count: number; href?: string }[];
}): Html {
  const rows = options.rows.filter((row) => row.count > 0);
  if (rows.length === 0) return emptyState(options.title);
  const width = 420;
  const labelWidth = 150;
  const rowHeight = 30;
  const height = rows.length * rowHeight + 10;
  const max = Math.max(1, ...rows.map((row) => row.count));
  const plot = width - labelWidth - 40;
  const bars = rows.map((row, index) => {
    const y = 5 + index * rowHeight;
    const barLength = Math.max(2, (row.count / max) * plot);
    const label = row.label.length > 10 ? `${row.label.slice(0, 9)}…` : row.label;
    const content = html`<text x="${labelWidth - 8}" y="${y + 19}" font-size="14" text-anchor="end">${label}<title>${row.label}</title></text><rect x="${labelWidth}" y="${y + 4}" width="${barLength.toFixed(1)}" height="${rowHeight - 10}" fill="${PALETTE[1]}"><title>${row.label}: ${row.count} 件</title></rect><text x="${(labelWidth + barLength + 6).toFixed(1)}" y="${y + 19}" font-size="14" font-weight="bold">${row.count}</text>`;
    return row.href
      ? html`<a href="${row.href}" aria-label="${row.label} ${row.count} 件の一覧">${content}</a>`
      : content;
  });
  return html`<figure class="chart"><figcaption>${options.title}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${options.title}" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMinYMin meet">${bars}</svg></figure>`;
}

/** Percentages per label as a line over 0–100 %. */
export function percentLineChart(options: { title: string; labels: string[]; values: (number | undefined)[] }): Html {
  if (options.values.every((value) => value === undefined)) return emptyState(options.title);
  const width = 1200;
  const height = 200;
  const left = 56;
  const step = (width - left - 20) / Math.max(1, options.labels.length);
  const x = (index: number) => (left + index * step + step / 2).toFixed(1);
  const y = (value: number) => (height - 30 - (value / 100) * (height - 60)).toFixed(1);
  const points = options.values
    .map((value, index) => (value === undefined ? undefined : `${x(index)},${y(value)}`))
    .filter((point): point is string => point !== undefined);
  const dots = options.values.map((value, index) =>
    value === undefined
      ? ""
      : html`<circle cx="${x(index)}" cy="${y(value)}" r="5" fill="#0b3a66"><title>${shortDate(options.labels[index] ?? "")}の週: ${value.toFixed(0)}%</title></circle><text x="${x(index)}" y="${Number(y(value)) - 10}" font-size="14" font-weight="bold" text-anchor="middle">${value.toFixed(0)}%</text>`,
  );
  const labels = options.labels.map(
    (label, index) =>
      html`<text x="${x(index)}" y="${height - 8}" font-size="14" text-anchor="middle">${shortDate(label)}</text>`,
  );
  return html`<figure class="chart"><figcaption>${options.title}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${options.title}" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMinYMin meet"><line x1="${left - 4}" y1="${height - 30}" x2="${width}" y2="${height - 30}" stroke="#999"></line><line x1="${left - 4}" y1="${y(100)}" x2="${width}" y2="${y(100)}" stroke="#e3e8ef"></line><text x="4" y="${Number(y(100)) + 5}" font-size="13">100%</text><text x="4" y="${Number(y(0)) + 5}" font-size="13">0%</text>${points.length > 1 ? html`<polyline fill="none" stroke="#2f7ebc" stroke-width="3" points="${points.join(" ")}"></polyline>` : ""}${dots}${labels}</svg></figure>`;
}
