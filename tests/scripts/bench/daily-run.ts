// `pnpm bench daily-run [--users N]` (default 1000): the full daily run for N users on embedded defaults —
// PGlite in memory, sources from the shipped local boards (saved Greenhouse/Lever responses, no network),
// normalize, dedup, score into each user's feed, the coach, and the digest into a temp outbox — one user
// after another, as the in-process scheduler would deliver them. Prints total seconds, per-user P50/P95 and
// failures. Goal: <= 60 s for 1,000 users on a 2-core machine, 0 failures.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, migrate, schema } from "@vanta/db";
import { ensureProfile, updateProfile } from "@vanta/db/queries/profiles";
import { insertSearch } from "@vanta/db/queries/searches";
import { ensureUserByEmail } from "@vanta/db/queries/users";
import { DEMO_PREFIX, demoBoards } from "@vanta/server/demo/boards";
import { createLogger } from "@vanta/server/log";
import { createOutboxEmail } from "@vanta/server/ports/email/outbox";
import { createOfflineModelPort } from "@vanta/server/ports/model/offline/model";
import { runCoach } from "@vanta/server/services/coach/run";
import { runDailySearch } from "@vanta/server/services/daily-search/run";
import { createSourceCache } from "@vanta/server/services/daily-search/source-cache";
import { sendDigest } from "@vanta/server/services/digest/send";

const GOAL_TOTAL_S = 60;
const GOAL_USERS = 1000;

const profiles = [
  {
    titles: ["Backend Engineer"],
    skills: ["TypeScript", "PostgreSQL", "Kafka", "AWS"],
    text: "Backend engineer, 6 years: TypeScript, Go, PostgreSQL, Kafka, AWS, REST APIs.",
  },
  {
    titles: ["Data Engineer"],
    skills: ["Python", "SQL", "dbt", "Airflow"],
    text: "Data engineer: Python, SQL, dbt, Airflow, Spark pipelines and analytics.",
  },
  {
    titles: ["Product Designer"],
    skills: ["Figma", "user research", "prototyping"],
    text: "Product designer: Figma, interaction design, user research, design systems.",
  },
  {
    titles: ["Registered Nurse"],
    skills: ["BLS", "ACLS", "Epic"],
    text: "Registered nurse, ICU, BLS and ACLS certified, Epic charting, patient assessment.",
  },
  {
    titles: ["Account Executive"],
    skills: ["Salesforce", "B2B sales"],
    text: "Account executive: B2B SaaS sales, Salesforce, pipeline management, negotiation.",
  },
];

function usersArg(args: string[]): number {
  const i = args.indexOf("--users");
  const n = i >= 0 ? Number(args[i + 1]) : 1000;
  if (!Number.isInteger(n) || n <= 0) throw new Error("--users needs a positive integer");
  return n;
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;

export async function main(args: string[]) {
  const n = usersArg(args);
  const handle = await createDb({ driver: "pglite", dataDir: "memory://" });
  await migrate(handle);
  const db = handle.db;
  const outbox = mkdtempSync(join(tmpdir(), "vanta-bench-outbox-"));
  const email = createOutboxEmail({ dir: outbox, from: "Vanta <digest@vanta.localhost>" });
  const models = createOfflineModelPort();
  const log = createLogger({ service: "bench" }, () => {});
  const now = new Date();
  const secret = "bench-secret-bench-secret-bench-secret";

  process.stderr.write(`seeding ${n} users…\n`);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { user } = await ensureUserByEmail(db, `bench-${i}@vanta.localhost`);
    const p = profiles[i % profiles.length] as (typeof profiles)[number];
    await ensureProfile(db, user.id);
    await updateProfile(db, user.id, { titles: p.titles, skills: p.skills, resumeText: p.text, timezone: "UTC" });
    const boards = demoBoards
      .filter((_, k) => (k + i) % 2 === 0)
      .map((b) => ({ provider: b.provider, board: `${DEMO_PREFIX}${b.token}` }));
    await insertSearch(db, {
      userId: user.id,
      name: "bench",
      filters: { boards },
      cron: "0 8 * * *",
      timezone: "UTC",
      enabled: true,
    });
    // one stale application per user, so the coach has work
    const [app] = await db
      .insert(schema.applications)
      .values({
        userId: user.id,
        company: "Northwind Pay",
        role: "Engineer",
        stage: "applied",
        stageChangedAt: new Date(now.getTime() - 9 * 86_400_000),
      })
      .returning();
    if (app)
      await db.insert(schema.applicationEvents).values({
        userId: user.id,
        applicationId: app.id,
        type: "applied",
        occurredAt: new Date(now.getTime() - 9 * 86_400_000),
      });
    ids.push(user.id);
  }

  const sourceCache = createSourceCache();
  const times: number[] = [];
  let failures = 0;
  let scored = 0;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (const userId of ids) {
    const t = performance.now();
    try {
      const r = await runDailySearch(
        {
          db,
          log,
          env: {},
          now: () => now,
          sourceCache,
          coach: (id, day) => runCoach({ db, models, log, now: () => now }, id, { date: day }),
          digest: (id) =>
            sendDigest({ db, email, publicUrl: "http://127.0.0.1:8787", secret, log, now: () => now }, { userId: id }),
        },
        { userId },
      );
      scored += r.scored;
      if (r.status !== "ok" || (r.digest && "error" in r.digest) || (r.coach && "error" in r.coach)) failures++;
    } catch (err) {
      failures++;
      if (failures <= 3) process.stderr.write(`user ${userId} failed: ${(err as Error).message}\n`);
    }
    times.push(performance.now() - t);
  }
  const totalS = (performance.now() - started) / 1000;
  // CPU time of this process (PGlite runs in it): on a machine shared with other work, wall time varies
  // with the load, CPU time much less
  const cpu = process.cpuUsage(cpuStarted);
  const mails = readdirSync(outbox).filter((f) => f.endsWith(".eml")).length;
  rmSync(outbox, { recursive: true, force: true });
  await handle.close();
  console.log(
    JSON.stringify(
      {
        users: n,
        totalSeconds: Math.round(totalS * 10) / 10,
        cpuSeconds: Math.round((cpu.user + cpu.system) / 1e5) / 10,
        perUserMs: {
          p50: Math.round(pct(times, 0.5)),
          p95: Math.round(pct(times, 0.95)),
          max: Math.round(Math.max(...times)),
        },
        failures,
        scored,
        digestsInOutbox: mails,
        // the goal is stated for 1,000 users: a smaller run does not meet or miss it
        goal: {
          users: GOAL_USERS,
          totalSeconds: GOAL_TOTAL_S,
          met: n >= GOAL_USERS ? totalS <= GOAL_TOTAL_S && failures === 0 : null,
        },
      },
      null,
      2,
    ),
  );
}
