import type { AddressInfo } from "node:net";
import { connect, type Socket } from "node:net";
import { type RawData, WebSocket, WebSocketServer } from "ws";

/**
 * A WebSocket→TCP proxy in the shape Neon's serverless driver expects from `neonConfig.wsProxy`
 * (`ws://HOST/v2?address=host:port`), so its Pool can reach a plain local PostgreSQL in tests.
 * Only loopback targets are allowed: this must never become an open relay.
 */
export interface NeonProxy {
  /** `127.0.0.1:PORT`: what `createDb({ driver: "neon", wsProxy })` wants */
  host: string;
  port: number;
  /** open WebSocket↔TCP pairs right now (to check that pools really hang up) */
  openConnections(): number;
  close(): Promise<void>;
}

const loopbackHosts = new Set(["127.0.0.1", "localhost", "::1"]);

/** Parses `address=host:port` from the upgrade URL; null when missing, malformed or not loopback. */
export function parseProxyTarget(requestUrl: string | undefined): { host: string; port: number } | null {
  const url = new URL(requestUrl ?? "/", "ws://proxy");
  if (url.pathname !== "/v2") return null;
  const match = /^(.+):(\d{1,5})$/.exec(url.searchParams.get("address") ?? "");
  if (!match) return null;
  const host = match[1]!.replace(/^\[(.*)\]$/, "$1");
  const port = Number(match[2]);
  if (!loopbackHosts.has(host) || port < 1 || port > 65535) return null;
  return { host, port };
}

export async function startNeonProxy(): Promise<NeonProxy> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  const pairs = new Set<{ ws: WebSocket; tcp: Socket }>();

  server.on("connection", (ws, request) => {
    const target = parseProxyTarget(request.url);
    if (!target) {
      ws.close(1008, "expected /v2?address=<loopback host>:<port>");
      return;
    }
    const tcp = connect(target.port, target.host);
    const pair = { ws, tcp };
    pairs.add(pair);
    // The driver starts talking as soon as the WebSocket opens, before the TCP side is up: hold those bytes.
    const pending: Buffer[] = [];
    let connected = false;

    ws.on("message", (data: RawData) => {
      const chunk = toBuffer(data);
      if (connected) tcp.write(chunk);
      else pending.push(chunk);
    });
    tcp.on("connect", () => {
      connected = true;
      for (const chunk of pending.splice(0)) tcp.write(chunk);
    });
    tcp.on("data", (chunk) => {
      if (ws.readyState === WebSocket.OPEN) ws.send(chunk);
    });

    const teardown = () => {
      pairs.delete(pair);
      if (!tcp.destroyed) tcp.destroy();
      if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING) ws.close();
    };
    tcp.on("error", (err) => {
      if (ws.readyState === WebSocket.OPEN) ws.close(1011, `tcp: ${err.message}`.slice(0, 120));
      teardown();
    });
    tcp.on("close", teardown);
    ws.on("close", teardown);
    ws.on("error", teardown);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;

  return {
    host: `127.0.0.1:${port}`,
    port,
    openConnections: () => pairs.size,
    close: async () => {
      for (const { ws, tcp } of pairs) {
        tcp.destroy();
        ws.terminate();
      }
      pairs.clear();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}
