import { createFeaturesCache } from "@vanta/server/services/feed/features-cache";
import { CollectionStats } from "@vanta/shared/match/bm25";
import { postingFeatures } from "@vanta/shared/match/features";
import { profileFeatures } from "@vanta/shared/match/profile-features";
import { fitFromFeatures } from "@vanta/shared/match/score";
import type { Posting } from "@vanta/shared/posting";
import { describe, expect, it } from "vitest";
import { loadPostings, loadProfile } from "../match/fixtures.ts";

const postings = loadPostings();
const stats = CollectionStats.of(postings);
const first = postings[0] as (typeof postings)[number];
const { id, ...posting } = first;

describe("posting features cache", () => {
  it("hits for the same posting, content and statistics, and gives what a fresh computation gives", () => {
    const cache = createFeaturesCache();
    const a = cache.features(id, posting, stats);
    const b = cache.features(id, { ...posting }, stats);
    expect(b).toBe(a);
    expect(cache.hits).toBe(1);
    expect(cache.misses).toBe(1);
    const fresh = postingFeatures(posting, stats);
    const pf = profileFeatures(loadProfile("profile-backend.json"), stats, 2026);
    const ctx = { today: "2026-01-15", stats };
    expect(fitFromFeatures(pf, b, ctx)).toEqual(fitFromFeatures(pf, fresh, ctx));
  });

  it("recomputes when the posting changed (description, places) under the same id", () => {
    const cache = createFeaturesCache();
    const a = cache.features(id, posting, stats);
    const edited: Posting = { ...posting, description: `${posting.description}\n- Experience with Rust` };
    const b = cache.features(id, edited, stats);
    expect(b).not.toBe(a);
    expect(b.skills.has("rust")).toBe(true);
    expect(a.skills.has("rust")).toBe(false);
    const moved = cache.features(id, { ...edited, locations: ["Berlin, Germany"] }, stats);
    expect(moved).not.toBe(b);
    expect(moved.posting.locations).toEqual(["Berlin, Germany"]);
    expect(cache.misses).toBe(3);
    expect(cache.hits).toBe(0);
  });

  it("recomputes when the collection statistics were rebuilt", () => {
    const cache = createFeaturesCache();
    const a = cache.features(id, posting, stats);
    const rebuilt = CollectionStats.of(postings.slice(0, 2));
    const b = cache.features(id, posting, rebuilt);
    expect(b).not.toBe(a);
    expect(b.vector).toEqual(postingFeatures(posting, rebuilt).vector);
  });

  it("is bounded, evicting the least recently used posting", () => {
    const cache = createFeaturesCache(2);
    const [p1, p2, p3] = postings.slice(0, 3).map(({ id: _id, ...p }) => p) as [Posting, Posting, Posting];
    const f1 = cache.features("p1", p1, stats);
    cache.features("p2", p2, stats);
    expect(cache.features("p1", p1, stats)).toBe(f1); // p1 now most recent
    cache.features("p3", p3, stats); // evicts p2
    expect(cache.size).toBe(2);
    expect(cache.features("p1", p1, stats)).toBe(f1);
    const misses = cache.misses;
    cache.features("p2", p2, stats);
    expect(cache.misses).toBe(misses + 1);
  });
});
