// `pnpm bench load [--clients N] [--seconds S] [--only pglite|postgres]`: N concurrent extension-like
// clients against the real server on loopback (HTTP, the typed tRPC client, one user and bearer token
// each), each looping what the side panel and popup do: capture a posting page (store + fit) → fit →
// feed page → Track → a Kanban move. On PGlite (in memory) and on PostgreSQL (a throwaway database on
// TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test, dropped afterwards). Prints
// throughput, P50/P95/P99 per operation and overall, and every error. Goal on PostgreSQL: 50 clients,
// 0 errors, P95 <= 100 ms. Figures depend on the machine and on whatever else runs on it.
import { createDb, type DbHandle, migrate } from "@vanta/db";
import type { Posting } from "@vanta/shared/posting";
import pg from "pg";
import { startTestServer, type TestServer } from "../../support/server.ts";

const GOAL_P95_MS = 100;
const STAGES = ["applied", "screen", "interview", "offer"] as const;

interface Options {
  clients: number;
  seconds: number;
  only: string | null;
}

function parseOptions(args: string[]): Options {
  const num = (flag: string, dflt: number) => {
    const i = args.indexOf(flag);
    const v = i >= 0 ? Number(args[i + 1]) : dflt;
    if (!Number.isFinite(v) || v <= 0) {
      console.error(`${flag} needs a positive number`);
      process.exit(2);
    }
    return v;
  };
  const i = args.indexOf("--only");
  const only = i >= 0 ? (args[i + 1] ?? null) : null;
  if (only && only !== "pglite" && only !== "postgres") {
    console.error("--only takes pglite or postgres");
    process.exit(2);
  }
  return { clients: Math.floor(num("--clients", 50)), seconds: num("--seconds", 60), only };
}

const SKILLS = [
  "TypeScript",
  "PostgreSQL",
  "React",
  "Kubernetes",
  "Go",
  "Python",
  "AWS",
  "GraphQL",
  "Rust",
  "Terraform",
];
const TITLES = [
  "Backend Engineer",
  "Senior Software Engineer",
  "Full Stack Developer",
  "Platform Engineer",
  "Data Engineer",
];
const CITIES = ["Berlin, DE", "London, UK", "Austin, TX", "Toronto, ON", "Remote"];

/** A posting page as the content script reads it: distinct per client and iteration, some repeats. */
function postingFor(client: number, n: number): Posting {
  const k = (client * 7919 + n) % 5000;
  const skills = [SKILLS[k % 10], SKILLS[(k + 3) % 10], SKILLS[(k + 6) % 10]];
  const title = TITLES[k % TITLES.length] as string;
  return {
    title,
    company: `Loadco ${k % 400}`,
    locations: [CITIES[k % CITIES.length] as string],
    remote: k % 3 === 0 ? "remote" : "hybrid",
    employmentType: "full-time",
    salary: { min: 90_000 + (k % 50) * 1000, max: 140_000 + (k % 50) * 1000, currency: "USD", period: "year" },
    description: `We are hiring a ${title} to build ${skills.join(", ")} services. ${"You will own APIs, data models and on-call for the services you ship, with 4+ years of experience. ".repeat(12)}Requirements: ${skills.join(", ")}.`,
    postedAt: "2026-11-20",
    closed: false,
    source: "jsonld",
    sourceId: null,
    url: `https://jobs.loadco-${k % 400}.example/roles/${k}`,
  } as Posting;
}

type Op = "capture" | "fit" | "feed" | "track" | "move";
interface Tally {
  ops: Record<Op, number[]>;
  errors: Map<string, number>;
}

