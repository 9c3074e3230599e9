import { randomUUID } from "node:crypto";
import { schema } from "@vanta/db";
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { posting, resume } from "../../unit/tailor/fixtures.ts";
import { defineCase, ok } from "./case-helpers.ts";
import type { Actor, Fixture, ProcedureCase } from "./procedures.ts";

interface Owned {
  versionId: string;
  postingId: string;
  applicationId: string;
  jobId: string;
  before: unknown;
}

/** Everything the owner's tailoring touches: jobs, resume versions (base and tailored), letters, the application. */
async function snapshot(fx: Fixture, owner: Actor) {
  const id = owner.user.id;
  return {
    jobs: await fx.db.select().from(schema.agentJobs).where(eq(schema.agentJobs.userId, id)),
    versions: await fx.db.select().from(schema.resumeVersions).where(eq(schema.resumeVersions.userId, id)),
    letters: await fx.db.select().from(schema.coverLetters).where(eq(schema.coverLetters.userId, id)),
    applications: await fx.db.select().from(schema.applications).where(eq(schema.applications.userId, id)),
  };
}

async function ownerTailoring(fx: Fixture, owner: Actor): Promise<Owned> {
  const saved = await ok<{ version: { id: string } }>(fx, "resumes.save", "mutation", { resume: resume() }, owner);
  const tracked = await ok<{ application: { id: string; postingId: string } }>(
    fx,
    "applications.track",
    "mutation",
    { posting: posting(), clientRequestId: randomUUID() },
    owner,
  );
  const { jobId } = await ok<{ jobId: string }>(
    fx,
    "tailor.start",
    "mutation",
    { resumeVersionId: saved.version.id, postingId: tracked.application.postingId },
    owner,
  );
  for (let i = 0; i < 200; i++) {
    const job = await ok<{ status: string }>(fx, "tailor.job", "query", { jobId }, owner);
    if (job.status === "done" || job.status === "failed") break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    versionId: saved.version.id,
    postingId: tracked.application.postingId,
    applicationId: tracked.application.id,
    jobId,
    before: await snapshot(fx, owner),
  };
}

/** The owner's tailoring plus a cover letter draft saved with their application. */
async function ownerLetter(fx: Fixture, owner: Actor): Promise<Owned & { letterId: string }> {
  const s = await ownerTailoring(fx, owner);
  const letter = await ok<{ id: string }>(
    fx,
    "tailor.coverLetter",
    "mutation",
    { resumeVersionId: s.versionId, applicationId: s.applicationId },
    owner,
  );
  return { ...s, letterId: letter.id, before: await snapshot(fx, owner) };
}

const unchanged = async (fx: Fixture, s: Owned, owner: Actor) => expect(await snapshot(fx, owner)).toEqual(s.before);
const uuid = "00000000-0000-4000-8000-000000000000";

