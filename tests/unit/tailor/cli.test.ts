import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { POSTING_FILE, RESUME_FILE } from "./fixtures.ts";

// The real CLI, spawned through tsx as `pnpm --silent vanta` does: JSON on stdout, exit 2 on bad input.
const ROOT = join(import.meta.dirname, "../../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");

function vanta(...args: string[]) {
  const r = spawnSync(TSX, ["server/src/cli/main.ts", ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, stderr: r.stderr, json: r.status === 0 ? JSON.parse(r.stdout) : null, stdout: r.stdout };
}

const both = ["--resume", RESUME_FILE, "--posting", POSTING_FILE];

describe("vanta tailor / ats-score / cover-letter / export", () => {
  it("tailor prints resume, provenance and flags", () => {
    const r = vanta("tailor", ...both);
    expect(r.code, r.stderr).toBe(0);
    expect(Object.keys(r.json)).toEqual(["resume", "provenance", "flags"]);
    expect(r.json.resume.work[0].name).toBe("Larkspur Payments");
    expect(r.json.provenance[0]).toEqual({ path: expect.any(String), sources: expect.any(Array) });
    expect(r.json.flags).toEqual([]);
  });

  it("tailor ignores the applicant's application object", () => {
    const dir = mkdtempSync(join(tmpdir(), "vanta-tailor-"));
    const file = join(dir, "applicant.json");
    const applicant = JSON.parse(readFileSync(RESUME_FILE, "utf8"));
    applicant.application = { salary: { amount: 200000 }, eeo: { gender: "decline" } };
    writeFileSync(file, JSON.stringify(applicant));
    const r = vanta("tailor", "--resume", file, "--posting", POSTING_FILE);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain("application");
    expect(r.stdout).not.toContain("200000");
  });

  it("ats-score prints score, parts, keywords and issues", () => {
    const r = vanta("ats-score", ...both);
    expect(r.code, r.stderr).toBe(0);
    expect(Object.keys(r.json)).toEqual(["score", "parts", "keywords", "issues"]);
    expect(Object.keys(r.json.parts)).toEqual(["parseability", "keywords", "impact"]);
    expect(r.json.keywords.missing).toContain("Kafka");
    expect(r.json.issues[0]).toEqual({
      path: expect.any(String),
      message: expect.any(String),
      suggestion: expect.any(String),
    });
  });

  it("cover-letter prints text, provenance and flags", () => {
    const r = vanta("cover-letter", ...both);
    expect(r.code, r.stderr).toBe(0);
    expect(Object.keys(r.json)).toEqual(["text", "provenance", "flags"]);
    expect(r.json.text).toContain("Quillstone");
  });

  it("export writes a PDF and a DOCX", () => {
    const dir = mkdtempSync(join(tmpdir(), "vanta-export-"));
    for (const format of ["pdf", "docx"]) {
      const out = join(dir, `r.${format}`);
      const r = vanta("export", "--resume", RESUME_FILE, "--format", format, "--out", out);
      expect(r.code, r.stderr).toBe(0);
      const head = readFileSync(out).subarray(0, 4).toString("latin1");
      expect(head).toBe(format === "pdf" ? "%PDF" : "PK\u0003\u0004");
    }
  });

  it.each([
    [["tailor", "--resume", RESUME_FILE], /usage: vanta tailor/],
    [["ats-score", "--resume", "/nonexistent.json", "--posting", POSTING_FILE], /cannot read resume/],
    [["cover-letter", "--resume", POSTING_FILE, "--posting", POSTING_FILE], /no name, work or skills/],
    [["tailor", "--resume", RESUME_FILE, "--posting", RESUME_FILE], /invalid posting.*title/],
    [["export", "--resume", RESUME_FILE, "--format", "odt", "--out", "/tmp/x.odt"], /--format must be pdf or docx/],
  ])("exits 2 on bad input %#", (args, message) => {
    const r = vanta(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });
});
