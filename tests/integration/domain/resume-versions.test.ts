import { randomUUID } from "node:crypto";
import type { DbHandle } from "@vanta/db";
import { schema } from "@vanta/db";
import { ensureUserByEmail } from "@vanta/db/queries/users";
import { createInnerContext } from "@vanta/server/context";
import { memoryLogger } from "@vanta/server/log";
import { memoryFileStore } from "@vanta/server/ports/files/memory";
import { applicantRouter } from "@vanta/server/routers/applicant";
import { profileRouter } from "@vanta/server/routers/profile";
import { resumesRouter } from "@vanta/server/routers/resumes";
import { keyringFrom } from "@vanta/server/services/crypto/envelope";
import { type AppServices, createCallerFactory, router } from "@vanta/server/trpc";
import { ApplicantProfile } from "@vanta/shared/resume/applicant";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../support/db.ts";
import { b64, makeDocx, makePdf } from "./files.ts";
import { errorOf } from "./support.ts";

// resumes.* (upload → review → versions) and applicant.* (the applicant profile and its JSON form), issue 7.

const appRouter = router({ profile: profileRouter, resumes: resumesRouter, applicant: applicantRouter });
const factory = createCallerFactory(appRouter);

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => {
  await h?.close();
});

async function makeUser(files = memoryFileStore()) {
  const { user } = await ensureUserByEmail(h.db, `r-${randomUUID()}@example.test`);
  const log = memoryLogger();
  const keys = await keyringFrom(crypto.getRandomValues(new Uint8Array(32)));
  const services = { files, keys, now: () => new Date() } as Partial<AppServices> as AppServices;
  const caller = factory(
    createInnerContext({ db: h.db, user: { id: user.id, email: user.email }, requestId: "req", log, services }),
  );
  return { user, caller, files, log };
}

const RESUME = [
  "Jane Doe",
  "jane.doe@example.com | +1 415 555 0142 | linkedin.com/in/janedoe",
  "",
  "Experience",
  "Senior Backend Engineer, Acme Payments",
  "Jan 2020 - Present",
  "- Built the payment ledger in TypeScript and PostgreSQL",
  "Backend Engineer, Initech",
  "Jun 2016 - Dec 2019",
  "- Moved billing to Kubernetes",
  "",
  "Education",
  "BSc Computer Science, University of Leeds",
  "2012 - 2016",
  "",
  "Skills",
  "TypeScript, PostgreSQL, Kubernetes, Go",
];
const txt = () => ({ filename: "jane.txt", mimeType: "text/plain", contentBase64: b64(RESUME.join("\n")) });

