import { randomUUID } from "node:crypto";
import type { DbHandle } from "@vanta/db";
import { schema } from "@vanta/db";
import { undigestedTopPostings } from "@vanta/db/queries/digest";
import { intakePostings } from "@vanta/server/services/postings/intake";
import { capturedRaw } from "@vanta/server/services/postings/to-raw";
import { titleClassifier } from "@vanta/shared/normalize/classify";
import { normalizePosting } from "@vanta/shared/normalize/from-raw";
import type { Posting } from "@vanta/shared/posting";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../support/db.ts";
import { makeUser, posting } from "./support.ts";

// One role posted in three cities (three requisitions; the middle one lists two cities and so
// bridges them) is one cluster: one card that lists all three places and that a location filter
// or a hard location filter on any of them matches.

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => {
  await h?.close();
});

const TEXT = `Join the platform team to build the services behind our payments product.
You will design APIs in TypeScript, run PostgreSQL at scale, and own reliability for the checkout path.
Requirements: 3+ years of backend experience, strong SQL, and care for clear written design documents.
We offer a relocation package, a learning budget, and a team that ships every day.`;

async function ingest(p: Posting) {
  const n = normalizePosting(capturedRaw(p), { now: new Date(), classify: titleClassifier });
  if (!n.ok) throw new Error(n.reasons.join("; "));
  const { stored } = await intakePostings(h.db, [n.posting], "feed");
  return stored[0]!;
}

describe("a cluster that spans locations", () => {
  it("shows every city on its card and matches a filter on any of them", async () => {
    const company = `Multicity ${randomUUID().slice(0, 6)}`;
    const req = (id: number, locations: string[]) =>
      posting({
        title: "Backend Engineer",
        company,
        description: TEXT,
        locations,
        remote: "onsite",
        url: `https://boards.greenhouse.io/multicity/jobs/${id}`,
      });
    const ny = await ingest(req(7100001, ["New York, NY, US"]));
    const both = await ingest(req(7100002, ["New York, NY, US", "Austin, TX, US"]));
    const tx = await ingest(req(7100003, ["Austin, TX, US", "Seattle, WA, US"]));
    expect([both.rootId, tx.rootId]).toEqual([ny.id, ny.id]);
    const rows = await h.db.select().from(schema.jobPostings).where(eq(schema.jobPostings.company, company));
    expect(rows).toHaveLength(3);

    const { caller, user } = await makeUser(h.db);
    await caller.profile.update({ locations: ["Seattle, WA"], remote: ["onsite", "hybrid"] });
    const page = await caller.feed.list({ limit: 50 });
    const cards = page.items.filter((i) => i.posting.company === company);
    // one card (the cluster's root), listing the three places, the root's first
    expect(cards).toHaveLength(1);
    expect(cards[0]?.posting.id).toBe(ny.id);
    expect(cards[0]?.posting.locations).toEqual(["New York, NY, US", "Austin, TX, US", "Seattle, WA, US"]);
    // the hard location filter passes on a member's city (Seattle is not the root's)
    const fit = await caller.postings.fit({ postingId: ny.id });
    expect(fit.fit.filters.find((f) => f.name === "location")).toMatchObject({ passed: true });

    // the feed's location filter matches any member's place
    for (const place of ["New York", "Austin", "Seattle"]) {
      const hits = await caller.feed.list({ limit: 50, filters: { location: place } });
      expect(hits.items.filter((i) => i.posting.company === company).map((i) => i.posting.id)).toEqual([ny.id]);
    }
    const none = await caller.feed.list({ limit: 50, filters: { location: "Berlin" } });
    expect(none.items.filter((i) => i.posting.company === company)).toEqual([]);

    // the side panel and the digest list the same places
    expect((await caller.postings.get({ id: ny.id })).locations).toEqual([
      "New York, NY, US",
      "Austin, TX, US",
      "Seattle, WA, US",
    ]);
    const digest = (await undigestedTopPostings(h.db, user.id, 50)).find((d) => d.postingId === ny.id);
    expect(digest?.locations).toHaveLength(3);
  });

  it("keeps the same role in two cities that nothing bridges as two cards", async () => {
    const company = `Twocity ${randomUUID().slice(0, 6)}`;
    const base = { title: "Backend Engineer", company, description: TEXT, remote: "onsite" as const };
    const a = await ingest(
      posting({ ...base, locations: ["Denver, CO, US"], url: "https://boards.greenhouse.io/twocity/jobs/7200001" }),
    );
    const b = await ingest(
      posting({ ...base, locations: ["Boston, MA, US"], url: "https://boards.greenhouse.io/twocity/jobs/7200002" }),
    );
    expect(b.rootId).toBe(b.id);
    expect(a.rootId).toBe(a.id);
  });
});
