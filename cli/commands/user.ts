import { TaiwaError } from "../../app/errors.ts";
import { hashPassword, passwordProblem } from "../../questions/passwords.ts";
import type { ConsoleRole } from "../../questions/types.ts";
import type { CliCommand, CliIo } from "../types.ts";
import { readSecretLine, withQuestionLog } from "./question-log-access.ts";

const USAGE = [
  "npm run -s taiwa -- user add <login> --role contact|admin [--password-stdin]",
  "npm run -s taiwa -- user list",
  "npm run -s taiwa -- user disable <login>",
  "npm run -s taiwa -- user enable <login>",
].join("\n");

const LOGIN_PATTERN = /^[A-Za-z0-9._@-]{2,64}$/;

function usageError(message: string): TaiwaError {
  return new TaiwaError("input_malformed", `${message}\n使い方 / usage:\n${USAGE}`);
}

async function add(argv: string[], io: CliIo): Promise<number> {
  const login = argv[0];
  const roleIndex = argv.indexOf("--role");
  const role = roleIndex >= 0 ? argv[roleIndex + 1] : undefined;
  if (!login || login.startsWith("--") || !LOGIN_PATTERN.test(login))
    throw usageError("ログインIDは英数字と . _ @ - の2〜64文字で指定してください。");
  if (role !== "contact" && role !== "admin")
    throw usageError("--role contact または --role admin を指定してください。");
  const password = await readSecretLine(io, "パスワード(12文字以上): ");
  const problem = passwordProblem(password);
  if (problem)
    throw new TaiwaError(
      "input_malformed",
      `${problem} 例: openssl rand -base64 18 | npm run -s taiwa -- user add ${login} --role ${role} --password-stdin`,
    );
  const passwordHash = await hashPassword(password);
  await withQuestionLog(io, async (log) => {
    await log.accounts.createUser({ login, passwordHash, role: role as ConsoleRole });
    await log.addAudit({ at: new Date(), actor: "cli", action: "user-add", detail: `${login} (${role})` });
  });
  io.stdout.write(
    `ユーザー ${login}(${role === "admin" ? "管理者" : "担当者"})を作成しました。/console/ からログインできます。\n`,
  );
  return 0;
}

export const userCommand: CliCommand = {
  name: "user",
  summary: "省庁コンソールのアカウントを管理します(add / list / disable / enable)",
  usage: USAGE,
  async run(argv, io) {
    const [action, ...rest] = argv;
    if (action === "add") return add(rest, io);
    if (action === "list") {
      const users = await withQuestionLog(io, (log) => log.accounts.listUsers());
      if (users.length === 0) io.stdout.write("ユーザーはいません。`user add` で作成してください。\n");
      for (const user of users) {
        io.stdout.write(
          `${user.login}\t${user.role}\t${user.disabled ? "disabled" : "active"}\t${user.createdAt.toISOString()}\n`,
        );
      }
      return 0;
    }
    if (action === "disable" || action === "enable") {
      const login = rest[0];
      if (!login) throw usageError("ログインIDを指定してください。");
      await withQuestionLog(io, async (log) => {
        await log.accounts.updateUser({ login, disabled: action === "disable" });
        await log.addAudit({ at: new Date(), actor: "cli", action: `user-${action}`, detail: login });
      });
      io.stdout.write(
        action === "disable"
          ? `ユーザー ${login} を無効にし、ログイン中のセッションを終了しました。\n`
          : `ユーザー ${login} を有効にしました。\n`,
      );
      return 0;
    }
    throw usageError(action ? `不明な操作です: ${action}` : "操作を指定してください。");
  },
};
