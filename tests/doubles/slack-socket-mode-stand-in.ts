import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

/**
 * Slack's Socket Mode end on 127.0.0.1: greets each connection with `hello` (as Slack does), sends
 * envelopes on demand, and records the acks (`{ envelope_id, payload? }`) the app sends back.
 */
export class SlackSocketModeStandIn {
  readonly acks: { envelope_id: string; payload?: unknown; at: number }[] = [];
  private server: WebSocketServer | undefined;
  private readonly sockets = new Set<WebSocket>();

  async start(): Promise<{ url: string }> {
    this.server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise<void>((resolve) => this.server!.once("listening", () => resolve()));
    this.server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
      socket.on("message", (data) => {
        const message = JSON.parse(String(data)) as { envelope_id: string; payload?: unknown };
        this.acks.push({ ...message, at: Date.now() });
      });
      socket.send(
        JSON.stringify({
          type: "hello",
          num_connections: 1,
          connection_info: { app_id: "A0MDYCDME" },
          debug_info: { host: "stand-in" },
        }),
      );
    });
    return { url: this.url };
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.server!.address() as AddressInfo).port}/link/?ticket=stand-in`;
  }

  get connections(): number {
    return this.sockets.size;
  }

  /** Sends an Events API envelope, as Slack wraps an event_callback body for Socket Mode. */
  sendEvent(request: { envelopeId: string; body: unknown; retryAttempt?: number }): void {
    const envelope = {
      envelope_id: request.envelopeId,
      type: "events_api",
      accepts_response_payload: false,
      retry_attempt: request.retryAttempt ?? 0,
      retry_reason: "",
      payload: request.body,
    };
    for (const socket of this.sockets) socket.send(JSON.stringify(envelope));
  }

  async waitForConnection(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.sockets.size === 0) {
      if (Date.now() > deadline) throw new Error("no Socket Mode connection arrived");
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async waitForAck(envelopeId: string, timeoutMs = 10_000): Promise<{ envelope_id: string; at: number }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const ack = this.acks.find((candidate) => candidate.envelope_id === envelopeId);
      if (ack) return ack;
      if (Date.now() > deadline) throw new Error(`no ack for envelope ${envelopeId}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
