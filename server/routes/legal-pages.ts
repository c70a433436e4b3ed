import { Hono } from "hono";
import type { Config } from "../../app/config.ts";
import type { HttpEnv } from "../http-env.ts";
import { CONTENT_SECURITY_POLICY } from "./web-chat.ts";

/**
 * GET /privacy and GET /terms: the pages the Teams app package names as its privacy notice and terms of use, and
 * that any asker can read. Short and factual; the retention period is the configured one.
 */
export function legalPageRoutes(config: Pick<Config, "RETENTION_DAYS" | "LOG_QUESTIONS">): Hono<HttpEnv> {
  const app = new Hono<HttpEnv>();
  const headers = {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-cache",
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "referrer-policy": "no-referrer",
  };
  const privacy = page("プライバシーについて", privacyBody(config.RETENTION_DAYS, config.LOG_QUESTIONS));
  const terms = page("利用規約", TERMS_BODY);
  app.get("/privacy", (c) => c.body(privacy, 200, headers));
  app.get("/terms", (c) => c.body(terms, 200, headers));
  return app;
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | taiwa</title>
<link rel="stylesheet" href="/web/style.css">
</head>
<body>
<main class="legal">
<h1>${title}</h1>
${body}
<p><a href="/privacy">プライバシーについて</a> ／ <a href="/terms">利用規約</a></p>
</main>
</body>
</html>
`;
}

function privacyBody(retentionDays: number | undefined, logQuestions: boolean): string {
  const retention = retentionDays
    ? `対応が完了した質問の本文・回答・補足は、完了から${retentionDays}日後に削除します。件数などの匿名の統計は残ります。`
    : "保存期間は定められていません（管理者が設定すると、対応が完了した質問の本文はその日数の後に削除されます）。件数などの匿名の統計は残ります。";
  return `<p>taiwa（対話）は、経済安全保障に関する公表資料をもとに質問に答えるサービスです。ここでは、taiwa が保存する情報と、その扱いを説明します。</p>
<h2>保存する情報</h2>
<ul>
<li>資料から答えられなかった質問、👎 を押した回答、「省庁に確認する」を押した質問について：質問文、taiwa の回答と出典、入力された補足、受付日時。</li>
<li>回答を届けるための情報：表示名、仮名化した利用者ID（Slack や Teams の ID をハッシュ化したもの。ウェブチャットでは仮名の Cookie）、所属組織（ワークスペースまたはテナント）、回答を返す会話の参照。</li>
<li>資料から答えられた質問の本文は、経済産業省の担当者向けの記録には残しません。件数だけを匿名で数えます。</li>
<li>Slack では、回答の下のボタン（👍・👎・「省庁に確認する」）とスレッドでの続きの質問のために、質問と回答を最長30日間、一時的に保存します。Teams では直近の回答をサーバーのメモリにのみ保持します。</li>
<li>${logQuestions ? "このサービスでは、管理者の設定により、動作記録（ログ）にも質問文が記録されます。" : "動作記録（ログ）には質問文を残しません。"}</li>
</ul>
<h2>見ることができる人</h2>
<p>保存した質問を見ることができるのは、管理画面のアカウントを持つ経済産業省の担当者と、このサービスの管理者だけです。ほかの組織の利用者が、あなたの質問を見ることはありません。担当者の回答は、質問したスレッドまたはチャットに届きます。</p>
<h2>保存期間</h2>
<p>${retention}</p>
<h2>削除の依頼</h2>
<p>ご自身の表示名や利用者IDの削除を希望される場合は、このサービスの管理者にご連絡ください。管理者が削除すると、担当者向けの記録では、質問は誰のものか分からない形でのみ残ります。</p>
<p>営業秘密や個人情報など、機密性の高い情報は質問に書かないでください。</p>`;
}

const TERMS_BODY = `<ul>
<li>taiwa の回答は、公表資料にもとづく一般的な情報の提供です。法的助言ではありません。</li>
<li>回答は資料からの抜粋、または AI が資料をもとに書いたもの（「AI生成」と表示）です。誤りや古い情報を含むことがあります。判断の前に、必ず出典の資料をご確認ください。</li>
<li>個別の事案についての判断は、経済産業省（経済安全保障に関する制度）や公正取引委員会（独占禁止法）などの所管官庁、または専門家にご相談ください。</li>
<li>資料で答えられない質問は経済産業省の担当者に引き継がれますが、回答の時期や内容は約束できません。</li>
<li>営業秘密や個人情報など、機密性の高い情報は質問に書かないでください。</li>
<li>この規約は、予告なく変更することがあります。</li>
</ul>`;
