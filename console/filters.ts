import type { QuestionQuery, QuestionStatus, Surface } from "../questions/types.ts";
import { DOCUMENT_KINDS } from "../rag/types.ts";
import { type Html, html, STATUS_LABELS, SURFACE_LABELS, TOPIC_LABELS } from "./html.ts";

const STATUSES = Object.keys(STATUS_LABELS) as QuestionStatus[];
const SURFACES = Object.keys(SURFACE_LABELS) as Surface[];

export interface FilterValues {
  status: string;
  topic: string;
  organisation: string;
  surface: string;
  from: string;
  to: string;
  q: string;
}

/** A JST calendar date (YYYY-MM-DD) as the instant it starts. */
function jstDay(value: string, plusDays = 0): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00+09:00`);
  return Number.isNaN(date.getTime()) ? undefined : new Date(date.getTime() + plusDays * 86_400_000);
}

/** The list's query string → a QuestionQuery; unknown values are ignored rather than trusted. */
export function parseFilters(read: (name: string) => string | undefined): {
  values: FilterValues;
  query: QuestionQuery;
} {
  const values: FilterValues = {
    status: read("status") ?? "",
    topic: read("topic") ?? "",
    organisation: (read("organisation") ?? "").trim(),
    surface: read("surface") ?? "",
    from: read("from") ?? "",
    to: read("to") ?? "",
    q: (read("q") ?? "").trim().slice(0, 200),
  };
  const query: QuestionQuery = {
    status: STATUSES.includes(values.status as QuestionStatus) ? [values.status as QuestionStatus] : undefined,
    topic: (DOCUMENT_KINDS as readonly string[]).includes(values.topic) ? values.topic : undefined,
    organisation: values.organisation || undefined,
    surface: SURFACES.includes(values.surface as Surface) ? (values.surface as Surface) : undefined,
    from: jstDay(values.from),
    // The "to" date is inclusive for people: up to the end of that day.
    to: jstDay(values.to, 1),
    text: values.q || undefined,
  };
  return { values, query };
}

export function filterQueryString(values: FilterValues, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...values, ...extra })) if (value) params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

function options(selected: string, choices: [string, string][]): Html[] {
  return choices.map(
    ([value, label]) => html`<option value="${value}"${selected === value ? html` selected` : ""}>${label}</option>`,
  );
}

export function filterForm(
  basePath: string,
  values: FilterValues,
  organisations: string[],
  hidden: Record<string, string> = {},
): Html {
  return html`<form method="get" action="${basePath}/" class="filters" role="search">
    ${Object.entries(hidden).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
    <label>状態<select name="status"><option value="">すべて</option>${options(
      values.status,
      STATUSES.map((status) => [status, STATUS_LABELS[status]]),
    )}</select></label>
    <label>トピック<select name="topic"><option value="">すべて</option>${options(
      values.topic,
      DOCUMENT_KINDS.map((kind) => [kind, TOPIC_LABELS[kind] ?? kind]),
    )}</select></label>
    <label>組織<input name="organisation" list="organisation-names" value="${values.organisation}" placeholder="すべて"></label>
    <datalist id="organisation-names">${organisations.map((name) => html`<option value="${name}"></option>`)}</datalist>
    <label>窓口<select name="surface"><option value="">すべて</option>${options(
      values.surface,
      SURFACES.map((surface) => [surface, SURFACE_LABELS[surface]]),
    )}</select></label>
    <label>期間(開始)<input type="date" name="from" value="${values.from}"></label>
    <label>期間(終了)<input type="date" name="to" value="${values.to}"></label>
    <label>キーワード<input type="search" name="q" value="${values.q}" placeholder="質問・回答の文中を検索"></label>
    <button>絞り込む</button>
  </form>`;
}
