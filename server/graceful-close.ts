import type { Server, ServerResponse } from "node:http";
import { Server as NetServer, type Socket } from "node:net";

/** A connection with nothing in flight is closed only after this long: a request may be on its way in it. */
const IDLE_GRACE_MS = 250;

interface Tracked {
  active: number;
  /** When the connection opened or last finished a response. */
  quietSince: number;
}

/**
 * Graceful close that resets no request already sent. Node's own `server.close()` (Node ≥ 19) destroys every
 * connection without a request in progress at once, including ones just accepted whose request bytes have not been
 * read yet, and keep-alive connections the client is about to reuse. Here: stop listening, answer what is in flight
 * with `Connection: close`, and close a quiet connection only after IDLE_GRACE_MS without a request.
 */
export interface TrackedConnections {
  /** Accepts what is already waiting, then stops listening; resolves once no new connection can arrive. */
  stopAccepting(): Promise<void>;
  /** Waits for the answers in flight, closing quiet connections; after `timeoutMs` closes the rest. */
  drain(timeoutMs: number): Promise<"closed" | "timeout">;
}

export function trackConnections(server: Server): TrackedConnections {
  const sockets = new Map<Socket, Tracked>();
  const responses = new Set<ServerResponse>();
  let draining = false;
  let closed: Promise<void> | undefined;
  server.on("connection", (socket: Socket) => {
    sockets.set(socket, { active: 0, quietSince: Date.now() });
    socket.once("close", () => sockets.delete(socket));
  });
  server.on("request", (request, response) => {
    const tracked = sockets.get(request.socket);
    if (tracked) tracked.active += 1;
    if (draining) response.shouldKeepAlive = false;
    responses.add(response);
    response.once("close", () => {
      responses.delete(response);
      if (!tracked) return;
      tracked.active -= 1;
      tracked.quietSince = Date.now();
    });
  });

  return {
    async stopAccepting() {
      draining = true;
      // Answers still to be written tell the client to open a new connection (to another replica) next time.
      for (const response of responses) if (!response.headersSent) response.shouldKeepAlive = false;
      await acceptBacklog(() => sockets.size);
      // net.Server's close stops listening and waits for the connections, without http.Server's idle sweep.
      closed ??= new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
    },
    async drain(timeoutMs) {
      if (!closed) await this.stopAccepting();
      const sweep = () => {
        const now = Date.now();
        for (const [socket, tracked] of sockets) {
          if (tracked.active === 0 && now - tracked.quietSince >= IDLE_GRACE_MS) socket.destroy();
        }
      };
      const sweeper = setInterval(sweep, 50);
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => resolve("timeout"), timeoutMs);
      });
      const all = closed ?? Promise.resolve();
      return Promise.race([all.then(() => "closed" as const), timedOut]).then(async (outcome) => {
        clearInterval(sweeper);
        clearTimeout(timer);
        if (outcome === "timeout") {
          for (const socket of sockets.keys()) socket.destroy();
          await all;
        }
        return outcome;
      });
    },
  };
}

const QUIET_MS = 50;
const MAX_WAIT_MS = 250;
/**
 * Turns of the event loop with no new connection before the backlog counts as empty. Time alone is not enough: a
 * process the machine has paused for longer than QUIET_MS wakes to a due timer before the loop's poll phase has
 * accepted what is waiting, and would close the listener on it (seen on a loaded CI machine: every request reset).
 */
const QUIET_TURNS = 3;

/**
 * Connections a client has opened (and may have sent a request on) but the server has not accepted yet sit in the
 * kernel's backlog, and closing the listening socket resets them. Keep accepting until no new connection has
 * arrived for QUIET_MS and QUIET_TURNS turns of the event loop (at most MAX_WAIT_MS, but never fewer turns, and
 * never past 4 × MAX_WAIT_MS): under load the event loop takes several turns to reach them all.
 */
async function acceptBacklog(connectionCount: () => number): Promise<void> {
  const started = Date.now();
  let seen = connectionCount();
  let quietSince = started;
  let quietTurns = 0;
  for (;;) {
    const now = Date.now();
    const quiet = quietTurns >= QUIET_TURNS && (now - quietSince >= QUIET_MS || now - started >= MAX_WAIT_MS);
    // Clients that keep connecting do not hold the close off for long.
    if (quiet || now - started >= 4 * MAX_WAIT_MS) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 10));
    if (connectionCount() !== seen) {
      seen = connectionCount();
      quietSince = Date.now();
      quietTurns = 0;
    } else quietTurns += 1;
  }
}
