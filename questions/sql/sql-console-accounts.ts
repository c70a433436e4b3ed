import { TaiwaError } from "../../app/errors.ts";
import type { ConsoleAccounts, ConsoleRole, ConsoleSession, ConsoleUser } from "../types.ts";
import type { SqlExecutor, SqlRow } from "./types.ts";

function rowToUser(row: SqlRow): ConsoleUser {
  return {
    login: String(row.login),
    role: String(row.role) as ConsoleRole,
    disabled: Number(row.disabled) === 1,
    createdAt: new Date(Number(row.created_at)),
  };
}

/** Console accounts and sessions in the question log's database, so every replica sees the same ones. */
export class SqlConsoleAccounts implements ConsoleAccounts {
  constructor(private readonly db: SqlExecutor) {}

  async createUser(request: {
    login: string;
    passwordHash: string;
    role: ConsoleRole;
    at?: Date;
  }): Promise<ConsoleUser> {
    const { changes } = await this.db.run(
      "INSERT INTO console_users (login, password_hash, role, disabled, created_at) VALUES (?, ?, ?, 0, ?) ON CONFLICT (login) DO NOTHING",
      [request.login, request.passwordHash, request.role, (request.at ?? new Date()).getTime()],
    );
    if (changes !== 1) throw new TaiwaError("conflict", `ユーザー ${request.login} は既に存在します。`);
    const user = await this.getUser(request.login);
    if (!user) throw new TaiwaError("internal", "created user not found");
    return rowToUser({ login: user.login, role: user.role, disabled: 0, created_at: user.createdAt.getTime() });
  }

  async getUser(login: string): Promise<(ConsoleUser & { passwordHash: string }) | undefined> {
    const [row] = await this.db.all("SELECT * FROM console_users WHERE login = ?", [login]);
    return row ? { ...rowToUser(row), passwordHash: String(row.password_hash) } : undefined;
  }

  async listUsers(): Promise<ConsoleUser[]> {
    return (await this.db.all("SELECT * FROM console_users ORDER BY login")).map(rowToUser);
  }

  async updateUser(request: {
    login: string;
    disabled?: boolean;
    role?: ConsoleRole;
    passwordHash?: string;
  }): Promise<ConsoleUser> {
    const sets: string[] = [];
    const params: (string | number)[] = [];
    if (request.disabled !== undefined) {
      sets.push("disabled = ?");
      params.push(request.disabled ? 1 : 0);
    }
    if (request.role !== undefined) {
      sets.push("role = ?");
      params.push(request.role);
    }
    if (request.passwordHash !== undefined) {
      sets.push("password_hash = ?");
      params.push(request.passwordHash);
    }
    if (sets.length > 0)
      await this.db.run(`UPDATE console_users SET ${sets.join(", ")} WHERE login = ?`, [...params, request.login]);
    const user = await this.getUser(request.login);
    if (!user) throw new TaiwaError("not_found", `ユーザー ${request.login} は見つかりません。`);
    // A disabled account or a new password ends every open session of that account.
    if (request.disabled === true || request.passwordHash !== undefined) await this.deleteSessionsOf(request.login);
    return { login: user.login, role: user.role, disabled: user.disabled, createdAt: user.createdAt };
  }

  async createSession(session: ConsoleSession): Promise<void> {
    await this.db.run(
      "INSERT INTO console_sessions (token_hash, login, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
      [session.tokenHash, session.login, session.csrfToken, session.createdAt.getTime(), session.expiresAt.getTime()],
    );
  }

  async getSession(tokenHash: string): Promise<ConsoleSession | undefined> {
    const [row] = await this.db.all("SELECT * FROM console_sessions WHERE token_hash = ?", [tokenHash]);
    if (!row) return undefined;
    return {
      tokenHash: String(row.token_hash),
      login: String(row.login),
      csrfToken: String(row.csrf_token),
      createdAt: new Date(Number(row.created_at)),
      expiresAt: new Date(Number(row.expires_at)),
    };
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.run("DELETE FROM console_sessions WHERE token_hash = ?", [tokenHash]);
  }

  async deleteSessionsOf(login: string): Promise<void> {
    await this.db.run("DELETE FROM console_sessions WHERE login = ?", [login]);
  }

  async deleteExpiredSessions(now: Date): Promise<number> {
    return (await this.db.run("DELETE FROM console_sessions WHERE expires_at <= ?", [now.getTime()])).changes;
  }
}
