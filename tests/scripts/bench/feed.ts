// `pnpm bench feed [--postings N] [--users N] [--per-user N] [--runs N] [--only pglite|postgres]`:
// seeds N postings + N users with per-user enrichments (generate_series, so seconds not minutes)
// in PGlite and in a throwaway database on the real PostgreSQL (TEST_DATABASE_URL, default
// postgres://postgres@127.0.0.1:5432/test), then times feed pages through the query function
// (listFeedPage) next to the same SQL sent raw through the driver. Goal: P95 <= 50 ms and <= 2x raw.
import { createDb, type Database, type DbHandle, migrate, schema } from "@vanta/db";
import { type FeedQuery, feedPageQuery, listFeedPage } from "@vanta/db/queries/feed";
import { createLogger } from "@vanta/server/log";
import { memoryFileStore } from "@vanta/server/ports/files/memory";
import { capturePosting } from "@vanta/server/services/postings/capture";
import pg from "pg";

const GOAL_P95_MS = 50;
const GOAL_RATIO = 2;

export interface Target {
  name: string;
  handle: DbHandle;
  /** the driver's own query call: what "raw SQL" costs without drizzle and our mapping */
  raw(sql: string, params: unknown[]): Promise<unknown>;
  /** runs a seeding statement */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export interface Options {
  postings: number;
  users: number;
  perUser: number;
  runs: number;
  only: string | null;
}

function parseOptions(args: string[]): Options {
  const num = (flag: string, dflt: number) => {
    const i = args.indexOf(flag);
    const v = i >= 0 ? Number(args[i + 1]) : dflt;
    if (!Number.isInteger(v) || v <= 0) throw new Error(`${flag} needs a positive integer`);
    return v;
  };
  const i = args.indexOf("--only");
  return {
    postings: num("--postings", 100_000),
    users: num("--users", 1_000),
    perUser: num("--per-user", 500),
    runs: num("--runs", 200),
    only: i >= 0 ? (args[i + 1] ?? null) : null,
  };
}

/** drizzle keeps the driver's client on `$client`: the PGlite instance or the pg Pool. */
interface RawClient {
  query(sql: string, params?: unknown[]): Promise<unknown>;
  exec?(sql: string): Promise<unknown>;
}
const rawClientOf = (db: Database) => (db as unknown as { $client: RawClient }).$client;

export async function pgliteTarget(): Promise<Target> {
  const handle = await createDb({ driver: "pglite", dataDir: "memory://" });
  await migrate(handle);
  const client = rawClientOf(handle.db);
  return {
    name: "pglite",
    handle,
    raw: (sql, params) => client.query(sql, params),
    exec: async (sql) => {
      await client.exec?.(sql);
    },
    close: () => handle.close(),
  };
}

export async function postgresTarget(): Promise<Target> {
  const base = new URL(process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test");
  const name = `vanta_bench_feed_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: base.toString(), connectionTimeoutMillis: 5000 });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  // no statement timeout: seeding millions of rows in one statement takes longer than the server's default
  const handle: DbHandle = await createDb({
    driver: "node-postgres",
    url: url.toString(),
    max: 2,
    statementTimeoutMs: 0,
    onError: () => {},
  });
  const pool = rawClientOf(handle.db);
  // DROP … WITH (FORCE) below ends idle pooled connections; that is expected, not a crash.
  (pool as unknown as pg.Pool).on("error", () => {});
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
  return {
    name: "postgres",
    handle,
    raw: (sql, params) => pool.query(sql, params),
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: drop,
  };
}

/** Postings, users and a deterministic spread of enrichments, all generated inside the database. */
export async function seed(t: Target, o: Options): Promise<void> {
  const factors = JSON.stringify({
    score: 0,
    passed: true,
    filters: [],
    factors: { semantic: 0.5, skills: 0.5, title: 0.5, seniority: 0.5, salary: 0.5, freshness: 0.5 },
    requirements: [],
    improvements: [],
    salary: null,
    rationale: "bench",
  });
  // Bulk load without the secondary indexes, then rebuild them from their own definitions
  // (pg_indexes), which is several times faster than maintaining them row by row.
  const indexes = (await t.raw(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
       AND tablename IN ('job_postings', 'posting_enrichments') AND indexname NOT LIKE '%\\_pkey'`,
    [],
  )) as { rows: { indexname: string; indexdef: string }[] };
  await t.exec(indexes.rows.map((i) => `DROP INDEX "${i.indexname}";`).join("\n"));
  await t.exec(`
    INSERT INTO users (email) SELECT 'bench' || g || '@bench.test' FROM generate_series(1, ${o.users}) g;
    INSERT INTO job_postings (source, source_id, company, title, normalized_title, locations, remote, salary_min_cents,
      salary_max_cents, salary_currency, salary_period, description, url, canonical_url, fingerprint, posted_at, closed)
    SELECT 'bench', 'b' || g, 'Company ' || (g % 5000), 'Engineer ' || (g % 300), 'engineer ' || (g % 300),
      ARRAY[(ARRAY['Berlin, DE', 'Lisbon, PT', 'New York, NY, US', 'Remote', 'London, GB'])[1 + g % 5]],
      (ARRAY['remote', 'hybrid', 'onsite'])[1 + g % 3],
      CASE WHEN g % 3 = 0 THEN NULL ELSE 6000000 + (g % 100) * 100000 END,
      CASE WHEN g % 3 = 0 THEN NULL ELSE 8000000 + (g % 100) * 100000 END,
      CASE WHEN g % 3 = 0 THEN NULL ELSE 'USD' END, CASE WHEN g % 3 = 0 THEN NULL ELSE 'year' END,
      'A generated posting for the feed benchmark.', 'https://bench.test/j/' || g, 'https://bench.test/j/' || g,
      'bench|' || g, DATE '2026-11-26' - (g % 60), g % 50 = 0
    FROM generate_series(1, ${o.postings}) g;
    CREATE TEMP TABLE bench_users AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM users;
    CREATE TEMP TABLE bench_postings AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM job_postings;
    CREATE INDEX ON bench_postings (n);
    -- one posting in ten is a copy of the one before (cluster_id): cards read the places of their cluster
    UPDATE job_postings j SET cluster_id = p2.id, locations = ARRAY['Austin, TX, US']
      FROM bench_postings p1 JOIN bench_postings p2 ON p2.n = p1.n - 1 WHERE j.id = p1.id AND p1.n % 10 = 0;
    INSERT INTO posting_enrichments (user_id, posting_id, score, passed, factors, rationale,
      salary_estimate_min_cents, salary_estimate_max_cents, salary_estimate_currency, hidden_at, saved_at)
    SELECT u.id, p.id, (u.n * 31 + k * 17) % 101, (u.n + k) % 4 <> 0, '${factors}'::jsonb, 'bench',
      7000000, 9000000, 'USD',
      CASE WHEN k % 50 = 0 THEN now() END, CASE WHEN k % 20 = 0 THEN now() END
    FROM bench_users u
    CROSS JOIN generate_series(1, ${o.perUser}) k
    JOIN bench_postings p ON p.n = ((u.n * 7919 + k * 13) % ${o.postings}) + 1;
  `);
  await t.exec(`${indexes.rows.map((i) => `${i.indexdef};`).join("\n")}\nANALYZE;`);
}

