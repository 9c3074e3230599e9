import { randomUUID } from "node:crypto";
import type { DbHandle } from "@vanta/db";
import { schema } from "@vanta/db";
import { intakePostings } from "@vanta/server/services/postings/intake";
import { capturedRaw } from "@vanta/server/services/postings/to-raw";
import { normalizePosting } from "@vanta/shared/normalize/from-raw";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../support/db.ts";
import { b64 } from "./files.ts";
import { errorOf, makeUser, posting } from "./support.ts";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => {
  await h?.close();
});

const RESUME = `Jane Doe, Senior Backend Engineer
2019 - present: Senior Backend Engineer at Paylane. Built payment APIs with Node.js, TypeScript and PostgreSQL.
Skills: TypeScript, Node.js, PostgreSQL, Kubernetes, AWS`;

const DESCRIPTION = `Acme builds the payments platform for small shops.
Requirements:
- 5+ years of experience building backend services with Node.js
- Strong PostgreSQL and TypeScript skills
Nice to have:
- Kubernetes
We offer visa sponsorship and a hybrid setup in Berlin.`;

describe("postings.capture", () => {
  it("stores the posting, scores it from the user's profile + resume, and stores the fit", async () => {
    const { caller, user } = await makeUser(h.db);
    await caller.profile.update({
      titles: ["Backend Engineer"],
      locations: ["Berlin, DE"],
      remote: ["hybrid", "remote"],
    });
    await caller.profile.uploadResume({ filename: "cv.txt", mimeType: "text/plain", contentBase64: b64(RESUME) });
    const p = posting({ title: "Senior Backend Engineer", company: "Acme Payments", description: DESCRIPTION });
    const out = await caller.postings.capture({ posting: p });
    expect(out.application).toBeNull();
    expect(out.fit.score).toBeGreaterThan(0);
    // Evidence lines are verbatim resume/profile text (computed by the matcher, never invented).
    const met = out.fit.requirements.filter((r) => r.status !== "missing");
    expect(met.length).toBeGreaterThan(0);
    for (const r of met) expect(RESUME + JSON.stringify(await caller.profile.get())).toContain(r.evidence ?? "");

    const [stored] = await h.db.select().from(schema.jobPostings).where(eq(schema.jobPostings.id, out.postingId));
    // The board identity comes from the URL's host and path, not from the page's own claim.
    const sourceId = new URL(p.url).pathname.split("/").pop() ?? "";
    expect(stored).toMatchObject({
      source: "greenhouse",
      sourceId: /^\d+$/.test(sourceId) ? sourceId : `boards.greenhouse.io${new URL(p.url).pathname}`,
      title: p.title,
      salaryCurrency: "EUR",
    });
    expect(stored?.salaryMinCents).toBe(8_000_000);
    const [enr] = await h.db
      .select()
      .from(schema.postingEnrichments)
      .where(eq(schema.postingEnrichments.userId, user.id));
    expect(enr).toMatchObject({ postingId: out.postingId, score: out.fit.score, passed: out.fit.passed });

    // The side panel's follow-ups see the same data.
    const got = await caller.postings.get({ id: out.postingId });
    expect(got).toMatchObject({ title: p.title, company: p.company, salary: p.salary, url: p.url });
    expect((await caller.postings.fit({ postingId: out.postingId })).fit).toEqual(out.fit);
  });

  it("scores differently for a profile that a hard filter rules out", async () => {
    const { caller } = await makeUser(h.db);
    await caller.profile.update({ excludedCompanies: ["Acme Payments"] });
    const out = await caller.postings.capture({ posting: posting({ company: "Acme Payments" }) });
    expect(out.fit.passed).toBe(false);
    expect(out.fit.filters.find((f) => !f.passed)?.name).toBe("company");
    // postings.fit follows later profile changes rather than serving the stored fit.
    await caller.profile.update({ excludedCompanies: [] });
    expect((await caller.postings.fit({ postingId: out.postingId })).fit.passed).toBe(true);
  });

  it("dedups by (source, sourceId), then canonical URL, and links a cross-source copy", async () => {
    const { caller } = await makeUser(h.db);
    const p = posting({ description: DESCRIPTION, company: `Dedup ${randomUUID().slice(0, 6)}` });
    const first = await caller.postings.capture({ posting: p });
    // Same board id, edited page: the same row, left as stored (a capture only adds).
    const again = await caller.postings.capture({
      posting: { ...p, closed: true, title: "Rewritten", url: `${p.url}?utm_source=x` },
    });
    expect(again.postingId).toBe(first.postingId);
    const [row] = await h.db.select().from(schema.jobPostings).where(eq(schema.jobPostings.id, first.postingId));
    expect(row).toMatchObject({ closed: false, title: p.title });
    // Same canonical URL from a capture without a board id.
    const byUrl = await caller.postings.capture({
      posting: { ...p, source: "jsonld", sourceId: null, url: `${p.url}#top` },
    });
    expect(byUrl.postingId).toBe(first.postingId);
    // The same job on an aggregator: a linked copy, and the fit/application attach to the first one.
    const copy = await caller.postings.capture({
      posting: {
        ...p,
        source: "linkedin",
        sourceId: "4100000001",
        url: "https://www.linkedin.com/jobs/view/4100000001",
      },
    });
    expect(copy.postingId).toBe(first.postingId);
    const rows = await h.db.select().from(schema.jobPostings).where(eq(schema.jobPostings.company, p.company));
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.source === "linkedin")?.clusterId).toBe(first.postingId);
    // A different job with the same company/title/place but other wording stays separate.
    const other = await caller.postings.capture({
      posting: {
        ...p,
        sourceId: "other-1",
        url: "https://boards.greenhouse.io/acme/jobs/other-1",
        description:
          "Join our warehouse robotics team to design embedded firmware in C for motor controllers, write hardware bring-up scripts, and support manufacturing lines in three countries across Europe and Asia every quarter.",
      },
    });
    expect(other.postingId).not.toBe(first.postingId);
  });

  it("never rewrites shared data: a crafted page cannot pose as a board job, nor change an ingested one", async () => {
    const { caller } = await makeUser(h.db);
    const company = `Ingested ${randomUUID().slice(0, 6)}`;
    const jobId = String(Date.now()).slice(-9);
    const real = posting({ description: DESCRIPTION, company, url: `https://boards.greenhouse.io/acme/jobs/${jobId}` });
    const ingested = normalizePosting(capturedRaw(real), { now: new Date() });
    if (!ingested.ok) throw new Error(ingested.reasons.join());
    await intakePostings(h.db, [ingested.posting], "feed");
    const [before] = await h.db.select().from(schema.jobPostings).where(eq(schema.jobPostings.company, company));
    expect(before).toMatchObject({ source: "greenhouse", sourceId: jobId });

    // A page elsewhere that carries ?gh_jid= and claims the Greenhouse id: its own namespace.
    const crafted = await caller.postings.capture({
      posting: {
        ...real,
        title: "Send Your Password",
        url: `https://evil.example/careers?gh_jid=${jobId}`,
        description: "Totally different text about something else entirely, for phishing purposes only.",
      },
    });
    expect(crafted.postingId).not.toBe(before?.id);
    const [craftedRow] = await h.db
      .select()
      .from(schema.jobPostings)
      .where(eq(schema.jobPostings.id, crafted.postingId));
    expect(craftedRow).toMatchObject({ source: "web", sourceId: `evil.example/careers?gh_jid=${jobId}` });

    // The real board URL with edited content: matched, returned, not rewritten.
    const edited = await caller.postings.capture({
      posting: {
        ...real,
        title: "Rewritten",
        salary: { min: 1, max: 2, currency: "USD", period: "hour" },
        closed: true,
      },
    });
    expect(edited.postingId).toBe(before?.id);
    const [after] = await h.db
      .select()
      .from(schema.jobPostings)
      .where(eq(schema.jobPostings.id, before?.id ?? ""));
    expect(after).toEqual({ ...before, updatedAt: after?.updatedAt, lastSeenAt: after?.lastSeenAt });

    // The feed itself still refreshes its own row.
    const refreshed = normalizePosting(capturedRaw({ ...real, title: "Senior Backend Engineer II" }), {
      now: new Date(),
    });
    if (!refreshed.ok) throw new Error(refreshed.reasons.join());
    expect(await intakePostings(h.db, [refreshed.posting], "feed")).toMatchObject({ updated: 1 });
  });

  it("reports the tracked application on capture, including from another source's copy", async () => {
    const { caller } = await makeUser(h.db);
    const p = posting({ description: DESCRIPTION, company: `Tracked ${randomUUID().slice(0, 6)}` });
    const { application } = await caller.applications.track({ posting: p, clientRequestId: randomUUID() });
    const out = await caller.postings.capture({ posting: p });
    expect(out.application).toMatchObject({ id: application.id, stage: "prospect" });
    const copy = await caller.postings.capture({
      posting: { ...p, source: "indeed", sourceId: "abc123", url: "https://www.indeed.com/viewjob?jk=abc123" },
    });
    expect(copy.application?.id).toBe(application.id);
    expect(
      (await caller.applications.statusForUrl({ url: "https://www.indeed.com/viewjob?jk=abc123" }))?.applicationId,
    ).toBe(application.id);
  });

  it("estimates a missing salary from stored postings with the same title, labelled as an estimate", async () => {
    const { caller } = await makeUser(h.db);
    const title = `Platform Engineer ${randomUUID().slice(0, 4)}`;
    for (const base of [90_000, 100_000, 110_000, 120_000, 130_000])
      await caller.postings.capture({
        posting: posting({ title, salary: { min: base, max: base + 20_000, currency: "USD", period: "year" } }),
      });
    const out = await caller.postings.capture({ posting: posting({ title, salary: null }) });
    expect(out.fit.salary).toMatchObject({ estimate: true, currency: "USD" });
    expect(out.fit.salary?.sampleSize).toBeGreaterThanOrEqual(3);
    const stated = await caller.postings.capture({
      posting: posting({ title, salary: { min: 1, max: 2, currency: "USD", period: "hour" } }),
    });
    expect(stated.fit.salary).toMatchObject({ estimate: false, period: "hour" });
  });

  it("rejects a malformed posting with field errors", async () => {
    const { caller } = await makeUser(h.db);
    const err = await errorOf(
      caller.postings.capture({ posting: { ...posting(), url: "not a url", remote: "sometimes" } as never }),
    );
    expect(err.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(err.cause)).toMatch(/url/);
  });

  it("hides another user's postings", async () => {
    const a = await makeUser(h.db, "a");
    const b = await makeUser(h.db, "b");
    const out = await a.caller.postings.capture({ posting: posting() });
    expect((await errorOf(b.caller.postings.get({ id: out.postingId }))).code).toBe("NOT_FOUND");
    expect((await errorOf(b.caller.postings.fit({ postingId: out.postingId }))).code).toBe("NOT_FOUND");
    expect((await errorOf(b.caller.postings.get({ id: randomUUID() }))).code).toBe("NOT_FOUND");
  });
});