export const tailorCases: ProcedureCase<unknown>[] = [
  defineCase<Owned>({
    path: "tailor.start",
    type: "mutation",
    access: "protected",
    input: () => ({ resumeVersionId: uuid, postingId: uuid }),
    crossUser: {
      setup: ownerTailoring,
      input: (s) => ({ resumeVersionId: s.versionId, postingId: s.postingId, applicationId: s.applicationId }),
      verifyUnchanged: unchanged,
    },
    badInputs: [
      { input: {}, fields: ["resumeVersionId", "postingId"] },
      { input: { resumeVersionId: "x", postingId: uuid }, fields: ["resumeVersionId"] },
      { input: { resumeVersionId: uuid, postingId: uuid, applicationId: 7 }, fields: ["applicationId"] },
    ],
  }),
  defineCase<Owned>({
    path: "tailor.job",
    type: "query",
    access: "protected",
    input: () => ({ jobId: uuid }),
    crossUser: { setup: ownerTailoring, input: (s) => ({ jobId: s.jobId }), verifyUnchanged: unchanged },
    badInputs: [
      { input: {}, fields: ["jobId"] },
      { input: { jobId: "not-a-uuid" }, fields: ["jobId"] },
    ],
  }),
  defineCase<Owned>({
    path: "tailor.accept",
    type: "mutation",
    access: "protected",
    input: () => ({ jobId: uuid, changeIds: [] }),
    crossUser: {
      setup: ownerTailoring,
      input: (s) => ({ jobId: s.jobId, changeIds: ["reword:basics.summary"] }),
      verifyUnchanged: unchanged,
    },
    badInputs: [
      { input: { jobId: uuid }, fields: ["changeIds"] },
      { input: { jobId: uuid, changeIds: "all" }, fields: ["changeIds"] },
      { input: { jobId: uuid, changeIds: [""] }, fields: ["changeIds.0"] },
    ],
  }),
  defineCase<Owned>({
    path: "tailor.score",
    type: "query",
    access: "protected",
    input: () => ({ resumeVersionId: uuid, postingId: uuid }),
    crossUser: {
      setup: ownerTailoring,
      input: (s) => ({ resumeVersionId: s.versionId, postingId: s.postingId }),
      verifyUnchanged: unchanged,
    },
    badInputs: [{ input: { resumeVersionId: uuid }, fields: ["postingId"] }],
  }),
  defineCase<Owned>({
    path: "tailor.coverLetter",
    type: "mutation",
    access: "protected",
    input: () => ({ resumeVersionId: uuid, applicationId: uuid }),
    crossUser: {
      setup: ownerTailoring,
      input: (s) => ({ resumeVersionId: s.versionId, applicationId: s.applicationId }),
      verifyUnchanged: unchanged,
    },
    badInputs: [{ input: { resumeVersionId: uuid, applicationId: "x" }, fields: ["applicationId"] }],
  }),
  defineCase<Owned>({
    path: "tailor.coverLetters",
    type: "query",
    access: "protected",
    input: () => ({ applicationId: uuid }),
    crossUser: { setup: ownerLetter, input: (s) => ({ applicationId: s.applicationId }), verifyUnchanged: unchanged },
    badInputs: [{ input: { applicationId: "x" }, fields: ["applicationId"] }],
  }),
  defineCase<Owned & { letterId: string }>({
    path: "tailor.updateCoverLetter",
    type: "mutation",
    access: "protected",
    input: () => ({ id: uuid, text: "Dear team," }),
    crossUser: {
      setup: ownerLetter,
      input: (s) => ({ id: s.letterId, text: "Overwritten by someone else" }),
      verifyUnchanged: unchanged,
    },
    badInputs: [
      { input: { id: uuid, text: "   " }, fields: ["text"] },
      { input: { id: "x", text: "Dear team," }, fields: ["id"] },
      { input: { id: uuid, text: "x".repeat(20_001) }, fields: ["text"] },
    ],
  }),
  defineCase<Owned & { letterId: string }>({
    path: "tailor.exportCoverLetter",
    type: "query",
    access: "protected",
    input: () => ({ id: uuid, format: "pdf" }),
    crossUser: { setup: ownerLetter, input: (s) => ({ id: s.letterId, format: "docx" }), verifyUnchanged: unchanged },
    badInputs: [{ input: { id: uuid, format: "txt" }, fields: ["format"] }],
  }),
  defineCase<Owned>({
    path: "tailor.export",
    type: "query",
    access: "protected",
    input: () => ({ resumeVersionId: uuid, format: "pdf" }),
    crossUser: {
      setup: ownerTailoring,
      input: (s) => ({ resumeVersionId: s.versionId, format: "pdf" }),
      verifyUnchanged: unchanged,
    },
    badInputs: [
      { input: { resumeVersionId: uuid, format: "odt" }, fields: ["format"] },
      { input: { format: "pdf" }, fields: ["resumeVersionId"] },
    ],
  }),
];
