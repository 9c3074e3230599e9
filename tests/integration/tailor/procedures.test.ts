import { randomUUID } from "node:crypto";
import type { DbHandle } from "@vanta/db";
import { findApplication } from "@vanta/db/queries/applications";
import { lastEventAt } from "@vanta/db/queries/events";
import { getModelRun } from "@vanta/db/queries/model-runs";
import { findAgentJob, findOwnResumeVersion, insertAgentJob, listCoverLetters } from "@vanta/db/queries/tailoring";
import { memoryLogger } from "@vanta/server/log";
import { parseResumeFile } from "@vanta/server/services/resume/parse-file";
import { pdfLines } from "@vanta/server/services/resume/pdf-text";
import { runTailorJob } from "@vanta/server/services/tailor/run-job";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../support/db.ts";
import { startTestServer, type TestServer, type TestUser } from "../../support/server.ts";
import { posting, resume } from "../../unit/tailor/fixtures.ts";

// tailor.* over real HTTP on the embedded ports: the job runs through the in-process scheduler, the UI
// polls it, the user accepts one change and rejects another, and the saved version holds exactly that.

let handle: DbHandle;
let server: TestServer;
let user: TestUser;
let versionId: string;
let postingId: string;
let applicationId: string;

beforeAll(async () => {
  handle = await createTestDb("pglite");
  server = await startTestServer({ db: handle });
  user = await server.createUser();
  const api = server.caller(user.token);
  const saved = await api.resumes.save.mutate({ resume: resume() });
  versionId = saved.version.id;
  const tracked = await api.applications.track.mutate({ posting: posting(), clientRequestId: randomUUID() });
  applicationId = tracked.application.id;
  postingId = tracked.application.postingId!;
});
afterAll(async () => {
  await server?.close();
  await handle?.close();
});

async function waitDone(jobId: string) {
  const api = server.caller(user.token);
  let job = await api.tailor.job.query({ jobId });
  const seen = new Set<string>();
  for (let i = 0; i < 200 && (job.status === "queued" || job.status === "running"); i++) {
    seen.add(job.status);
    await new Promise((r) => setTimeout(r, 50));
    job = await api.tailor.job.query({ jobId });
  }
  return { job, seen };
}

