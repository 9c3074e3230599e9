import { randomUUID } from "node:crypto";
import type { DbHandle } from "@vanta/db";
import { schema } from "@vanta/db";
import { createLogger } from "@vanta/server/log";
import { refreshFeed } from "@vanta/server/services/feed/refresh";
import type { FeedListInput } from "@vanta/shared/api/feed";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { createTestDb } from "../../support/db.ts";
import { errorOf, makeUser, posting } from "./support.ts";

let h: DbHandle;
let owner: Awaited<ReturnType<typeof makeUser>>;
let other: Awaited<ReturnType<typeof makeUser>>;

interface Seeded {
  id: string;
  score: number;
  company: string;
  remote: "remote" | "hybrid" | "onsite";
  postedAt: string;
  salaryMax: number | null;
  estimateMax: number | null;
  location: string;
}
const seeded: Seeded[] = [];
const N = 37;

function fit(score: number, passed: boolean) {
  return {
    score,
    passed,
    filters: [],
    factors: { semantic: 0.5, skills: 0.5, title: 0.5, seniority: 0.5, salary: 0.5, freshness: 0.5 },
    requirements: [],
    improvements: [],
    salary: null,
    rationale: `score ${score}`,
  };
}

beforeAll(async () => {
  h = await createTestDb();
  owner = await makeUser(h.db, "feed");
  other = await makeUser(h.db, "other");
  const remotes = ["remote", "hybrid", "onsite"] as const;
  for (let i = 0; i < N; i++) {
    // Ties on score and on date on purpose: the keyset must still visit every row exactly once.
    const s: Omit<Seeded, "id"> = {
      score: 40 + (i % 7) * 8,
      company: i % 5 === 0 ? `Globex ${i}` : `Initech ${i}`,
      remote: remotes[i % 3]!,
      postedAt: `2026-11-${String(1 + (i % 20)).padStart(2, "0")}`,
      salaryMax: i % 4 === 0 ? null : 9_000_000 + i * 100_000,
      estimateMax: i % 4 === 0 && i % 8 === 0 ? 11_000_000 : null,
      location: i % 2 ? "Berlin, DE" : "Lisbon, PT",
    };
    const [p] = await h.db
      .insert(schema.jobPostings)
      .values({
        source: "seed",
        sourceId: `feed-${i}`,
        company: s.company,
        title: `Engineer ${i}`,
        locations: [s.location],
        remote: s.remote,
        salaryMinCents: s.salaryMax === null ? null : s.salaryMax - 1_000_000,
        salaryMaxCents: s.salaryMax,
        salaryCurrency: s.salaryMax === null ? null : "EUR",
        salaryPeriod: s.salaryMax === null ? null : "year",
        url: `https://example.test/jobs/${i}`,
        canonicalUrl: `https://example.test/jobs/${i}`,
        fingerprint: `seed|engineer ${i}|x`,
        postedAt: s.postedAt,
      })
      .returning({ id: schema.jobPostings.id });
    seeded.push({ ...s, id: p!.id });
    await h.db.insert(schema.postingEnrichments).values({
      userId: owner.user.id,
      postingId: p!.id,
      score: s.score,
      passed: s.score >= 50,
      factors: fit(s.score, s.score >= 50),
      rationale: `score ${s.score}`,
      salaryEstimateMinCents: s.estimateMax === null ? null : s.estimateMax - 2_000_000,
      salaryEstimateMaxCents: s.estimateMax,
      salaryEstimateCurrency: s.estimateMax === null ? null : "EUR",
      salaryEstimateSample: s.estimateMax === null ? null : 12,
    });
  }
  // A closed posting never shows.
  const [closed] = await h.db
    .insert(schema.jobPostings)
    .values({
      source: "seed",
      sourceId: "feed-closed",
      company: "Closed Inc",
      title: "Closed",
      url: "https://example.test/closed",
      canonicalUrl: "https://example.test/closed",
      fingerprint: "closed",
      closed: true,
    })
    .returning({ id: schema.jobPostings.id });
  await h.db
    .insert(schema.postingEnrichments)
    .values({ userId: owner.user.id, postingId: closed!.id, score: 99, passed: true, factors: fit(99, true) });
});
afterAll(async () => {
  await h?.close();
});