async function client(server: TestServer, index: number, until: number, tally: Tally): Promise<void> {
  const user = await server.createUser(`load-${index}-${Date.now()}@bench.example`);
  const api = server.caller(user.token);
  const time = async <T>(op: Op, fn: () => Promise<T>): Promise<T | null> => {
    const t0 = performance.now();
    try {
      const out = await fn();
      tally.ops[op].push(performance.now() - t0);
      return out;
    } catch (err) {
      const key = `${op}: ${err instanceof Error ? err.message.slice(0, 120) : String(err)}`;
      tally.errors.set(key, (tally.errors.get(key) ?? 0) + 1);
      return null;
    }
  };
  for (let n = 0; performance.now() < until; n++) {
    const posting = postingFor(index, n);
    const captured = await time("capture", () => api.postings.capture.mutate({ posting }));
    if (captured) await time("fit", () => api.postings.fit.query({ postingId: captured.postingId }));
    await time("feed", () => api.feed.list.query({ limit: 20 }));
    const tracked = await time("track", () =>
      api.applications.track.mutate({ posting, clientRequestId: crypto.randomUUID() }),
    );
    if (tracked)
      await time("move", () =>
        api.applications.move.mutate({ id: tracked.application.id, stage: STAGES[n % STAGES.length] as never }),
      );
  }
}

const quantile = (xs: number[], q: number) => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
};

async function postgresHandle(): Promise<{ handle: DbHandle; drop(): Promise<void> }> {
  const base = new URL(process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test");
  const name = `vanta_bench_load_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: base.toString(), connectionTimeoutMillis: 5000 });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  // the server's own pool size (node-postgres default in the runtime: 10)
  const handle = await createDb({ driver: "node-postgres", url: url.toString(), max: 10, onError: () => {} });
  const drop = async () => {
    await handle.close().catch(() => {});
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  };
  try {
    await migrate(handle);
  } catch (err) {
    await drop();
    throw err;
  }
  return { handle, drop };
}

async function run(name: string, o: Options): Promise<boolean> {
  const made =
    name === "pglite"
      ? await (async () => {
          const handle = await createDb({ driver: "pglite", dataDir: "memory://" });
          await migrate(handle);
          return { handle, drop: () => handle.close() };
        })()
      : await postgresHandle();
  const server = await startTestServer({ db: made.handle });
  const tally: Tally = { ops: { capture: [], fit: [], feed: [], track: [], move: [] }, errors: new Map() };
  try {
    const t0 = performance.now();
    const until = t0 + o.seconds * 1000;
    await Promise.all(Array.from({ length: o.clients }, (_, i) => client(server, i, until, tally)));
    const wall = (performance.now() - t0) / 1000;
    const all = Object.values(tally.ops).flat();
    const errors = [...tally.errors.values()].reduce((a, b) => a + b, 0);
    console.log(`\n[${name}] ${o.clients} clients, ${wall.toFixed(1)} s`);
    console.log(
      `${"operation".padEnd(10)} ${"count".padStart(7)} ${"req/s".padStart(7)} ${"P50".padStart(7)} ${"P95".padStart(7)} ${"P99".padStart(7)}`,
    );
    const row = (label: string, xs: number[]) =>
      console.log(
        `${label.padEnd(10)} ${String(xs.length).padStart(7)} ${(xs.length / wall).toFixed(1).padStart(7)} ${quantile(xs, 0.5).toFixed(1).padStart(7)} ${quantile(xs, 0.95).toFixed(1).padStart(7)} ${quantile(xs, 0.99).toFixed(1).padStart(7)}`,
      );
    for (const [op, xs] of Object.entries(tally.ops)) row(op, xs);
    row("all", all);
    console.log(`errors: ${errors}`);
    for (const [k, n] of tally.errors) console.log(`  ${n} × ${k}`);
    const p95 = quantile(all, 0.95);
    const ok = errors === 0 && p95 <= GOAL_P95_MS;
    console.log(`goal (0 errors, P95 <= ${GOAL_P95_MS} ms): ${ok ? "ok" : "MISS"}`);
    return ok;
  } finally {
    await server.close();
    await made.drop();
  }
}

export async function main(args: string[]): Promise<void> {
  const o = parseOptions(args);
  console.log(
    `load bench: ${o.clients} extension-like clients × ${o.seconds} s each loop capture → fit → feed page → track → move (times in ms)`,
  );
  let failed = false;
  for (const name of ["pglite", "postgres"]) {
    if (o.only && o.only !== name) continue;
    try {
      if (!(await run(name, o)) && name === "postgres") failed = true;
    } catch (err) {
      console.error(`[${name}] could not run: ${err instanceof Error ? err.message : String(err)}`);
      failed = true;
    }
  }
  if (failed) process.exitCode = 1;
}
