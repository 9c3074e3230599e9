import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// `vanta rank --profile` with the profile forms people have: resume text only, a JSON Resume,
// an applicant profile. The resume is parsed, so titles and level are real factors.

const ROOT = join(import.meta.dirname, "../../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const dir = mkdtempSync(join(tmpdir(), "vanta-rank-"));

function vanta(...args: string[]) {
  const r = spawnSync(TSX, ["server/src/cli/main.ts", ...args], { cwd: ROOT, encoding: "utf8" });
  const lines = r.stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; score: number; factors: Record<string, number> });
  return { code: r.status, stderr: r.stderr, lines };
}

function file(name: string, json: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(json));
  return p;
}

const postings = join(ROOT, "tests/fixtures/rank/postings.jsonl");
const rank = (profile: string) => vanta("rank", "--profile", profile, "--postings", postings, "--today", "2026-01-15");

const resume = {
  basics: { name: "Alex Rivera", label: "Senior Backend Engineer" },
  work: [
    {
      name: "Northwind Logistics",
      position: "Senior Backend Engineer",
      startDate: "2020-01",
      highlights: ["Event-driven microservices on AWS with Kafka and PostgreSQL", "Kubernetes migration"],
    },
    { name: "Blue Fin Labs", position: "Software Engineer", startDate: "2017-06", endDate: "2019-12" },
  ],
  skills: [{ name: "Backend", keywords: ["Java", "Kotlin", "Go", "Kafka", "PostgreSQL", "AWS", "Kubernetes"] }],
};

describe("vanta rank --profile forms", () => {
  it('ranks from {"resumeText"} alone with derived title and seniority factors', () => {
    const r = rank(
      file("text.json", {
        resumeText:
          "Alex Rivera\nNorthwind Logistics | Senior Backend Engineer | 2020 - present\nKafka, PostgreSQL and Kubernetes on AWS; Java and Go services.\nBlue Fin Labs | Software Engineer | 2017 - 2019",
      }),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.lines[0]!.id).toBe("be-1");
    expect(r.lines[0]!.score).toBeGreaterThanOrEqual(70);
    expect(r.lines.find((l) => l.id === "sales-1")!.score).toBeLessThanOrEqual(40);
    expect(new Set(r.lines.map((l) => l.factors.title)).size).toBeGreaterThan(2);
  });

  it('ranks from {"resume": JSON Resume} and from an applicant profile the same way', () => {
    const a = rank(file("resume.json", { resume }));
    expect(a.code, a.stderr).toBe(0);
    expect(a.lines[0]!.id).toBe("be-1");
    expect(a.lines[0]!.score).toBeGreaterThanOrEqual(70);
    const b = rank(file("applicant.json", { ...resume, application: { referralSource: "LinkedIn" } }));
    expect(b.code, b.stderr).toBe(0);
    expect(b.lines).toEqual(a.lines);
  });

  it("exits 2 naming the field of a malformed resume", () => {
    const r = rank(file("bad.json", { resume: { work: [{ position: "Engineer", startDate: "spring" }] } }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/resume\.work\.0\.startDate/);
  });
});
