import {
  bm25Score,
  buildQuery,
  CollectionStats,
  fieldTerms,
  MIN_COLLECTION,
  queryWeights,
} from "@vanta/shared/match/bm25";
import { postingFeatures } from "@vanta/shared/match/features";
import { prepareBatch } from "@vanta/shared/match/rank";
import { describe, expect, it } from "vitest";

// BM25F over hand-made postings: rare terms weigh more than common ones, the title is its own
// (boosted) field, long bodies are normalized, repeated terms saturate, and the statistics come
// from the collection given, not from the postings being scored.

const doc = (title: string, description: string) => ({ title, description });

/** A collection where "engineer" is everywhere and "kafka" rare, with enough postings to be used. */
function collection(): CollectionStats {
  const docs = [];
  for (let i = 0; i < MIN_COLLECTION; i++)
    docs.push(doc(`Engineer ${i % 7}`, `We hire an engineer to build things. Team ${i}. Office work.`));
  docs.push(doc("Streaming Engineer", "Kafka pipelines"));
  return CollectionStats.of(docs);
}

function score(stats: CollectionStats, query: string, d: { title: string; description: string }): number {
  const q = buildQuery(queryWeights({ text: query, titles: [], skills: [] }), stats);
  return bm25Score(q, postingFeatures({ ...base, ...d }, stats).vector);
}

const base = {
  company: "Acme",
  locations: [],
  remote: "unknown" as const,
  employmentType: null,
  salary: null,
  postedAt: null,
  closed: false,
  source: "test",
  sourceId: null,
  url: "https://example.invalid/",
};

describe("BM25F text relevance", () => {
  it("weighs a rare term above a common one (idf from the collection)", () => {
    const stats = collection();
    const rare = score(stats, "kafka", doc("Developer", "We use kafka daily."));
    const common = score(stats, "engineer", doc("Developer", "We need an engineer daily."));
    expect(rare).toBeGreaterThan(2 * common);
    expect(stats.reliable).toBe(true);
  });

  it("counts a term in the title more than the same term in the body", () => {
    const stats = collection();
    const inTitle = score(stats, "kafka", doc("Kafka Developer", "Build data products for customers."));
    const inBody = score(stats, "kafka", doc("Developer", "Build kafka data products for customers."));
    expect(inTitle).toBeGreaterThan(inBody);
  });

  it("normalizes body length and saturates repeated terms", () => {
    const stats = collection();
    const filler = " Our office has a nice garden and friendly people.".repeat(40);
    const short = score(stats, "kafka", doc("Developer", "We use kafka."));
    const long = score(stats, "kafka", doc("Developer", `We use kafka.${filler}`));
    expect(short).toBeGreaterThan(long);
    const once = score(stats, "kafka", doc("Developer", "kafka"));
    const tenTimes = score(stats, "kafka", doc("Developer", "kafka ".repeat(10)));
    expect(tenTimes).toBeGreaterThan(once);
    expect(tenTimes).toBeLessThan(3 * once);
  });

  it("uses the collection's statistics, not those of the postings scored", () => {
    const stats = collection();
    // scored alone, the pool "kafka kafka" would make kafka common; the collection says it is rare
    const pool = [doc("Kafka Engineer", "kafka"), doc("Kafka Developer", "kafka streams")];
    const poolStats = CollectionStats.of(pool);
    expect(poolStats.reliable).toBe(false);
    const batch = prepareBatch(
      pool.map((d) => ({ ...base, ...d })),
      stats,
    );
    expect(batch.stats).toBe(stats);
    expect(batch.features.every((f) => f.vector.collection)).toBe(true);
    expect(stats.idf(fieldTerms(doc("kafka", "")).title.keys().next().value!)).toBeGreaterThan(
      stats.idf(fieldTerms(doc("engineer", "")).title.keys().next().value!),
    );
  });

  it("boosts the profile's titles and skills in the query", () => {
    const w = queryWeights({ text: "Data Analyst\nSQL and Tableau", titles: ["Data Analyst"], skills: ["SQL"] });
    const stats = new CollectionStats();
    const q = buildQuery(w, stats);
    const t = (word: string) => w.get(fieldTerms(doc(word, "")).title.keys().next().value!) ?? 0;
    expect(t("analyst")).toBeGreaterThan(t("tableau"));
    expect(t("sql")).toBeGreaterThan(t("tableau"));
    expect(q.ceiling).toBeGreaterThan(0);
    expect(q.collection).toBe(false);
  });
});