interface Scenario {
  label: string;
  query: (userId: string) => FeedQuery;
  /** fetch the previous pages first so the timed page has a real cursor */
  page: number;
}

const scenarios: Scenario[] = [
  { label: "score, page 1", page: 1, query: (userId) => ({ userId, limit: 20, sort: "score" }) },
  { label: "score, page 5", page: 5, query: (userId) => ({ userId, limit: 20, sort: "score" }) },
  {
    label: "score, remote + minScore 60",
    page: 1,
    query: (userId) => ({ userId, limit: 20, sort: "score", remote: ["remote"], minScore: 60 }),
  },
  {
    label: "date, posted ≤ 14 d, page 2",
    page: 2,
    query: (userId) => ({ userId, limit: 20, sort: "date", postedWithinDays: 14 }),
  },
  {
    label: "salary ≥ 100k, 'berlin'",
    page: 1,
    query: (userId) => ({ userId, limit: 50, sort: "salary", minSalaryCents: 10_000_000, location: "berlin" }),
  },
];

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

/** The FeedQuery for page `page` (walking the cursor with the query function, untimed). */
async function queryForPage(db: Database, s: Scenario, userId: string): Promise<FeedQuery> {
  let q = s.query(userId);
  for (let p = 1; p < s.page; p++) {
    const { rows } = await listFeedPage(db, q);
    const last = rows.at(-1);
    if (!last) break;
    q = { ...q, after: { key: last.sortKey, id: last.postingId } };
  }
  return q;
}

