import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";

// A local stand-in for Resend's REST API (POST /emails): Bearer auth, request validation and
// Resend's error shape `{ statusCode, name, message }`, so adapter error paths run for real.

const SendBody = z.object({
  from: z.string().min(1),
  to: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  subject: z.string().min(1),
  html: z.string().optional(),
  text: z.string().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  tags: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
  reply_to: z.union([z.string(), z.array(z.string())]).optional(),
});
export type ResendSent = z.infer<typeof SendBody> & { id: string };

export interface ResendStandIn {
  url: string;
  sent: ResendSent[];
  /** Number of next requests answered 429 (rate limit), for the retry/error path. */
  rateLimitNext: number;
  close(): Promise<void>;
}

export async function startResendServer(apiKey: string): Promise<ResendStandIn> {
  const state = { sent: [] as ResendSent[], rateLimitNext: 0 };
  let counter = 0;
  const server: Server = createServer(async (req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const error = (statusCode: number, name: string, message: string) =>
      reply(statusCode, { statusCode, name, message });
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (req.method !== "POST" || req.url !== "/emails")
      return error(404, "not_found", "The requested endpoint does not exist.");
    const auth = req.headers.authorization ?? "";
    if (!auth) return error(401, "missing_api_key", "Missing API key in the authorization header.");
    if (auth !== `Bearer ${apiKey}`) return error(403, "invalid_api_key", "API key is invalid.");
    if (state.rateLimitNext > 0) {
      state.rateLimitNext--;
      return error(429, "rate_limit_exceeded", "Too many requests. You can only make 2 requests per second.");
    }
    let json: unknown;
    try {
      json = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      return error(422, "validation_error", "Invalid JSON body.");
    }
    const parsed = SendBody.safeParse(json);
    if (!parsed.success) return error(422, "validation_error", parsed.error.issues[0]?.message ?? "invalid");
    if (!parsed.data.html && !parsed.data.text)
      return error(422, "validation_error", "Missing `html` or `text` field.");
    if (!/<?[^<>\s]+@[^<>\s]+>?$/.test(parsed.data.from)) {
      return error(
        422,
        "validation_error",
        "Invalid `from` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.",
      );
    }
    counter++;
    const id = `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`;
    state.sent.push({ ...parsed.data, id });
    reply(200, { id });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent: state.sent,
    get rateLimitNext() {
      return state.rateLimitNext;
    },
    set rateLimitNext(n: number) {
      state.rateLimitNext = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
