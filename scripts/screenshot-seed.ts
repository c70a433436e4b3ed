import type { Taiwa } from "../app/compose.ts";
import { hashPassword } from "../questions/passwords.ts";
import type { NewQuestionEntry } from "../questions/types.ts";

/** The console account the screenshots sign in with (an admin, so every menu shows). */
export const CONSOLE_LOGIN = "sato";
export const CONSOLE_PASSWORD = "screenshot-password-1";
const HOUR = 3_600_000;

export interface Seeded {
  overdueId: string;
  answeredId: string;
  detailId: string;
}

function entry(overrides: Partial<NewQuestionEntry> & Pick<NewQuestionEntry, "question">): NewQuestionEntry {
  return {
    eventKey: `screenshot-${Math.random()}`,
    surface: "slack",
    workspaceId: "T0SAMPLE",
    organisation: "株式会社サンプル精機",
    asker: { askerId: `asker-${Math.random().toString(36).slice(2, 8)}` },
    botAnswer: "公表資料からは、ご質問の点についての記載を見つけられませんでした。",
    citations: [],
    reason: "unresolved",
    topic: "guidance",
    ...overrides,
  };
}

/** A few questions from several organisations and surfaces: one answered, one overdue, the rest waiting. */
export async function seed(taiwa: Taiwa): Promise<Seeded> {
  const log = taiwa.questionLog;
  const now = Date.now();
  await log.accounts.createUser({
    login: CONSOLE_LOGIN,
    passwordHash: await hashPassword(CONSOLE_PASSWORD),
    role: "admin",
  });
  await log.accounts.createUser({
    login: "tanaka",
    passwordHash: await hashPassword(CONSOLE_PASSWORD),
    role: "contact",
  });
  const overdue = await log.record(
    entry({
      question: "特定重要物資の安定供給確保計画の認定を受けた場合、助成金の交付時期はいつ頃になりますか。",
      surface: "teams",
      workspaceId: "72f988bf-0000-0000-0000-000000000001",
      organisation: "サンプル工業株式会社",
      reason: "escalated",
      userContext: "来年度の設備投資計画に反映したいため、おおよその時期だけでも知りたいです。",
      receivedAt: new Date(now - 5 * 24 * HOUR),
    }),
  );
  const detail = await log.record(
    entry({
      question:
        "経済安全保障推進法の基幹インフラ制度で、届出が必要な「特定重要設備」に当社の制御システムの更新が含まれるか教えてください。",
      surface: "slack",
      reason: "escalated",
      userContext: "電力分野の事業者です。更新は既存設備の部品交換のみです。",
      botAnswer:
        "基幹インフラ制度では、特定重要設備の導入や維持管理等の委託について事前届出が求められます[1]。ただし、個別の設備が該当するかどうかは資料からは判断できません。",
      citations: [
        {
          n: 1,
          docId: "guidance-sample",
          chunkId: "guidance-sample#3",
          title: "基幹インフラ制度に関する説明資料(サンプル)",
          kind: "guidance",
          sectionPath: ["第2章", "事前届出"],
          text: "特定重要設備の導入等を行う場合には、事前に届出を行う必要がある。",
        },
      ],
      receivedAt: new Date(now - 26 * HOUR),
    }),
  );
  await log.record(
    entry({
      question: "専門家会議の次回の議事録はいつ公開されますか。",
      surface: "web",
      workspaceId: undefined,
      organisation: undefined,
      topic: "minutes",
      receivedAt: new Date(now - 7 * HOUR),
    }),
  );
  await log.record(
    entry({
      question: "サプライチェーン調査の回答期限を延長してもらうことはできますか。",
      organisation: "株式会社みなと電子",
      workspaceId: "T0MINATO",
      reason: "thumbs-down",
      receivedAt: new Date(now - 3 * HOUR),
    }),
  );
  const answered = await log.record(
    entry({
      question: "特許出願の非公開制度の対象となる技術分野の一覧はどこで確認できますか。",
      surface: "web",
      workspaceId: undefined,
      organisation: undefined,
      topic: "briefing",
      receivedAt: new Date(now - 50 * HOUR),
    }),
  );
  await log.assign({ id: detail.entry.id, actor: CONSOLE_LOGIN, assignee: CONSOLE_LOGIN });
  await log.answer({
    id: answered.entry.id,
    actor: "tanaka",
    answer: "対象となる技術分野は、公表資料「特許出願の非公開制度の概要」の別表に掲載しています。",
    at: new Date(now - 20 * HOUR),
  });
  await log.markDelivered({ id: answered.entry.id, deliveredAt: new Date(now - 20 * HOUR) });
  // Another official has the question open, so the detail page shows the collision warning.
  await log.touchPresence({ questionId: detail.entry.id, login: "tanaka", at: new Date() });
  await log.addNote({
    questionId: detail.entry.id,
    author: "tanaka",
    body: "電力分野の所管課に確認中。回答案は明日までに共有します。",
  });
  // Twelve weeks of bot traffic, so the statistics have something to draw.
  for (let week = 0; week < 12; week += 1) {
    const at = new Date(now - week * 7 * 24 * HOUR);
    const asks = 12 + ((week * 7) % 9);
    for (let index = 0; index < asks; index += 1) {
      const surface = (["slack", "teams", "web"] as const)[index % 3] ?? "web";
      await log.countEvent({ kind: "ask", surface, at });
      await log.countEvent({ kind: index % 4 === 0 ? "unresolved" : "resolved", surface, at });
    }
  }
  return { overdueId: overdue.entry.id, answeredId: answered.entry.id, detailId: detail.entry.id };
}