describe("resumes.upload → resumes.save", () => {
  it("parses for review, stores the original, and saves the reviewed JSON as the default version", async () => {
    const { caller, user, files } = await makeUser();
    const up = await caller.resumes.upload(txt());
    expect(up.resume.basics?.name).toBe("Jane Doe");
    expect(up.resume.work?.map((w) => w.name)).toEqual(["Acme Payments", "Initech"]);
    expect(Object.keys(up.confidence)).toEqual(expect.arrayContaining(["basics", "work"]));
    // stored, but no version until the user saves what they reviewed
    expect(files.files.size).toBe(1);
    expect(await caller.resumes.list()).toEqual([]);

    const reviewed = structuredClone(up.resume);
    reviewed.work![1]!.name = "Initech Corp";
    const { version, profile } = await caller.resumes.save({
      resume: reviewed,
      file: { fileId: up.file.fileId, filename: up.file.filename, mimeType: up.file.mimeType },
    });
    expect(version).toMatchObject({ isDefault: true, hasOriginal: true, structured: true, filename: "jane.txt" });
    expect(version.resume.work?.[1]?.name).toBe("Initech Corp");
    expect(version.resume.meta?.confidence).toBeUndefined();
    // pre-filled from the confirmed resume
    expect(profile.titles).toEqual(["Senior Backend Engineer", "Backend Engineer"]);
    expect(profile.skills).toEqual(expect.arrayContaining(["TypeScript", "PostgreSQL", "Kubernetes"]));
    expect(profile.yearsExperience).toBeGreaterThanOrEqual(6);
    expect(profile.seniority).toEqual(["senior"]);
    expect(profile.resume?.id).toBe(version.id);
    // matching reads what the user confirmed
    const [row] = await h.db.select().from(schema.profiles).where(eq(schema.profiles.userId, user.id));
    expect(row?.resumeText).toContain("Initech Corp");
    expect(row?.resumeText).toContain("Built the payment ledger");
  });

  for (const c of [
    { name: "jane.pdf", mime: "application/pdf", bytes: makePdf(RESUME) },
    {
      name: "jane.docx",
      mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      bytes: makeDocx(RESUME),
    },
  ])
    it(`downloads the original ${c.name.split(".")[1]} byte for byte`, async () => {
      const { caller, files } = await makeUser();
      const up = await caller.resumes.upload({ filename: c.name, mimeType: c.mime, contentBase64: b64(c.bytes) });
      expect(up.resume.basics?.name).toBe("Jane Doe");
      const { version } = await caller.resumes.save({ resume: up.resume, file: up.file });
      const down = await caller.resumes.download({ id: version.id });
      expect(down).toMatchObject({ filename: c.name, mimeType: c.mime });
      expect(Buffer.from(down.contentBase64, "base64").equals(Buffer.from(c.bytes))).toBe(true);
      expect((await caller.resumes.get({ id: version.id })).resume).toEqual(version.resume);
      // the same file saved twice is one stored original; it goes with the last version that uses it
      const again = await caller.resumes.save({ resume: up.resume, file: up.file });
      await caller.resumes.delete({ id: version.id });
      expect(files.files.size).toBe(1);
      expect((await caller.resumes.download({ id: again.version.id })).contentBase64).toBe(down.contentBase64);
      await caller.resumes.delete({ id: again.version.id });
      expect(files.files.size).toBe(0);
    });

  it("refuses an unreadable file, an empty resume and a file id that was never uploaded", async () => {
    const { caller } = await makeUser();
    const bad = await errorOf(
      caller.resumes.upload({ filename: "x.pdf", mimeType: "application/pdf", contentBase64: b64("%PDF-1.4 junk") }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect((await errorOf(caller.resumes.save({ resume: {} }))).code).toBe("BAD_REQUEST");
    const ghost = { fileId: "a".repeat(64), filename: "x.txt", mimeType: "text/plain" };
    expect((await errorOf(caller.resumes.save({ resume: { basics: { name: "X" } }, file: ghost }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("a typed (JSON-only) version has no original to download", async () => {
    const { caller } = await makeUser();
    const { version } = await caller.resumes.save({ resume: { basics: { name: "Typed" }, skills: [{ name: "Go" }] } });
    expect(version.hasOriginal).toBe(false);
    expect((await errorOf(caller.resumes.download({ id: version.id }))).code).toBe("NOT_FOUND");
  });
});

describe("versions", () => {
  it("keeps several versions, picks the default, deletes, and scopes everything to the owner", async () => {
    const a = await makeUser();
    const b = await makeUser();
    const first = (
      await a.caller.resumes.save({
        resume: { basics: { name: "A one" }, work: [{ position: "Data Analyst", name: "X" }] },
      })
    ).version;
    const second = (
      await a.caller.resumes.save({
        resume: { basics: { name: "A two" }, work: [{ position: "Data Scientist", name: "Y" }] },
        makeDefault: false,
      })
    ).version;
    expect(second.isDefault).toBe(false);
    expect((await a.caller.resumes.list()).map((v) => [v.label, v.isDefault])).toEqual([
      ["A two", false],
      ["A one", true],
    ]);
    const picked = await a.caller.resumes.setDefault({ id: second.id });
    expect(picked.profile.resume?.id).toBe(second.id);
    // titles came from the first resume and were never typed: they follow the new default
    expect(picked.profile.titles).toEqual(["Data Scientist"]);
    const [row] = await h.db.select().from(schema.profiles).where(eq(schema.profiles.userId, a.user.id));
    expect(row?.resumeText).toContain("Data Scientist");

    // another user sees none of it
    expect(await b.caller.resumes.list()).toEqual([]);
    for (const call of [
      b.caller.resumes.get({ id: first.id }),
      b.caller.resumes.download({ id: first.id }),
      b.caller.resumes.setDefault({ id: first.id }),
      b.caller.resumes.delete({ id: first.id }),
    ])
      expect((await errorOf(call)).code).toBe("NOT_FOUND");

    // deleting the default promotes the newest remaining version
    const del = await a.caller.resumes.delete({ id: second.id });
    expect(del.defaultId).toBe(first.id);
    expect((await a.caller.resumes.list()).map((v) => [v.id, v.isDefault])).toEqual([[first.id, true]]);
    expect((await a.caller.profile.get()).titles).toEqual(["Data Analyst"]);
    await a.caller.resumes.delete({ id: first.id });
    expect(await a.caller.resumes.list()).toEqual([]);
    const [after] = await h.db.select().from(schema.profiles).where(eq(schema.profiles.userId, a.user.id));
    expect(after?.resumeText).toBe("");
    const live = await h.db
      .select()
      .from(schema.resumeVersions)
      .where(and(eq(schema.resumeVersions.userId, a.user.id), eq(schema.resumeVersions.isCurrent, true)));
    expect(live).toEqual([]);
  });

  it("never overwrites what the user typed", async () => {
    const { caller } = await makeUser();
    await caller.resumes.save({
      resume: { work: [{ position: "Backend Engineer", name: "A", startDate: "2015" }], skills: [{ name: "Go" }] },
    });
    // saving the form unchanged does not make the titles "typed"
    await caller.profile.update({ titles: ["Backend Engineer"] });
    await caller.profile.update({ skills: ["Rust", "Go"], yearsExperience: 3 });
    const next = await caller.resumes.save({
      resume: {
        work: [{ position: "Platform Engineer", name: "B", startDate: "2010" }],
        skills: [{ name: "Terraform" }],
      },
    });
    expect(next.profile.titles).toEqual(["Platform Engineer"]);
    expect(next.profile.skills).toEqual(["Rust", "Go"]);
    expect(next.profile.yearsExperience).toBe(3);
  });
});

describe("applicant profile", () => {
  const application = {
    preferredName: "JD",
    pronouns: "she/her",
    workAuthorization: { countries: ["us", "GB"], needsSponsorship: false },
    willingToRelocate: true,
    startDate: "2 weeks",
    salaryExpectation: { amount: 150000, currency: "USD", period: "year" as const },
    eeo: { gender: "Woman", race: "decline", hispanicLatino: "No", veteran: "decline", disability: "decline" },
    referralSource: "LinkedIn",
    answers: [{ question: "Why do you want to work here?", answer: "Payments are my thing." }],
  };

  it("contact comes from the default resume until the user types over it", async () => {
    const { caller } = await makeUser();
    const up = await caller.resumes.upload(txt());
    await caller.resumes.save({ resume: up.resume, file: up.file });
    const view = await caller.applicant.get();
    expect(view.contact).toMatchObject({ firstName: "Jane", lastName: "Doe", email: "jane.doe@example.com" });
    expect(view.contact.linkedin).toContain("linkedin.com/in/janedoe");
    expect(view.contactTypedByHand).toEqual([]);
    const typed = await caller.applicant.update({
      contact: { email: "jane@home.example", github: "https://github.com/jd" },
      application,
    });
    expect(typed.contact).toMatchObject({
      email: "jane@home.example",
      github: "https://github.com/jd",
      firstName: "Jane",
    });
    expect(typed.contactTypedByHand).toEqual(["email", "github"]);
    expect(typed.application.workAuthorization?.countries).toEqual(["US", "GB"]);
    expect(typed.application.eeo).toEqual(application.eeo);
    // a new default resume does not overwrite what was typed; untyped fields follow it
    const other = structuredClone(up.resume);
    other.basics = { ...other.basics, email: "new@resume.example", name: "Janet Doe" };
    const copy = await caller.resumes.save({
      resume: other,
      file: { fileId: up.file.fileId, filename: "jane.txt", mimeType: "text/plain" },
    });
    expect(copy.version.fileId).toBe(up.file.fileId);
    expect((await caller.applicant.get()).contact).toMatchObject({ email: "jane@home.example", firstName: "Janet" });
    // null clears: back to the resume's value
    expect((await caller.applicant.update({ contact: { email: null } })).contact.email).toBe("new@resume.example");
    const cleared = await caller.applicant.update({ application: { eeo: null, salaryExpectation: null } });
    expect(cleared.application.eeo).toBeUndefined();
    expect(cleared.application.salaryExpectation).toBeUndefined();
    expect(cleared.application.pronouns).toBe("she/her");
  });

  it("round-trips through its JSON form", async () => {
    const a = await makeUser();
    const up = await a.caller.resumes.upload(txt());
    await a.caller.resumes.save({ resume: up.resume, file: up.file });
    await a.caller.applicant.update({
      contact: { phone: "+44 20 7946 0000", otherLinks: ["https://jane.dev"] },
      application,
    });
    const exported = await a.caller.applicant.export();
    expect(ApplicantProfile.parse(exported)).toEqual(exported);
    expect(exported.basics?.phone).toBe("+44 20 7946 0000");
    expect(exported.basics?.profiles?.map((p) => p.url)).toContain("https://jane.dev");
    expect(exported.work?.map((w) => w.name)).toEqual(["Acme Payments", "Initech"]);
    expect(exported.application).toMatchObject({
      ...application,
      workAuthorization: { countries: ["US", "GB"], needsSponsorship: false },
    });

    // through JSON text into a fresh account, and back into the same one
    const b = await makeUser();
    await b.caller.applicant.import({ profile: JSON.parse(JSON.stringify(exported)) });
    expect(await b.caller.applicant.export()).toEqual(exported);
    await a.caller.applicant.import({ profile: exported });
    expect(await a.caller.applicant.export()).toEqual(exported);
    expect((await a.caller.applicant.get()).contactTypedByHand).toEqual([]);
    expect((await b.caller.resumes.list()).length).toBe(1);
  });
});
