import { createHash, createHmac, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// A local QStash stand-in speaking the v2 wire format the SDK uses: publish, schedules
// (create/upsert, get, list, delete). Deliveries carry `Upstash-Signature`: an HS256 JWT signed with the
// current signing key, claims iss "Upstash", sub = destination URL, body = base64url(sha256(raw body)).

export interface QStashSchedule {
  scheduleId: string;
  destination: string;
  cron: string;
  body: string;
  header: Record<string, string[]>;
  /** Upstash-Failure-Callback: where a failed delivery is reported */
  failureCallback?: string;
  createdAt: number;
}

export interface QStashDelivery {
  messageId: string;
  url: string;
  body: string;
  signature: string;
  status: number | "network_error";
  /** the failure callback's answer, when the delivery failed and one was set */
  callbackStatus?: number | "network_error";
}

export interface QStashStandIn {
  url: string;
  schedules: Map<string, QStashSchedule>;
  deliveries: QStashDelivery[];
  /** Delivers a schedule now (as if its cron fired). */
  trigger(scheduleId: string): Promise<QStashDelivery>;
  /** Resolves once `count` deliveries have completed. */
  waitForDeliveries(count: number, timeoutMs?: number): Promise<QStashDelivery[]>;
  close(): Promise<void>;
}

const b64url = (buf: Buffer) => buf.toString("base64url");

export function signQStashJwt(key: string, url: string, body: string, nowSec = Math.floor(Date.now() / 1000)): string {
  const header = b64url(Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })));
  const claims = {
    iss: "Upstash",
    sub: url,
    exp: nowSec + 300,
    nbf: nowSec,
    iat: nowSec,
    jti: `jwt_${randomUUID()}`,
    body: b64url(createHash("sha256").update(body).digest()),
  };
  const payload = b64url(Buffer.from(JSON.stringify(claims)));
  const signature = b64url(createHmac("sha256", key).update(`${header}.${payload}`).digest());
  return `${header}.${payload}.${signature}`;
}

