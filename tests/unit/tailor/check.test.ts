import { checkResume } from "@vanta/shared/tailor/check";
import { finalizeTailored } from "@vanta/shared/tailor/finalize";
import { describe, expect, it } from "vitest";
import { resume, TODAY } from "./fixtures.ts";

// The fabrication checker: each injected fabrication kind is caught and undone; honest rewrites pass.

function check(mutate: (r: ReturnType<typeof resume>) => void) {
  const source = resume();
  const out = resume();
  mutate(out);
  return { source, ...finalizeTailored(source, out, TODAY) };
}

describe("fabrication checker", () => {
  it("passes the source unchanged and honest rewrites (reorder, reword, drop, k8s → Kubernetes)", () => {
    const source = resume();
    expect(checkResume(source, source, TODAY).flags).toEqual([]);
    const r = check((o) => {
      const h = o.work![0]!.highlights!;
      o.work![0]!.highlights = [
        "Moved 14 services off EC2 VMs onto Kubernetes, with clusters managed in Terraform",
        "Built the Go settlement service that handles 2M transactions a day",
        "Coached four junior engineers through their first on-call rotations",
        h[2]!,
      ];
      o.basics!.summary = "Backend engineer: eight years building payment and data systems in Go and Python.";
      o.skills![0]!.keywords = ["Go", "Python"];
    });
    expect(r.flags).toEqual([]);
    expect(r.resume.work![0]!.highlights).toHaveLength(4);
  });

  it("removes a new employer", () => {
    const r = check((o) => {
      o.work!.unshift({
        name: "Stripe",
        position: "Staff Engineer",
        startDate: "2024-01",
        highlights: ["Built things"],
      });
    });
    expect(r.resume.work!.map((w) => w.name)).toEqual(["Larkspur Payments", "Fernhill Analytics"]);
    expect(r.flags).toContainEqual({ path: "work[0]", reason: expect.stringContaining('employer "Stripe"') });
  });

  it("restores a changed title", () => {
    const r = check((o) => {
      o.work![1]!.position = "Senior Software Engineer";
    });
    expect(r.resume.work![1]!.position).toBe("Software Engineer");
    expect(r.flags.map((f) => f.path)).toContain("work[1].position");
  });

  it("restores a headline title the source never states", () => {
    const r = check((o) => {
      o.basics!.label = "Senior Backend Engineer, Payments";
    });
    expect(r.resume.basics!.label).toBe("Senior Software Engineer");
    expect(r.flags.map((f) => f.path)).toContain("basics.label");
  });

  it("restores shifted dates", () => {
    const r = check((o) => {
      o.work![1]!.startDate = "2015-06";
      o.work![1]!.endDate = undefined;
    });
    expect(r.resume.work![1]!.startDate).toBe("2017-06");
    expect(r.resume.work![1]!.endDate).toBe("2021-02");
    expect(r.flags.map((f) => f.path)).toEqual(expect.arrayContaining(["work[1].startDate", "work[1].endDate"]));
  });

  it("restores an invented degree and removes an invented school", () => {
    const r = check((o) => {
      o.education![0]!.studyType = "Master of Science";
      o.education!.push({ institution: "Stanford University", studyType: "PhD", area: "Computer Science" });
    });
    expect(r.resume.education).toEqual(resume().education);
    expect(r.flags.map((f) => f.path)).toEqual(expect.arrayContaining(["education[0].studyType", "education[1]"]));
  });

  it("removes a degree claimed in a text line", () => {
    const r = check((o) => {
      o.basics!.summary = "Backend engineer with a PhD who enjoys mentoring.";
    });
    expect(r.resume.basics!.summary).toBe(resume().basics!.summary);
    expect(r.flags[0]!.reason).toMatch(/degree "doctorate"/);
  });

  it("removes an invented certificate", () => {
    const r = check((o) => {
      o.certificates!.push({ name: "Certified Kubernetes Administrator", issuer: "CNCF" });
    });
    expect(r.resume.certificates).toEqual(resume().certificates);
    expect(r.flags).toContainEqual({ path: "certificates[1]", reason: expect.stringContaining("certificate") });
  });

  it.each([
    ["a new percentage", "Cut p99 checkout latency by 45% by moving hot reads to Redis", '"45%"'],
    ["a new count", "Mentored six junior engineers through their first on-call rotations", '"six"'],
    ["a changed count", "Migrated 40 services from EC2 VMs to k8s", '"40"'],
    ["new money", "Saved $2M a year by right-sizing Spark jobs", '"$2M"'],
    ["a multiplier", "Made checkout 3x faster by moving hot reads to Redis", '"3x"'],
    ["inflated years", "Twelve years building payment systems in Go", '"Twelve years"'],
  ])("removes a line with %s", (_, line, value) => {
    const r = check((o) => {
      o.work![0]!.highlights!.push(line);
    });
    expect(r.resume.work![0]!.highlights).not.toContain(line);
    expect(r.flags).toContainEqual({ path: "work[0].highlights[7]", reason: expect.stringContaining(value) });
  });

  it("accepts numbers the source states in another form and years the dates support", () => {
    const r = check((o) => {
      o.work![0]!.highlights!.push("Mentored 4 junior engineers; 9 years of backend work");
    });
    expect(r.flags).toEqual([]);
  });

  it("removes a new skill from the skills list and from a bullet", () => {
    const r = check((o) => {
      o.skills![0]!.keywords!.push("Kafka");
      o.work![0]!.highlights![0] = "Mentored four junior engineers on Kafka and Rust";
    });
    expect(r.resume.skills![0]!.keywords).toEqual(["Python", "Go", "SQL"]);
    expect(r.resume.work![0]!.highlights).not.toContain("Mentored four junior engineers on Kafka and Rust");
    const reasons = r.flags.map((f) => f.reason).join("\n");
    expect(reasons).toMatch(/skill "Kafka"/);
    expect(reasons).toMatch(/skill "Rust"/);
  });

  it("removes a name the source never mentions, and a line no source line supports", () => {
    const r = check((o) => {
      o.work![0]!.highlights!.push("Partnered with Goldman Sachs on settlement");
      o.work![0]!.highlights!.push("Championed a culture of blameless collaboration across product and design");
    });
    expect(r.resume.work![0]!.highlights).toHaveLength(7);
    expect(r.flags.map((f) => f.reason).join("\n")).toMatch(/name "Goldman"/);
    expect(r.flags.map((f) => f.reason).join("\n")).toMatch(/no line of the source resume supports it/);
  });

  it("restores contact details", () => {
    const r = check((o) => {
      o.basics!.email = "someone@else.example";
    });
    expect(r.resume.basics!.email).toBe("dana@example.org");
  });
});
