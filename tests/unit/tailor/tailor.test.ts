import { checkResume } from "@vanta/shared/tailor/check";
import { evidencedShare } from "@vanta/shared/tailor/evidence";
import { getPath, resumeLines } from "@vanta/shared/tailor/lines";
import { tailorResume } from "@vanta/shared/tailor/tailor";
import { describe, expect, it } from "vitest";
import { posting, resume, TODAY } from "./fixtures.ts";

describe("offline tailor", () => {
  const source = resume();
  const t = tailorResume(source, posting(), TODAY);

  it("gives every output line sources that exist in the source resume", () => {
    const byPath = new Map(t.provenance.map((p) => [p.path, p.sources]));
    for (const line of resumeLines(t.resume)) {
      const sources = byPath.get(line.path);
      expect(sources, line.path).toBeDefined();
      expect(sources!.length, line.path).toBeGreaterThan(0);
      for (const s of sources!) expect(typeof getPath(source, s), `${line.path} ← ${s}`).toBe("string");
    }
  });

  it("adds nothing the checker would remove", () => {
    expect(t.flags).toEqual([]);
    expect(checkResume(source, t.resume, TODAY).flags).toEqual([]);
  });

  it("puts the bullets that prove the posting's requirements first and drops the least relevant", () => {
    const top = t.resume.work![0]!.highlights!.slice(0, 4).join("\n");
    expect(top).toMatch(/Mentored four junior engineers/);
    expect(top).toMatch(/settlement service in Go/);
    expect(top).toMatch(/to Kubernetes/);
    expect(top).toMatch(/PostgreSQL schemas/);
    expect(t.resume.work![0]!.highlights).toHaveLength(6);
    expect(t.resume.work![0]!.highlights!.join("\n")).not.toMatch(/hackathon/);
    // structure is the source's
    expect(t.resume.work!.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual(
      source.work!.map((w) => [w.name, w.position, w.startDate, w.endDate]),
    );
  });

  it("rewords only into the posting's forms and verb-first openings, from the resume's own words", () => {
    const all = t.resume.work!.flatMap((w) => w.highlights ?? []);
    expect(all).toContain("Migrated 14 services from EC2 VMs to Kubernetes with Terraform-managed clusters");
    expect(all).toContain("Designed PostgreSQL schemas for ledger entries and reconciliation");
    expect(all).toContain("Building the settlement service in Go handling 2M transactions a day");
    expect(t.resume.basics!.summary).toContain("services on Kubernetes");
  });

  it("lists the posting's skills the resume proves in its bullets, with the bullets as sources", () => {
    expect(t.resume.skills![0]!.keywords).toEqual(expect.arrayContaining(["Kubernetes", "PostgreSQL"]));
    const k = t.resume.skills![0]!.keywords!.indexOf("Kubernetes");
    const p = t.provenance.find((x) => x.path === `skills[0].keywords[${k}]`)!;
    expect(p.sources).toContain("work[0].highlights[4]");
    expect(t.resume.skills![0]!.keywords).not.toContain("Kafka");
  });

  it("is deterministic and keeps or raises the evidence a reader sees first", () => {
    expect(tailorResume(resume(), posting(), TODAY)).toEqual(t);
    expect(evidencedShare(t.requirements.after)).toBeGreaterThanOrEqual(evidencedShare(t.requirements.before));
    const top = (p: string) => /^(basics|skills)|highlights\[[0-2]\]$/.test(p) || !p.includes("highlights");
    expect(evidencedShare(t.requirements.after, top)).toBeGreaterThanOrEqual(
      evidencedShare(t.requirements.before, top),
    );
  });

  it("handles a posting with nothing in common and a resume with no bullets", () => {
    const other = { ...posting(), title: "Pastry Chef", description: "Requirements\n- 3+ years of laminated dough" };
    const r = tailorResume(source, other, TODAY);
    expect(r.flags).toEqual([]);
    expect(r.resume.work![0]!.highlights).toHaveLength(6);
    const bare = tailorResume({ basics: { name: "A" }, work: [{ name: "X", position: "Cook" }] }, posting(), TODAY);
    expect(bare.resume.work).toEqual([{ name: "X", position: "Cook" }]);
  });
});
