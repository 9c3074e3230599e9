import { randomUUID } from "node:crypto";
import type { DbHandle } from "@vanta/db";
import { insertResumeVersion } from "@vanta/db/queries/resume-versions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../support/db.ts";
import { errorOf, makeUser, posting } from "./support.ts";

// applications.recordSubmission: what the extension calls when the ATS confirms a submission after Autofill.
let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => {
  await h?.close();
});

const packet = (over: Record<string, unknown> = {}) => ({
  ats: "greenhouse",
  url: "https://job-boards.greenhouse.io/acme/jobs/77",
  resumeVersionId: null,
  resumeFilename: "maya-okafor.pdf",
  answers: [
    { label: "Email", value: "maya@example.org", source: "basics.email" },
    { label: "How did you hear about us?", value: ["LinkedIn"], source: "application.referralSource" },
  ],
  submittedAt: "2026-11-29T16:05:00.000Z",
  ...over,
});

describe("applications.recordSubmission", () => {
  it("creates the application as Applied and freezes the packet on its timeline", async () => {
    const { caller, user } = await makeUser(h.db);
    const version = await insertResumeVersion(h.db, { userId: user.id, text: "Maya Okafor" });
    const p = posting();
    const out = await caller.applications.recordSubmission({
      posting: p,
      clientRequestId: randomUUID(),
      packet: packet({ resumeVersionId: version.id }),
    });
    expect(out.created).toBe(true);
    expect(out.application.stage).toBe("applied");
    const detail = await caller.applications.get({ id: out.application.id });
    const applied = detail.events.filter((e) => e.type === "applied");
    expect(applied).toHaveLength(1);
    expect(applied[0]?.detail.packet).toMatchObject({
      resumeVersionId: version.id,
      resumeFilename: "maya-okafor.pdf",
      answers: packet().answers,
      submittedAt: "2026-11-29T16:05:00.000Z",
    });
  });

  it("moves a tracked Prospect to Applied; a replay records nothing twice", async () => {
    const { caller } = await makeUser(h.db);
    const p = posting();
    const tracked = await caller.applications.track({ posting: p, clientRequestId: randomUUID(), stage: "prospect" });
    const clientRequestId = randomUUID();
    const first = await caller.applications.recordSubmission({ posting: p, clientRequestId, packet: packet() });
    const again = await caller.applications.recordSubmission({ posting: p, clientRequestId, packet: packet() });
    expect(first.application.id).toBe(tracked.application.id);
    expect(first.created).toBe(false);
    expect(again.application).toMatchObject({ id: tracked.application.id, stage: "applied" });
    const detail = await caller.applications.get({ id: tracked.application.id });
    expect(detail.events.filter((e) => e.type === "applied")).toHaveLength(1);
    expect(detail.events.some((e) => e.type === "stage_changed" && e.toStage === "applied")).toBe(true);
  });

  it("refuses a resume version the caller does not own", async () => {
    const a = await makeUser(h.db);
    const b = await makeUser(h.db);
    const version = await insertResumeVersion(h.db, { userId: a.user.id, text: "A" });
    const err = await errorOf(
      b.caller.applications.recordSubmission({
        posting: posting(),
        clientRequestId: randomUUID(),
        packet: packet({ resumeVersionId: version.id }),
      }),
    );
    expect(err?.code).toBe("NOT_FOUND");
    expect((await b.caller.applications.list({})).cards).toHaveLength(0);
  });
});
