import { type Html, html } from "./html.ts";

export const PAGE_SIZES = [20, 50, 100] as const;

export function parsePageSize(value: string | undefined): number {
  const size = Number.parseInt(value ?? "", 10);
  return (PAGE_SIZES as readonly number[]).includes(size) ? size : 50;
}

/**
 * Previous / next, a jump to any page and the page size, in one GET form that carries the other parameters along.
 * Shown above and below the table; `position` keeps the two forms' field ids apart.
 */
export function pager(options: {
  action: string;
  params: Record<string, string>;
  page: number;
  pages: number;
  size: number;
  position: "top" | "bottom";
}): Html {
  const { page, pages } = options;
  const link = (target: number) => {
    const params = new URLSearchParams({ ...options.params, page: String(target), size: String(options.size) });
    return `${options.action}?${params.toString()}`;
  };
  const hidden = Object.entries(options.params)
    .filter(([name]) => name !== "page" && name !== "size")
    .map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`);
  const id = `pager-${options.position}`;
  return html`<nav class="pager" aria-label="ページ送り(${options.position === "top" ? "上" : "下"})">
    ${page > 1 ? html`<a href="${link(page - 1)}" rel="prev">← 前へ</a>` : html`<span class="muted">← 前へ</span>`}
    <span>${page} / ${pages} ページ</span>
    ${page < pages ? html`<a href="${link(page + 1)}" rel="next">次へ →</a>` : html`<span class="muted">次へ →</span>`}
    <form method="get" action="${options.action}" class="pager-form">${hidden}
      <label for="${id}-page">ページ</label><input id="${id}-page" type="number" name="page" min="1" max="${pages}" value="${page}">
      <label for="${id}-size">表示件数</label><select id="${id}-size" name="size">${PAGE_SIZES.map(
        (size) => html`<option value="${size}"${size === options.size ? html` selected` : ""}>${size} 件</option>`,
      )}</select>
      <button class="secondary">移動</button>
    </form>
  </nav>`;
}