describe("tailor.* procedures", () => {
  it("start → poll → accept one change, reject one → a tailored version with exactly the accepted change", async () => {
    const api = server.caller(user.token);
    const { jobId } = await api.tailor.start.mutate({ resumeVersionId: versionId, postingId, applicationId });
    const { job } = await waitDone(jobId);
    expect(job.status).toBe("done");
    expect((job.steps as { name: string; status: string }[]).map((s) => `${s.name}:${s.status}`)).toEqual([
      "tailor:done",
      "score:done",
      "cover_letter:done",
    ]);
    for (const s of job.steps as { modelRunId: string }[])
      expect((await getModelRun(handle.db, s.modelRunId))?.run.success).toBe(true);
    const result = job.result as { changes: { id: string }[]; ats: { score: number }; letter: { text: string } };
    const ids = result.changes.map((c) => c.id);
    expect(ids).toContain("reword:work[0].highlights[4]");
    expect(ids).toContain("remove:work[0].highlights[3]");
    expect(result.ats.score).toBeGreaterThan(0);
    expect(result.letter.text).toContain("Quillstone");

    const accepted = await api.tailor.accept.mutate({ jobId, changeIds: ["reword:work[0].highlights[4]"] });
    const row = await findOwnResumeVersion(handle.db, user.user.id, accepted.resumeVersionId);
    expect(row).toMatchObject({ kind: "tailored", postingId, parentId: versionId });
    const expected = resume();
    expected.work![0]!.highlights![4] =
      "Migrated 14 services from EC2 VMs to Kubernetes with Terraform-managed clusters";
    expect(row!.content).toEqual(expected);
    // the application now uploads this version for its posting
    expect((await findApplication(handle.db, user.user.id, applicationId))?.resumeVersionId).toBe(
      accepted.resumeVersionId,
    );
    // resume_generated is recorded for the outcome analytics
    expect(await lastEventAt(handle.db, user.user.id, "resume_generated")).not.toBeNull();
  });

  it("accept refuses unknown change ids with a field error", async () => {
    const api = server.caller(user.token);
    const { jobId } = await api.tailor.start.mutate({ resumeVersionId: versionId, postingId });
    await waitDone(jobId);
    await expect(
      api.tailor.accept.mutate({ jobId, changeIds: ["reword:work[9].highlights[0]"] }),
    ).rejects.toMatchObject({
      data: { code: "BAD_REQUEST", fieldErrors: { changeIds: expect.any(Array) } },
    });
  });

  it("score, cover letter (saved with the application, model run recorded) and export", async () => {
    const api = server.caller(user.token);
    const score = await api.tailor.score.query({ resumeVersionId: versionId, postingId });
    expect(score.keywords.missing).toContain("Kafka");
    const letter = await api.tailor.coverLetter.mutate({ resumeVersionId: versionId, applicationId });
    expect(letter.text).toMatch(/^Dear Quillstone team,/);
    expect(letter.flags).toEqual([]);
    expect((await getModelRun(handle.db, letter.modelRunId))?.run).toMatchObject({
      agent: "cover_letter_writer",
      success: true,
    });
    const saved = await listCoverLetters(handle.db, user.user.id, applicationId);
    expect(saved.map((l) => l.id)).toContain(letter.id);
    // editable: the user's words are saved as written and listed with the application
    const edited = await api.tailor.updateCoverLetter.mutate({
      id: letter.id,
      text: `${letter.text}\n\nP.S. Edited by me.`,
    });
    expect(edited.text).toMatch(/P\.S\. Edited by me\.$/);
    const listed = await api.tailor.coverLetters.query({ applicationId });
    expect(listed.find((l) => l.id === letter.id)?.text).toBe(edited.text);
    const letterPdf = await api.tailor.exportCoverLetter.query({ id: letter.id, format: "pdf" });
    expect((await pdfLines(Buffer.from(letterPdf.base64, "base64"))).join("\n")).toContain("P.S. Edited by me.");
    for (const format of ["pdf", "docx"] as const) {
      const file = await api.tailor.export.query({ resumeVersionId: versionId, format });
      expect(file.filename).toBe(`Dana-Whitfield.${format}`);
      const parsed = await parseResumeFile(Buffer.from(file.base64, "base64"), file.filename);
      expect(parsed.resume.work?.map((w) => [w.name, w.position, w.startDate])).toEqual(
        resume().work!.map((w) => [w.name, w.position, w.startDate]),
      );
    }
  });

  it("a job left unfinished by a stopped server runs when the next server starts", async () => {
    const job = await insertAgentJob(handle.db, {
      userId: user.user.id,
      kind: "prepare_application",
      resumeVersionId: versionId,
      postingId,
      applicationId: null,
      steps: [],
    });
    const next = await startTestServer({ db: handle });
    try {
      let row = await findAgentJob(handle.db, user.user.id, job.id);
      for (let i = 0; i < 200 && row?.status !== "done"; i++) {
        await new Promise((r) => setTimeout(r, 50));
        row = await findAgentJob(handle.db, user.user.id, job.id);
      }
      expect(row).toMatchObject({ status: "done", attempts: 1 });
    } finally {
      await next.close();
    }
  });

  it("a job that cannot run is recorded as failed with its reason (never a silent drop)", async () => {
    const other = await server.createUser();
    const theirs = await server.caller(other.token).applications.track.mutate({
      posting: {
        ...posting(),
        title: "Registered Nurse, Night Shift",
        company: "Harbor Clinic",
        url: "https://boards.greenhouse.io/harborclinic/jobs/999",
        sourceId: "999",
      },
      clientRequestId: randomUUID(),
    });
    // a posting this user never reached: the job row exists, the run must fail visibly
    const job = await insertAgentJob(handle.db, {
      userId: user.user.id,
      kind: "prepare_application",
      resumeVersionId: versionId,
      postingId: theirs.application.postingId!,
      applicationId: null,
      steps: [],
    });
    const out = await runTailorJob(
      { db: handle.db, models: server.runtime.services.model, log: memoryLogger() },
      { jobId: job.id, userId: user.user.id },
    );
    expect(out.status).toBe("failed");
    const polled = await server.caller(user.token).tailor.job.query({ jobId: job.id });
    expect(polled).toMatchObject({ status: "failed", error: "posting not found", result: null });
  });
});