async function measure(t: Target, o: Options, userIds: string[]) {
  const db = t.handle.db;
  const out: { label: string; fn: number[]; raw: number[]; rows: number }[] = [];
  for (const s of scenarios) {
    const fn: number[] = [];
    const raw: number[] = [];
    let rows = 0;
    for (let i = 0; i < o.runs + 20; i++) {
      const q = await queryForPage(db, s, userIds[i % userIds.length]!);
      const { sql, params } = feedPageQuery(db, q).toSQL();
      // Alternate the order so neither side always gets the warmer cache.
      const timeFn = async () => {
        const t0 = performance.now();
        const page = await listFeedPage(db, q);
        const ms = performance.now() - t0;
        rows = page.rows.length;
        return ms;
      };
      const timeRaw = async () => {
        const t0 = performance.now();
        await t.raw(sql, params);
        return performance.now() - t0;
      };
      let fnMs: number;
      let rawMs: number;
      if (i % 2) {
        fnMs = await timeFn();
        rawMs = await timeRaw();
      } else {
        rawMs = await timeRaw();
        fnMs = await timeFn();
      }
      if (i < 20) continue; // warm-up
      fn.push(fnMs);
      raw.push(rawMs);
    }
    out.push({ label: s.label, fn, raw, rows });
  }
  return out;
}

/**
 * postings.capture end to end (dedup lookups, salary-estimate sample, scoring, enrichment upsert) at
 * this table size: the side panel shows its score when this returns (goal ≤ 300 ms incl. the network).
 */
async function measureCapture(t: Target, o: Options, userIds: string[]) {
  const times: number[] = [];
  const log = createLogger({}, () => {});
  for (let i = 0; i < Math.min(o.runs, 100) + 5; i++) {
    const svc = {
      db: t.handle.db,
      userId: userIds[i % userIds.length]!,
      requestId: `bench-${i}`,
      log,
      files: memoryFileStore(),
    };
    const t0 = performance.now();
    await capturePosting(svc, {
      title: `Engineer ${i % 300}`,
      company: `Company ${i % 5000}`,
      locations: ["Berlin, DE"],
      remote: "hybrid",
      employmentType: null,
      salary: null,
      description:
        "We are hiring an engineer to build TypeScript services on PostgreSQL.\nRequirements:\n- 3+ years of experience\n- Kubernetes",
      postedAt: "2026-11-20",
      closed: false,
      source: "bench-capture",
      sourceId: `c${i}`,
      url: `https://bench.test/capture/${i}`,
    });
    if (i >= 5) times.push(performance.now() - t0);
  }
  return times;
}

export async function main(args: string[]): Promise<void> {
  const o = parseOptions(args);
  console.log(
    `feed bench: ${o.postings} postings, ${o.users} users × ${o.perUser} enrichments (${o.users * o.perUser} rows), ${o.runs} timed pages per scenario`,
  );
  const targets: (() => Promise<Target>)[] = [];
  if (!o.only || o.only === "pglite") targets.push(pgliteTarget);
  if (!o.only || o.only === "postgres") targets.push(postgresTarget);
  let failed = false;
  for (const make of targets) {
    let t: Target;
    try {
      t = await make();
    } catch (err) {
      console.error(`skipping a target: ${err instanceof Error ? err.message : String(err)}`);
      failed = true;
      continue;
    }
    try {
      const t0 = performance.now();
      await seed(t, o);
      console.log(`\n[${t.name}] seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      const users = await t.handle.db.select({ id: schema.users.id }).from(schema.users).limit(50);
      const results = await measure(
        t,
        o,
        users.map((u) => u.id),
      );
      console.log(
        `${"scenario".padEnd(30)} ${"rows".padStart(4)}  ${"fn P50".padStart(7)} ${"fn P95".padStart(7)}  ${"raw P50".padStart(7)} ${"raw P95".padStart(7)}  ratio  goal`,
      );
      for (const r of results) {
        const f50 = quantile(r.fn, 0.5);
        const f95 = quantile(r.fn, 0.95);
        const r50 = quantile(r.raw, 0.5);
        const r95 = quantile(r.raw, 0.95);
        const ratio = f95 / Math.max(r95, 0.001);
        const ok = f95 <= GOAL_P95_MS && ratio <= GOAL_RATIO;
        if (!ok) failed = true;
        console.log(
          `${r.label.padEnd(30)} ${String(r.rows).padStart(4)}  ${f50.toFixed(2).padStart(7)} ${f95.toFixed(2).padStart(7)}  ${r50.toFixed(2).padStart(7)} ${r95.toFixed(2).padStart(7)}  ${ratio.toFixed(2).padStart(5)}  ${ok ? "ok" : "MISS"}`,
        );
      }
      const cap = await measureCapture(
        t,
        o,
        users.map((u) => u.id),
      );
      console.log(
        `${"postings.capture (service)".padEnd(30)}       ${quantile(cap, 0.5).toFixed(2).padStart(7)} ${quantile(cap, 0.95).toFixed(2).padStart(7)}`,
      );
    } finally {
      await t.close();
    }
  }
  console.log(`\ntimes in ms; goal: P95 <= ${GOAL_P95_MS} ms and P95 <= ${GOAL_RATIO}x the raw SQL`);
  if (failed) process.exitCode = 1;
}