export async function startQStashServer(opts: { token: string; currentSigningKey: string }): Promise<QStashStandIn> {
  const schedules = new Map<string, QStashSchedule>();
  const deliveries: QStashDelivery[] = [];
  const waiters: (() => void)[] = [];

  // The stand-in does not retry: a non-2xx answer is final and goes to the failure callback at once,
  // with QStash's callback body (status, base64 answer and source body, retried, sourceMessageId, url).
  const callBack = async (
    callbackUrl: string,
    failed: { messageId: string; url: string; body: string; status: number | "network_error"; answer: string },
  ): Promise<number | "network_error"> => {
    const body = JSON.stringify({
      status: failed.status === "network_error" ? 0 : failed.status,
      header: {},
      body: Buffer.from(failed.answer).toString("base64"),
      retried: 0,
      maxRetries: 0,
      dlqId: `dlq_${randomUUID()}`,
      sourceMessageId: failed.messageId,
      topicName: "",
      endpointName: "",
      url: failed.url,
      method: "POST",
      sourceHeader: {},
      sourceBody: Buffer.from(failed.body).toString("base64"),
      notBefore: "0",
      createdAt: String(Date.now()),
      scheduleId: "",
      callerIP: "127.0.0.1",
    });
    try {
      const res = await fetch(callbackUrl, {
        method: "POST",
        body,
        headers: {
          "Content-Type": "application/json",
          "Upstash-Signature": signQStashJwt(opts.currentSigningKey, callbackUrl, body),
        },
      });
      await res.arrayBuffer();
      return res.status;
    } catch {
      return "network_error";
    }
  };

  const deliver = async (
    url: string,
    body: string,
    headers: Record<string, string>,
    failureCallback?: string,
  ): Promise<QStashDelivery> => {
    const messageId = `msg_${randomUUID()}`;
    const signature = signQStashJwt(opts.currentSigningKey, url, body);
    let status: QStashDelivery["status"];
    let answer = "";
    try {
      const res = await fetch(url, {
        method: "POST",
        body,
        headers: {
          ...headers,
          "Upstash-Signature": signature,
          "Upstash-Message-Id": messageId,
          "Upstash-Retried": "0",
        },
      });
      status = res.status;
      answer = await res.text();
    } catch {
      status = "network_error";
    }
    const delivery: QStashDelivery = { messageId, url, body, signature, status };
    const failed = status === "network_error" || status >= 300;
    if (failed && failureCallback)
      delivery.callbackStatus = await callBack(failureCallback, { messageId, url, body, status, answer });
    deliveries.push(delivery);
    for (const w of waiters.splice(0)) w();
    return delivery;
  };

  // Upstash-Forward-* headers are forwarded to the destination without the prefix.
  const forwarded = (req: IncomingMessage) => {
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value !== "string") continue;
      const m = /^upstash-forward-(.+)$/i.exec(name);
      if (m?.[1]) out[m[1]] = value;
      if (name === "content-type") out["Content-Type"] = value;
    }
    return out;
  };

  const server: Server = createServer(async (req, res) => {
    const reply = (status: number, body?: unknown) => {
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(body === undefined ? "" : JSON.stringify(body));
    };
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    if (req.headers.authorization !== `Bearer ${opts.token}`) return reply(401, { error: "unauthorized" });
    const path = req.url ?? "/";

    const publish = /^\/v2\/publish\/(.+)$/.exec(path);
    if (req.method === "POST" && publish?.[1]) {
      const url = publish[1];
      if (!/^https?:\/\//.test(url)) return reply(400, { error: `invalid destination url: ${url}` });
      const delay = /^(\d+)s$/.exec(String(req.headers["upstash-delay"] ?? "0s"))?.[1] ?? "0";
      const headers = forwarded(req);
      const messageId = `msg_${randomUUID()}`;
      const callback = req.headers["upstash-failure-callback"];
      setTimeout(
        () => void deliver(url, body, headers, typeof callback === "string" ? callback : undefined),
        Number(delay) * 1000,
      );
      return reply(201, { messageId });
    }

    const createSchedule = /^\/v2\/schedules\/(https?:\/\/.+)$/.exec(path);
    if (req.method === "POST" && createSchedule?.[1]) {
      const cron = req.headers["upstash-cron"];
      if (typeof cron !== "string" || !cron) return reply(400, { error: "Upstash-Cron header is required" });
      const scheduleId = String(req.headers["upstash-schedule-id"] ?? `scd_${randomUUID()}`);
      const header = Object.fromEntries(Object.entries(forwarded(req)).map(([k, v]) => [k, [v]]));
      schedules.set(scheduleId, {
        scheduleId,
        destination: createSchedule[1],
        cron,
        body,
        header,
        ...(typeof req.headers["upstash-failure-callback"] === "string"
          ? { failureCallback: req.headers["upstash-failure-callback"] }
          : {}),
        createdAt: Date.now(),
      });
      return reply(201, { scheduleId });
    }

    const one = /^\/v2\/schedules\/([A-Za-z0-9_.-]+)$/.exec(path);
    if (req.method === "GET" && path === "/v2/schedules") return reply(200, [...schedules.values()]);
    if (one?.[1] && req.method === "GET") {
      const s = schedules.get(one[1]);
      return s ? reply(200, s) : reply(404, { error: "schedule not found" });
    }
    if (one?.[1] && req.method === "DELETE") {
      return schedules.delete(one[1]) ? reply(200) : reply(404, { error: "schedule not found" });
    }
    reply(404, { error: `no route for ${req.method} ${path}` });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    schedules,
    deliveries,
    async trigger(scheduleId) {
      const s = schedules.get(scheduleId);
      if (!s) throw new Error(`no schedule ${scheduleId}`);
      const headers = Object.fromEntries(Object.entries(s.header).map(([k, v]) => [k, v[0] ?? ""]));
      return deliver(s.destination, s.body, headers, s.failureCallback);
    },
    waitForDeliveries(count, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${deliveries.length}/${count} deliveries`)), timeoutMs);
        const check = () => {
          if (deliveries.length >= count) {
            clearTimeout(timer);
            resolve(deliveries.slice(0, count));
          } else waiters.push(check);
        };
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
