import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";
import type { DbDriver, DbHandle } from "@vanta/db";
import { ensureUserByEmail } from "@vanta/db/queries/users";
import { loadConfig } from "@vanta/server/config";
import { memoryLogger } from "@vanta/server/log";
import { startNodeServer } from "@vanta/server/node";
import type { AppRouter } from "@vanta/server/routers/index";
import { createRuntime, type NodeRuntime, type RuntimeOptions } from "@vanta/server/runtime";
import { createPairingCode } from "@vanta/server/services/auth/pairing";
import { issueSession } from "@vanta/server/services/auth/sessions";
import { createTestDb } from "./db.ts";

export interface TestUser {
  user: { id: string; email: string };
  token: string;
}

export interface TestServer {
  /** http://127.0.0.1:<random port> */
  url: string;
  runtime: NodeRuntime;
  /** temp VANTA_HOME (the outbox is under it) */
  vantaHome: string;
  outboxDir: string;
  /** structured log lines the server wrote */
  logs: ReturnType<typeof memoryLogger>["lines"];
  /** a fresh one-time pairing code for `email` (created if needed), as `vanta pair` prints it */
  pairingCode(email?: string): Promise<{ code: string; url: string }>;
  /** pairs over HTTP like the extension does (auth.pair) and returns the bearer token */
  pair(email?: string): Promise<TestUser>;
  /** a user with a session, minted directly in the database (fast; no rate limits involved) */
  createUser(email?: string): Promise<TestUser>;
  /** a typed tRPC client over real HTTP; unauthenticated without a token */
  caller(token?: string): TRPCClient<AppRouter>;
  close(): Promise<void>;
}

let counter = 0;
const uniqueEmail = () => `user${Date.now().toString(36)}${(counter++).toString(36)}@test.vanta.localhost`;

/**
 * A real HTTP server on 127.0.0.1:0 over a fresh migrated database (PGlite in memory by default;
 * `driver` picks a throwaway database on the local PostgreSQL, directly or through Neon's driver), with every embedded port and a temp VANTA_HOME. `env` adds configuration variables; the
 * host's environment is never read, so a developer's OPENAI_API_KEY cannot leak into tests.
 */
export async function startTestServer(
  opts: {
    driver?: DbDriver;
    db?: DbHandle;
    env?: Record<string, string>;
    failedAuthLimit?: number;
    /** the daily search's provider env / base URLs; default: no credentials (never the host's env) */
    dailySearch?: RuntimeOptions["dailySearch"];
  } = {},
): Promise<TestServer> {
  const vantaHome = await mkdtemp(join(tmpdir(), "vanta-test-"));
  const ownDb = !opts.db;
  const db = opts.db ?? (await createTestDb(opts.driver));
  const log = memoryLogger();

  // Listen first (port 0), so PUBLIC_URL can carry the real port; the app is bound right after.
  let runtime: NodeRuntime | null = null;
  const server = await startNodeServer(
    (req, env) => (runtime ? runtime.app.fetch(req, env) : new Response("starting", { status: 503 })),
    { port: 0, host: "127.0.0.1" },
  );
  const config = loadConfig({ VANTA_HOME: vantaHome, PUBLIC_URL: server.url, NODE_ENV: "test", ...opts.env });
  try {
    runtime = await createRuntime(config, {
      db,
      log,
      skipMigrate: true,
      failedAuthLimit: opts.failedAuthLimit ?? 1000,
      dailySearch: opts.dailySearch ?? { env: {} },
    });
  } catch (err) {
    await server.close(0);
    if (ownDb) await db.close();
    throw err;
  }
  const rt = runtime;

  const caller = (token?: string) =>
    createTRPCClient<AppRouter>({
      links: [
        httpBatchLink({
          url: `${server.url}/trpc`,
          headers: () => (token ? { authorization: `Bearer ${token}` } : {}),
        }),
      ],
    });

  const pairingCode = async (email = uniqueEmail()) => {
    const { user } = await ensureUserByEmail(rt.db, email);
    const issued = await createPairingCode({ db: rt.db, publicUrl: server.url, now: new Date() }, user.id);
    return { code: issued.code, url: issued.url };
  };

  return {
    url: server.url,
    runtime: rt,
    vantaHome,
    outboxDir: join(vantaHome, "outbox"),
    logs: log.lines,
    pairingCode,
    async pair(email) {
      const { code } = await pairingCode(email);
      const res = await caller().auth.pair.mutate({ code });
      return { user: res.user, token: res.token };
    },
    async createUser(email = uniqueEmail()) {
      const { user } = await ensureUserByEmail(rt.db, email);
      const session = await issueSession(rt.db, { userId: user.id, kind: "extension", now: new Date() });
      return { user: { id: user.id, email: user.email }, token: session.token };
    },
    caller,
    async close() {
      await server.close(1000);
      await rt.close();
      if (ownDb) await db.close();
      await rm(vantaHome, { recursive: true, force: true });
    },
  };
}
