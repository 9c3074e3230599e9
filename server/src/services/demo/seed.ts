import type { Database } from "@vanta/db";
import { ensureProfile, updateProfile } from "@vanta/db/queries/profiles";
import { insertResumeVersion } from "@vanta/db/queries/resume-versions";
import { insertSearch } from "@vanta/db/queries/searches";
import { ensureUserByEmail, findUserByEmail } from "@vanta/db/queries/users";
import * as schema from "@vanta/db/schema/index";
import { and, desc, eq } from "drizzle-orm";
import { DEMO_PREFIX, demoBoards } from "../../demo/boards.ts";
import type { Logger } from "../../log.ts";
import type { FileStore } from "../../ports/files/types.ts";
import type { ModelPort } from "../../ports/model/types.ts";
import { createPairingCode } from "../auth/pairing.ts";
import { runCoach } from "../coach/run.ts";
import type { ServiceCtx } from "../context.ts";
import { runDailySearch } from "../daily-search/run.ts";
import type { DigestSummary } from "../digest/send.ts";
import { addContact } from "../outreach/contacts.ts";
import { draftOutreach } from "../outreach/draft.ts";
import { DEMO_EMAIL, demoResume, resumeAsText } from "./resume.ts";

export interface DemoDeps {
  db: Database;
  files: FileStore;
  models: ModelPort;
  log: Logger;
  publicUrl: string;
  now?: () => Date;
  digest?: (userId: string) => Promise<DigestSummary>;
}

export interface DemoSummary {
  email: string;
  pairingCode: string;
  pairingUrl: string;
  userId: string;
  postings: number;
  applications: number;
  tasks: number;
}

const DAY = 86_400_000;
type Stage = (typeof schema.applications.$inferInsert)["stage"];

/**
 * Creates (or refreshes) the demo user: a resume, preferences, two saved searches on the shipped local boards,
 * a daily run over them (~200 postings scored, digest), applications across the stages with dated events, the
 * coach's tasks and an outreach draft. A second call deletes the previous demo user first, so there is one.
 */
