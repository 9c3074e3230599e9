import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import type { Logger } from "./log.ts";

// The Node entry: serves a fetch handler over HTTP and stops gracefully. Serverless deployments
// skip this file and export `createApp(runtime).fetch` instead.

export interface NodeServer {
  server: ServerType;
  port: number;
  /** http://host:port as reachable from this machine */
  url: string;
  /** stop accepting, let in-flight requests finish (up to `graceMs`), then drop what is left */
  close(graceMs?: number): Promise<void>;
}

export function startNodeServer(
  fetch: (req: Request, env?: unknown) => Response | Promise<Response>,
  opts: { port: number; host: string },
): Promise<NodeServer> {
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch, port: opts.port, hostname: opts.host }, (info: AddressInfo) => {
      server.off("error", reject);
      const host = info.address === "0.0.0.0" || info.address === "::" ? "127.0.0.1" : info.address;
      const shownHost = host.includes(":") ? `[${host}]` : host;
      let closing: Promise<void> | null = null;
      resolvePromise({
        server,
        port: info.port,
        url: `http://${shownHost}:${info.port}`,
        close(graceMs = 10_000) {
          closing ??= new Promise<void>((done) => {
            const http = server as Server;
            const force = setTimeout(() => http.closeAllConnections(), graceMs);
            // Keep-alive sockets go idle once their request is answered; close them as they do,
            // instead of waiting for the keep-alive timeout.
            const sweep = setInterval(() => http.closeIdleConnections(), 50);
            http.close(() => {
              clearTimeout(force);
              clearInterval(sweep);
              done();
            });
            http.closeIdleConnections();
          });
          return closing;
        },
      });
    });
    server.once("error", reject);
  });
}

/**
 * Ctrl-C / SIGTERM: run `shutdown` once (stop accepting, finish in-flight, close scheduler and db),
 * then exit. A second signal while shutting down exits at once.
 */
export function onShutdownSignal(log: Logger, shutdown: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn("second signal, exiting now", { signal });
      process.exit(130);
    }
    stopping = true;
    log.info("shutting down", { signal });
    shutdown().then(
      () => {
        log.info("stopped");
        process.exit(0);
      },
      (err: unknown) => {
        log.error("shutdown failed", { err });
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
}
