import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A local HTTP server (127.0.0.1, random port) that replays scripted responses per path, so
// provider clients are tested against their real response formats without any network.

export interface ReplayResponse {
  status?: number;
  headers?: Record<string, string>;
  /** objects are sent as JSON; strings and bytes as they are */
  body?: unknown;
  /** wait this long before answering (timeouts) */
  delayMs?: number;
  /** drop the connection without any response (network errors) */
  hangup?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  at: number;
}

/** A fixed response, a sequence (consumed in order, the last one repeats), or a function of the request. */
export type Route = ReplayResponse | ReplayResponse[] | ((req: RecordedRequest, hit: number) => ReplayResponse);

export interface ReplayServer {
  url: string;
  requests: RecordedRequest[];
  hits(path: string): number;
  close(): Promise<void>;
}

export async function startReplayServer(routes: Record<string, Route>): Promise<ReplayServer> {
  const requests: RecordedRequest[] = [];
  const counts = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const u = new URL(req.url ?? "/", "http://127.0.0.1");
    const rec: RecordedRequest = {
      method: req.method ?? "GET",
      path: u.pathname,
      query: u.searchParams,
      headers: req.headers,
      at: Date.now(),
    };
    requests.push(rec);
    const hit = counts.get(u.pathname) ?? 0;
    counts.set(u.pathname, hit + 1);
    const route = routes[u.pathname];
    let response: ReplayResponse;
    if (!route) response = { status: 404, body: { error: `no route for ${u.pathname}` } };
    else if (typeof route === "function") response = route(rec, hit);
    else if (Array.isArray(route)) response = route[Math.min(hit, route.length - 1)] ?? { status: 500 };
    else response = route;
    const send = () => respond(res, response);
    if (response.delayMs) setTimeout(send, response.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    hits: (path) => counts.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function respond(res: ServerResponse, r: ReplayResponse): void {
  if (res.destroyed) return;
  if (r.hangup) {
    res.socket?.destroy();
    return;
  }
  const isBytes = r.body instanceof Uint8Array;
  const isText = typeof r.body === "string";
  const payload =
    r.body === undefined ? "" : isBytes || isText ? (r.body as string | Uint8Array) : JSON.stringify(r.body);
  res.writeHead(r.status ?? 200, {
    "content-type": "application/json; charset=utf-8",
    ...r.headers,
  });
  res.end(payload);
}
