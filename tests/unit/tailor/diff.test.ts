import { applyChanges, diffTailored } from "@vanta/shared/tailor/diff";
import { tailorResume } from "@vanta/shared/tailor/tailor";
import { describe, expect, it } from "vitest";
import { posting, resume, TODAY } from "./fixtures.ts";

describe("tailoring diff", () => {
  const source = resume();
  const t = tailorResume(source, posting(), TODAY);
  const changes = diffTailored(source, t.resume, t.provenance);
  const ids = changes.map((c) => c.id);

  it("lists rewordings, removals, additions and reorders line by line", () => {
    expect(changes).toContainEqual({
      id: "reword:work[0].highlights[4]",
      kind: "reword",
      path: "work[0].highlights[4]",
      before: "Migrated 14 services from EC2 VMs to k8s with Terraform-managed clusters",
      after: "Migrated 14 services from EC2 VMs to Kubernetes with Terraform-managed clusters",
    });
    expect(changes).toContainEqual(
      expect.objectContaining({
        id: "remove:work[0].highlights[3]",
        before: "Organized the team's quarterly hackathon",
      }),
    );
    expect(ids).toContain("order:work[0].highlights");
    expect(ids).toContain("reword:basics.summary");
    expect(changes.filter((c) => c.kind === "add").map((c) => c.after)).toEqual(expect.arrayContaining(["Kubernetes"]));
  });

  it("accepting everything gives the tailored resume; nothing gives the source", () => {
    expect(applyChanges(source, t.resume, t.provenance, ids)).toEqual(t.resume);
    expect(applyChanges(source, t.resume, t.provenance, [])).toEqual(source);
  });

  it("accepting one change and rejecting another applies exactly the accepted one", () => {
    const r = applyChanges(source, t.resume, t.provenance, ["reword:work[0].highlights[4]"]);
    const expected = resume();
    expected.work![0]!.highlights![4] =
      "Migrated 14 services from EC2 VMs to Kubernetes with Terraform-managed clusters";
    expect(r).toEqual(expected);
    expect(r.work![0]!.highlights).toContain("Organized the team's quarterly hackathon");
  });

  it("accepting the reorder without the rewordings keeps the source wording in the new order", () => {
    const r = applyChanges(source, t.resume, t.provenance, ["order:work[0].highlights"]);
    expect(r.work![0]!.highlights![0]).toBe("Mentored four junior engineers through their first on-call rotations");
    expect(r.work![0]!.highlights).toContain("Designed Postgres schemas for ledger entries and reconciliation");
    expect(r.work![0]!.highlights).toHaveLength(7);
  });
});