export async function seedDemo(deps: DemoDeps): Promise<DemoSummary> {
  const { db } = deps;
  const now = deps.now ? deps.now() : new Date();
  const old = await findUserByEmail(db, DEMO_EMAIL);
  // Every user row cascades to its data; shared postings stay (the next run upserts them).
  if (old) await db.delete(schema.users).where(eq(schema.users.id, old.id));
  const { user } = await ensureUserByEmail(db, DEMO_EMAIL);
  await db
    .update(schema.users)
    .set({ name: demoResume.basics?.name ?? null })
    .where(eq(schema.users.id, user.id));

  const text = resumeAsText(demoResume);
  await insertResumeVersion(db, {
    userId: user.id,
    filename: "alex-morgan.resume.json",
    mimeType: "application/json",
    text,
    content: demoResume as Record<string, unknown>,
    isCurrent: true,
  });
  await ensureProfile(db, user.id);
  await updateProfile(db, user.id, {
    headline: "Senior Backend Engineer",
    resumeText: text,
    titles: ["Senior Backend Engineer", "Software Engineer", "Platform Engineer"],
    skills: [
      "TypeScript",
      "Go",
      "Python",
      "SQL",
      "PostgreSQL",
      "Kafka",
      "Redis",
      "AWS",
      "Terraform",
      "Kubernetes",
      "Node.js",
    ],
    locations: ["New York, NY", "Remote"],
    yearsExperience: 7,
    salaryMinCents: 150_000_00,
    salaryCurrency: "USD",
    timezone: "America/New_York",
    digestHour: 8,
    preferences: { remote: ["remote", "hybrid"], seniority: ["senior", "staff"], trackStage: "prospect" },
    onboardedAt: now,
  });
  const board = (token: string) => {
    const b = demoBoards.find((x) => x.token === token);
    return { provider: b?.provider ?? "greenhouse", board: `${DEMO_PREFIX}${token}` };
  };
  for (const s of [
    { name: "Backend and platform", boards: ["northwind", "orbital", "cobaltlabs", "harborcrm"] },
    { name: "Everything else I follow", boards: ["lumenhealth", "fernleaf", "quill", "meridiancare"] },
  ]) {
    await insertSearch(db, {
      userId: user.id,
      name: s.name,
      filters: { boards: s.boards.map(board) },
      cron: "0 8 * * *",
      timezone: "America/New_York",
      enabled: true,
    });
  }

  const run = await runDailySearch(
    { db, log: deps.log, env: {}, now: () => now, digest: deps.digest },
    { userId: user.id },
  );

  // Applications from the best-scored postings, spread over the pipeline with dated history.
  const top = await db
    .select({
      postingId: schema.postingEnrichments.postingId,
      title: schema.jobPostings.title,
      company: schema.jobPostings.company,
      url: schema.jobPostings.url,
    })
    .from(schema.postingEnrichments)
    .innerJoin(schema.jobPostings, eq(schema.jobPostings.id, schema.postingEnrichments.postingId))
    .where(eq(schema.postingEnrichments.userId, user.id))
    .orderBy(desc(schema.postingEnrichments.score))
    .limit(12);
  const plan: { path: Stage[]; daysAgo: number; outcome?: "won" | "lost" | "withdrawn" }[] = [
    { path: ["prospect"], daysAgo: 2 },
    { path: ["prospect"], daysAgo: 18 },
    { path: ["prospect", "applied"], daysAgo: 4 },
    { path: ["prospect", "applied"], daysAgo: 12 },
    { path: ["prospect", "applied"], daysAgo: 20 },
    { path: ["prospect", "applied", "screen"], daysAgo: 9 },
    { path: ["prospect", "applied", "screen", "interview"], daysAgo: 16 },
    { path: ["prospect", "applied", "screen", "interview", "offer"], daysAgo: 25 },
    { path: ["prospect", "applied", "outcome"], daysAgo: 22, outcome: "lost" },
    { path: ["prospect", "applied", "screen", "outcome"], daysAgo: 28, outcome: "lost" },
    { path: ["prospect", "outcome"], daysAgo: 15, outcome: "withdrawn" },
    { path: ["prospect", "applied", "screen", "interview", "offer", "outcome"], daysAgo: 40, outcome: "won" },
  ];
  let interviewApp: string | null = null;
  let outreachApp: string | null = null;
  for (const [i, p] of top.entries()) {
    const step = plan[i];
    if (!step) break;
    const start = now.getTime() - step.daysAgo * DAY;
    const times = step.path.map(
      (_, k) => new Date(start + k * Math.max(1, Math.floor(step.daysAgo / step.path.length)) * DAY),
    );
    const stage = step.path[step.path.length - 1] as Stage;
    const [app] = await db
      .insert(schema.applications)
      .values({
        userId: user.id,
        postingId: p.postingId,
        company: p.company,
        role: p.title,
        url: p.url,
        stage,
        outcome: step.outcome ?? null,
        appliedAt: step.path.includes("applied") ? (times[1] ?? null) : null,
        stageChangedAt: times[times.length - 1] as Date,
        createdAt: times[0] as Date,
      })
      .returning();
    if (!app) continue;
    for (const [k, to] of step.path.entries()) {
      await db.insert(schema.applicationEvents).values({
        userId: user.id,
        applicationId: app.id,
        type: k === 0 ? "created" : "stage_changed",
        fromStage: k === 0 ? null : (step.path[k - 1] as Stage),
        toStage: to,
        detail: k === 0 ? { source: "demo" } : {},
        occurredAt: times[k] as Date,
      });
    }
    if (stage === "interview" && !interviewApp) interviewApp = app.id;
    if (stage === "screen" && !outreachApp) outreachApp = app.id;
  }
  if (interviewApp) {
    await db.insert(schema.applicationEvents).values({
      userId: user.id,
      applicationId: interviewApp,
      type: "interview_scheduled",
      detail: { kind: "interview", at: new Date(now.getTime() + 3 * DAY).toISOString() },
      occurredAt: new Date(now.getTime() - 2 * DAY),
    });
  }
  const coach = await runCoach({ db, models: deps.models, log: deps.log, now: () => now }, user.id);

  if (outreachApp) {
    const ctx: ServiceCtx = {
      db,
      userId: user.id,
      requestId: "demo",
      log: deps.log,
      files: deps.files,
      now: () => now,
    };
    const contact = await addContact(ctx, {
      applicationId: outreachApp,
      name: "Jordan Lee",
      role: "Engineering Manager",
      email: "jordan.lee@example.com",
    });
    await draftOutreach(ctx, deps.models, { contactId: contact.id, tone: "warm" });
  }

  const apps = await db
    .select({ id: schema.applications.id })
    .from(schema.applications)
    .where(and(eq(schema.applications.userId, user.id)));
  const pairing = await createPairingCode({ db, publicUrl: deps.publicUrl, now }, user.id);
  return {
    email: DEMO_EMAIL,
    pairingCode: pairing.code,
    pairingUrl: pairing.url,
    userId: user.id,
    postings: run.fetched,
    applications: apps.length,
    tasks: coach.created.length + coach.existing,
  };
}
