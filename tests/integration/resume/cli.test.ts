import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { column, imageOnlyPdf, pdfWithText } from "../../support/resume-files.ts";

// The real `vanta parse-resume` in a child process: JSON Resume on stdout, exit 2 with a clear message.

const root = resolve(import.meta.dirname, "..", "..", "..");
const dir = mkdtempSync(join(tmpdir(), "vanta-parse-resume-"));

function vanta(args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [
        join(root, "node_modules", "tsx", "dist", "cli.mjs"),
        join(root, "server", "src", "cli", "main.ts"),
        "parse-resume",
        ...args,
      ],
      { cwd: root, env: { ...process.env, VANTA_HOME: dir }, timeout: 60_000 },
      (err, stdout, stderr) => done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe("vanta parse-resume", { timeout: 120_000 }, () => {
  it("prints JSON Resume for a PDF", async () => {
    const pdf = pdfWithText([
      column(50, [
        "Lee Chen",
        "lee.chen@example.net",
        "Experience",
        "Site Reliability Engineer, Umbrella Corp   Feb 2020 – Present",
        "• Ran the on-call rotation",
        "Skills",
        "Terraform, Kubernetes, Go",
      ]),
    ]);
    const r = await vanta([file("lee.pdf", pdf)]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.basics).toMatchObject({ name: "Lee Chen", email: "lee.chen@example.net" });
    expect(out.work).toEqual([
      {
        name: "Umbrella Corp",
        position: "Site Reliability Engineer",
        startDate: "2020-02",
        highlights: ["Ran the on-call rotation"],
      },
    ]);
    expect(out.meta.confidence.work).toBe(1);
  });

  it("exits 2 with a clear message for a missing file, an image-only PDF and a non-resume", async () => {
    const missing = await vanta([join(dir, "nope.pdf")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.pdf/);

    const scan = await vanta([file("scan.pdf", imageOnlyPdf())]);
    expect(scan.code).toBe(2);
    expect(scan.stdout).toBe("");
    expect(scan.stderr).toMatch(/no text layer/);

    const note = await vanta([file("note.txt", "Shopping list\nmilk, eggs, flour\nCall the plumber about the sink.")]);
    expect(note.code).toBe(2);
    expect(note.stderr).toMatch(/does not look like a resume/);

    const usage = await vanta([]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage: vanta parse-resume <FILE>/);
  });
});