type Caller = typeof owner.caller;
type ListInput = NonNullable<z.input<typeof FeedListInput>>;

async function all(caller: Caller, input: Omit<ListInput, "cursor">) {
  const items = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const page = await caller.feed.list({ ...input, cursor });
    expect(page.items.length).toBeLessThanOrEqual(input.limit ?? 20);
    items.push(...page.items);
    if (!page.nextCursor) return items;
    cursor = page.nextCursor;
  }
  throw new Error("pagination did not end");
}

const salaryKey = (s: Seeded) => s.salaryMax ?? s.estimateMax ?? -1;

describe("feed.list", () => {
  it("pages through every item exactly once, best score first", async () => {
    const items = await all(owner.caller, { limit: 5, sort: "score" });
    expect(items.map((i) => i.posting.id).sort()).toEqual(seeded.map((s) => s.id).sort());
    const expected = [...seeded].sort((a, b) => b.score - a.score || (a.id < b.id ? 1 : -1)).map((s) => s.id);
    expect(items.map((i) => i.posting.id)).toEqual(expected);
    expect(items[0]).toMatchObject({ saved: false, hidden: false, rationale: `score ${items[0]!.score}` });
  });

  it("sorts by date and by salary (stated, else the estimate, else last)", async () => {
    const byDate = await all(owner.caller, { limit: 7, sort: "date" });
    expect(byDate.map((i) => i.posting.id)).toEqual(
      [...seeded].sort((a, b) => b.postedAt.localeCompare(a.postedAt) || (a.id < b.id ? 1 : -1)).map((s) => s.id),
    );
    const bySalary = await all(owner.caller, { limit: 6, sort: "salary" });
    expect(bySalary.map((i) => i.posting.id)).toEqual(
      [...seeded].sort((a, b) => salaryKey(b) - salaryKey(a) || (a.id < b.id ? 1 : -1)).map((s) => s.id),
    );
    const estimated = bySalary.find((i) => i.salary?.estimate);
    expect(estimated?.salary).toMatchObject({ max: 110000, currency: "EUR", estimate: true, sampleSize: 12 });
    const stated = bySalary.find((i) => i.salary && !i.salary.estimate);
    expect(stated?.salary?.period).toBe("year");
  });

  it("filters by remote, location, salary, company, score and recency", async () => {
    const check = async (filters: ListInput["filters"], want: (s: Seeded) => boolean) => {
      const items = await all(owner.caller, { limit: 50, sort: "score", filters });
      expect(items.map((i) => i.posting.id).sort()).toEqual(
        seeded
          .filter(want)
          .map((s) => s.id)
          .sort(),
      );
    };
    await check({ remote: "remote" }, (s) => s.remote === "remote");
    await check({ remote: ["remote", "hybrid"] }, (s) => s.remote !== "onsite");
    await check({ location: "berlin" }, (s) => s.location.startsWith("Berlin"));
    await check({ minSalary: 100_000 }, (s) => salaryKey(s) >= 10_000_000);
    await check({ company: "globex" }, (s) => s.company.startsWith("Globex"));
    await check({ minScore: 72 }, (s) => s.score >= 72);
    for (const days of [10, 30]) {
      const cutoff = new Date(Date.now() - days * 86400_000).toISOString().slice(0, 10);
      await check({ postedWithinDays: days }, (s) => s.postedAt >= cutoff);
    }
    await check({ company: "%" }, () => false);
    await check(
      { remote: "onsite", minScore: 56, location: "lisbon" },
      (s) => s.remote === "onsite" && s.score >= 56 && s.location.startsWith("Lisbon"),
    );
  });

  it("rejects a bad limit, sort or cursor, and a cursor from another sort", async () => {
    for (const bad of [{ limit: 51 }, { limit: 0 }, { sort: "random" }, { filters: { minScore: 101 } }])
      expect((await errorOf(owner.caller.feed.list(bad as never))).code).toBe("BAD_REQUEST");
    expect((await errorOf(owner.caller.feed.list({ cursor: "garbage" }))).code).toBe("BAD_REQUEST");
    const page = await owner.caller.feed.list({ limit: 2, sort: "score" });
    const err = await errorOf(owner.caller.feed.list({ limit: 2, sort: "date", cursor: page.nextCursor! }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toMatch(/another sort/);
    expect(JSON.stringify(err.cause)).toContain("cursor");
  });

  it("gives another user their own scores and state for the same public postings", async () => {
    await owner.caller.feed.save({ postingId: seeded[0]!.id, saved: true });
    await owner.caller.feed.hide({ postingId: seeded[1]!.id });
    const theirs = await all(other.caller, { limit: 50, sort: "score" });
    expect(theirs.map((i) => i.posting.id)).toEqual(expect.arrayContaining(seeded.map((x) => x.id)));
    expect(theirs.every((i) => !i.saved && !i.hidden)).toBe(true);
    // Scored for them by the matcher, not copied from the owner's rows.
    expect(theirs.some((i) => i.rationale?.startsWith("score "))).toBe(false);
    await owner.caller.feed.hide({ postingId: seeded[1]!.id, hidden: false });
    await owner.caller.feed.save({ postingId: seeded[0]!.id, saved: false });
  });
});

describe("feed refresh", () => {
  async function ingest(n: number, at: Date) {
    const rows = await h.db
      .insert(schema.jobPostings)
      .values(
        Array.from({ length: n }, (_, i) => {
          const id = randomUUID();
          return {
            source: "ingest-test",
            sourceId: id,
            company: "Umbrella",
            title: `Data Engineer ${i}`,
            description: "Build pipelines in Python and SQL.",
            url: `https://example.test/ingested/${id}`,
            canonicalUrl: `https://example.test/ingested/${id}`,
            fingerprint: `umbrella|${id}`,
            firstSeenAt: at,
          };
        }),
      )
      .returning({ id: schema.jobPostings.id });
    return rows.map((r) => r.id);
  }

  it("scores newly ingested postings into the feed once, and never another user's captures", async () => {
    const reader = await makeUser(h.db, "reader");
    const browser = await makeUser(h.db, "browser");
    const captured = await browser.caller.postings.capture({ posting: posting() });
    const first = await ingest(3, new Date());
    const page = await all(reader.caller, { limit: 50, sort: "date" });
    const ids = page.map((i) => i.posting.id);
    expect(ids).toEqual(expect.arrayContaining(first));
    expect(ids).not.toContain(captured.postingId);
    const later = await ingest(1, new Date(Date.now() + 1000));
    const again = await all(reader.caller, { limit: 50, sort: "date" });
    expect(again.map((i) => i.posting.id)).toContain(later[0]);
    const scored = await h.db
      .select()
      .from(schema.postingEnrichments)
      .where(eq(schema.postingEnrichments.userId, reader.user.id));
    expect(scored.length).toBe(new Set(scored.map((r) => r.postingId)).size);
  });

  it("rescores the feed after a profile change", async () => {
    const { caller } = await makeUser(h.db, "changer");
    const p = posting({ company: `Initrode ${randomUUID().slice(0, 4)}` });
    const captured = await caller.postings.capture({ posting: p });
    expect(captured.fit.passed).toBe(true);
    await caller.profile.update({ excludedCompanies: [p.company] });
    const items = await all(caller, { limit: 50, sort: "score" });
    const item = items.find((i) => i.posting.id === captured.postingId);
    expect(item?.passed).toBe(false);
    expect((await caller.postings.fit({ postingId: captured.postingId })).fit.filters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: "company", passed: false })]),
    );
  });

  it("catches up batch by batch when one ingest run stamped many postings with the same time", async () => {
    const reader = await makeUser(h.db, "batch");
    const svc = {
      db: h.db,
      userId: reader.user.id,
      requestId: "t",
      log: createLogger({}, () => {}),
      files: reader.files,
    };
    // Everything older is already scored for this reader; then five postings arrive at once.
    await refreshFeed(svc, 1000);
    const at = new Date(Date.now() + 5000);
    const fresh = await ingest(5, at);
    const counts = [];
    for (let i = 0; i < 4; i++)
      counts.push((await refreshFeed({ ...svc, now: () => new Date(at.getTime() + 1) }, 2)).scored);
    expect(counts).toEqual([2, 2, 1, 0]);
    const mine = await h.db
      .select({ postingId: schema.postingEnrichments.postingId })
      .from(schema.postingEnrichments)
      .where(eq(schema.postingEnrichments.userId, reader.user.id));
    expect(mine.map((r) => r.postingId)).toEqual(expect.arrayContaining(fresh));
  });
});

