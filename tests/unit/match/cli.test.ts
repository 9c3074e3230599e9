import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The real CLI, spawned through tsx as `pnpm --silent vanta` does.
const ROOT = join(import.meta.dirname, "../../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");

function vanta(...args: string[]) {
  const r = spawnSync(TSX, ["server/src/cli/main.ts", ...args], { cwd: ROOT, encoding: "utf8" });
  const raw = r.stdout.trim().split("\n").filter(Boolean);
  // a non-JSON stdout line fails the test with the whole output in the message
  const lines = raw.map((l) => {
    try {
      return JSON.parse(l);
    } catch {
      throw new Error(`stdout line is not JSON: ${l}\nstderr: ${r.stderr}`);
    }
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines };
}

describe("vanta rank", () => {
  const args = [
    "rank",
    "--profile",
    "tests/fixtures/rank/profile-backend.json",
    "--postings",
    "tests/fixtures/rank/postings.jsonl",
    "--today",
    "2026-01-15",
  ];

  it("prints one line per valid posting, best first, and reports bad lines", () => {
    const r = vanta(...args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.lines).toHaveLength(8);
    for (const l of r.lines) expect(Object.keys(l)).toEqual(["id", "score", "passed", "factors"]);
    expect(r.lines[0].id).toBe("be-1");
    const passed = r.lines.filter((l) => l.passed).map((l) => l.score);
    expect(passed).toEqual([...passed].sort((a, b) => b - a));
    expect(r.stderr).toContain("skipped line 8");
    expect(r.stderr).toContain("skipped line 9");
  });

  it("honors --top with the same order and scores as the full run (deterministic)", () => {
    const full = vanta(...args);
    const top = vanta(...args, "--top", "2");
    expect(top.lines.map((l) => l.id)).toEqual(["be-1", "be-2"]);
    expect(top.lines).toEqual(full.lines.slice(0, 2));
  });

  it("exits 2 on a bad profile", () => {
    const r = vanta(
      "rank",
      "--profile",
      "tests/fixtures/dedup/expected.json",
      "--postings",
      "tests/fixtures/rank/postings.jsonl",
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/profile needs resumeText/);
    expect(vanta("rank", "--profile", "nope.json", "--postings", "x").code).toBe(2);
  });
});

describe("vanta dedup", () => {
  it("prints {id, cluster, reason} per input line in order", () => {
    const r = vanta("dedup", "tests/fixtures/dedup/postings.jsonl");
    expect(r.code).toBe(0);
    const expected = JSON.parse(readFileSync(join(ROOT, "tests/fixtures/dedup/expected.json"), "utf8")).clusters;
    const lines = r.lines as Array<{
      id: string;
      cluster: string;
      reason: string;
      similarity?: number;
      matched?: string[];
    }>;
    expect(lines.map(({ id, cluster }) => ({ id, cluster }))).toEqual(
      Object.entries(expected).map(([id, cluster]) => ({ id, cluster })),
    );
    // reason on every line: "first" names the cluster, every other line says which rule merged it
    for (const l of lines) {
      if (l.id === l.cluster) expect(l.reason).toBe("first");
      else {
        expect(["sourceId", "url", "fingerprint", "minhash"]).toContain(l.reason);
        expect(l.matched?.map((id) => expected[id])).toEqual([l.cluster, l.cluster]);
      }
      if (l.reason === "minhash") expect(l.similarity).toBeGreaterThan(0);
    }
    const reasonOf = (id: string) => lines.find((l) => l.id === id)?.reason;
    // the Built In copy of an Ashby job: merged on text; a repost on the same board: by its id or text
    expect(reasonOf("builtin-growth")).toBe("minhash");
    expect(new Set(lines.map((l) => l.reason)).size).toBeGreaterThan(2);
  });

  it("exits 2 without a file", () => {
    expect(vanta("dedup").code).toBe(2);
  });
});
