import type { QuestionEntry } from "../../questions/types.ts";
import type { ConsoleDeps } from "../console-env.ts";
import { csrfField, formatTime, html, STATUS_LABELS, SURFACE_LABELS } from "../html.ts";

function excerpt(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** Loads the members of the entry's group (empty when it stands alone). */
export async function groupMembersOf(deps: ConsoleDeps, entry: QuestionEntry): Promise<QuestionEntry[]> {
  return entry.groupId ? deps.questionLog.groups.members(entry.groupId) : [];
}

/**
 * The detail page's group panel: every question of the group (the official sees them all; askers never do), how
 * many one answer will reach, and a button to take a wrongly grouped question out.
 */
export function groupPanel(options: {
  deps: ConsoleDeps;
  entry: QuestionEntry;
  members: QuestionEntry[];
  csrf: string;
}) {
  const { deps, entry, members, csrf } = options;
  if (members.length < 2) return "";
  const waiting = members.filter((member) => member.status === "open" || member.status === "assigned").length;
  return html`<section class="panel group-panel" aria-labelledby="group-heading">
    <h2 id="group-heading">類似の質問グループ(${members.length}件)</h2>
    <p>同じことを尋ねている質問です。回答すると、未回答の ${waiting} 件すべてに、それぞれの窓口とスレッドで同じ回答が届きます。質問者には自分の質問だけが表示され、他の組織の質問や質問者名は伝わりません。</p>
    <table><thead><tr><th>番号</th><th>受付日時</th><th>窓口</th><th>組織</th><th>状態</th><th>質問</th><th></th></tr></thead><tbody>${members.map(
      (member) => html`<tr${member.id === entry.id ? html` aria-current="true"` : ""}>
        <td><a href="${deps.basePath}/questions/${member.id}">#${member.id}</a></td>
        <td>${formatTime(member.receivedAt)}</td>
        <td>${SURFACE_LABELS[member.surface] ?? member.surface}</td>
        <td>${member.organisation ?? "—"}</td>
        <td>${STATUS_LABELS[member.status]}</td>
        <td>${member.purgedAt ? "(保存期間経過により削除)" : excerpt(member.question)}</td>
        <td><form method="post" action="${deps.basePath}/questions/${member.id}/split">${csrfField(csrf)}<input type="hidden" name="back" value="${entry.id}"><button class="secondary" aria-label="質問 #${member.id} をグループから外す">グループから外す</button></form></td>
      </tr>`,
    )}</tbody></table>
  </section>`;
}

/** The list's marker for a group's row: how many questions it stands for. */
export function groupBadge(deps: ConsoleDeps, entry: QuestionEntry, sizes: Map<string, number>) {
  const size = entry.groupId ? (sizes.get(entry.groupId) ?? 0) : 0;
  if (size < 2) return "";
  return html` <a class="group-badge" href="${deps.basePath}/questions/${entry.id}#group-heading" title="同じことを尋ねている質問のグループ">類似 ${size}件</a>`;
}

/** Group sizes of the listed entries, for groupBadge. */
export function groupSizesOf(deps: ConsoleDeps, entries: QuestionEntry[]): Promise<Map<string, number>> {
  return deps.questionLog.groups.sizes(entries.flatMap((entry) => (entry.groupId ? [entry.groupId] : [])));
}
