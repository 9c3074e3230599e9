import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { Posting } from "@vanta/shared/posting";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "./fixture.ts";

const ROOT = join(FIXTURES, "../../..");
const run = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "server/src/cli/main.ts", "extract", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 30_000,
  });

describe("vanta extract", () => {
  it("prints the posting as one JSON line", () => {
    const r = run(
      "--url",
      "https://jobs.lever.co/quillbyte/0b9a5c1e-3f2d-4e8a-9c77-2d1f0e6a4b21",
      join(FIXTURES, "lever/job.html"),
    );
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    const p = Posting.parse(JSON.parse(r.stdout));
    expect(p).toMatchObject({ title: "Staff Frontend Engineer", company: "Quillbyte", source: "lever" });
  });

  it("exits 2 with a message when the page has no posting", () => {
    const r = run("--url", "https://blog.solvik.example/how-we-hire", join(FIXTURES, "jsonld/no-posting.html"));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/no job posting found/);
  });

  it("exits 2 saying so on a list page with no job selected", () => {
    const r = run("--url", "https://www.totaljobs.com/jobs/in-leeds", join(FIXTURES, "totaljobs/results.html"));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/lists many jobs and none is selected/);
  });

  it("exits 2 on bad arguments", () => {
    expect(run(join(FIXTURES, "lever/job.html")).status).toBe(2);
    const bad = run("--url", "nope", join(FIXTURES, "lever/job.html"));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/not a valid URL/);
  });
});