describe("feed.hide / save / view", () => {
  it("hides an item from the feed, and unhides it", async () => {
    const target = seeded[3]!;
    const before = await all(owner.caller, { limit: 50, sort: "score" });
    expect(await owner.caller.feed.hide({ postingId: target.id })).toMatchObject({ hidden: true });
    const items = await all(owner.caller, { limit: 50, sort: "score" });
    expect(items.map((i) => i.posting.id)).not.toContain(target.id);
    expect(items).toHaveLength(before.length - 1);
    await owner.caller.feed.hide({ postingId: target.id, hidden: false });
    expect((await all(owner.caller, { limit: 50, sort: "score" })).map((i) => i.posting.id)).toContain(target.id);
  });

  it("saves and unsaves an item", async () => {
    const target = seeded[5]!;
    await owner.caller.feed.save({ postingId: target.id, saved: true });
    const items = await all(owner.caller, { limit: 50, sort: "score" });
    expect(items.find((i) => i.posting.id === target.id)?.saved).toBe(true);
    await owner.caller.feed.save({ postingId: target.id, saved: false });
    const again = await all(owner.caller, { limit: 50, sort: "score" });
    expect(again.find((i) => i.posting.id === target.id)?.saved).toBe(false);
  });

  it("records a posting_view event per view", async () => {
    const target = seeded[7]!;
    await owner.caller.feed.view({ postingId: target.id });
    await owner.caller.feed.view({ postingId: target.id });
    const events = await h.db
      .select()
      .from(schema.userEvents)
      .where(and(eq(schema.userEvents.userId, owner.user.id), eq(schema.userEvents.type, "posting_view")));
    expect(events.filter((e) => e.entityId === target.id)).toHaveLength(2);
    const items = await all(owner.caller, { limit: 50, sort: "score" });
    expect(items.find((i) => i.posting.id === target.id)?.viewed).toBe(true);
  });

  it("is NOT_FOUND for postings the user never reached, and leaves the owner's state alone", async () => {
    const target = seeded[9]!;
    const stranger = await makeUser(h.db, "stranger");
    await owner.caller.feed.save({ postingId: target.id, saved: true });
    for (const call of [
      stranger.caller.feed.hide({ postingId: target.id }),
      stranger.caller.feed.save({ postingId: target.id, saved: false }),
      stranger.caller.feed.view({ postingId: target.id }),
      owner.caller.feed.hide({ postingId: randomUUID() }),
    ])
      expect((await errorOf(call)).code).toBe("NOT_FOUND");
    const items = await all(owner.caller, { limit: 50, sort: "score" });
    expect(items.find((i) => i.posting.id === target.id)).toMatchObject({ saved: true, hidden: false });
  });
});
