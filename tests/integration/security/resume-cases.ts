import { expect } from "vitest";
import { defineCase, ok } from "./case-helpers.ts";
import type { Actor, Fixture, ProcedureCase } from "./procedures.ts";

const RESUME_TXT = [
  "Owen Owner",
  "owen@example.test",
  "",
  "Experience",
  "Backend Engineer, Initrode",
  "2019 - Present",
  "- Built billing APIs",
  "",
  "Skills",
  "TypeScript, PostgreSQL",
].join("\n");
const resumeFile = () => ({
  filename: "owner.txt",
  mimeType: "text/plain",
  contentBase64: Buffer.from(RESUME_TXT).toString("base64"),
});
const resumeJson = { basics: { name: "Owen Owner" }, work: [{ name: "Initrode", position: "Backend Engineer" }] };

interface Owned {
  id: string;
  before: unknown;
}

/** The owner uploads, reviews and saves a version; `before` is their list of versions. */
async function ownerVersion(fx: Fixture, owner: Actor): Promise<Owned> {
  const up = await ok<{ file: { fileId: string; filename: string; mimeType: string }; resume: unknown }>(
    fx,
    "resumes.upload",
    "mutation",
    resumeFile(),
    owner,
  );
  const saved = await ok<{ version: { id: string } }>(
    fx,
    "resumes.save",
    "mutation",
    { resume: up.resume, file: { fileId: up.file.fileId, filename: up.file.filename, mimeType: up.file.mimeType } },
    owner,
  );
  return { id: saved.version.id, before: await ok(fx, "resumes.list", "query", undefined, owner) };
}
const ownerUnchanged = async (fx: Fixture, s: Owned, owner: Actor) =>
  expect(await ok(fx, "resumes.list", "query", undefined, owner)).toEqual(s.before);

const versionIdCase = (path: string, type: "query" | "mutation") =>
  defineCase<Owned>({
    path,
    type,
    access: "protected",
    input: () => ({ id: "00000000-0000-4000-8000-000000000000" }),
    crossUser: { setup: ownerVersion, input: (s) => ({ id: s.id }), verifyUnchanged: ownerUnchanged },
    badInputs: [
      { input: {}, fields: ["id"] },
      { input: { id: "not-a-uuid" }, fields: ["id"] },
    ],
  });

/** The owner's applicant profile with answers in every part, so an intruder's call would show up in it. */
async function ownerApplicant(fx: Fixture, owner: Actor): Promise<{ before: unknown }> {
  await ownerVersion(fx, owner);
  await ok(
    fx,
    "applicant.update",
    "mutation",
    {
      contact: { phone: "+1 555 0100" },
      application: {
        pronouns: "he/him",
        eeo: { gender: "decline" },
        answers: [{ question: "Why?", answer: "Because" }],
      },
    },
    owner,
  );
  return { before: await ok(fx, "applicant.export", "query", undefined, owner) };
}
const applicantUnchanged = async (fx: Fixture, s: { before: unknown }, owner: Actor) =>
  expect(await ok(fx, "applicant.export", "query", undefined, owner)).toEqual(s.before);

export const resumeCases: ProcedureCase<unknown>[] = [
  defineCase({
    path: "resumes.upload",
    type: "mutation",
    access: "protected",
    input: () => resumeFile(),
    noCrossUser: "takes no ids; stores the file under the caller's own folder",
    badInputs: [
      { input: {}, fields: ["filename", "mimeType", "contentBase64"] },
      { input: { filename: "cv.txt", mimeType: "text/plain", contentBase64: "" }, fields: ["contentBase64"] },
      { input: { filename: "cv.txt", mimeType: "text/plain", contentBase64: "%%%" }, fields: ["contentBase64"] },
      { input: { filename: "cv.png", mimeType: "image/png", contentBase64: "iVBORw0KGgo=" }, fields: ["file"] },
      { input: { filename: "cv.txt", mimeType: "text/plain", contentBase64: "aGVsbG8gd29ybGQ=" }, fields: ["file"] },
    ],
  }),
  defineCase<Owned & { fileId: string }>({
    path: "resumes.save",
    type: "mutation",
    access: "protected",
    input: () => ({ resume: resumeJson }),
    crossUser: {
      // The owner's file id is named under the owner's folder: from another user it is an unknown file.
      async setup(fx, owner) {
        const up = await ok<{ file: { fileId: string } }>(fx, "resumes.upload", "mutation", resumeFile(), owner);
        const v = await ownerVersion(fx, owner);
        return { ...v, fileId: up.file.fileId };
      },
      input: (s) => ({ resume: resumeJson, file: { fileId: s.fileId, filename: "x.txt", mimeType: "text/plain" } }),
      verifyUnchanged: ownerUnchanged,
    },
    badInputs: [
      { input: {}, fields: ["resume"] },
      { input: { resume: { work: [{ startDate: "last spring" }] } }, fields: ["resume.work.0.startDate"] },
      { input: { resume: resumeJson, file: { fileId: "abc", filename: "a", mimeType: "b" } }, fields: ["file.fileId"] },
      { input: { resume: {} }, fields: ["resume"] },
      { input: { resume: resumeJson, extra: 1 }, fields: [""] },
    ],
  }),
  defineCase<Owned>({
    path: "resumes.list",
    type: "query",
    access: "protected",
    crossUser: { setup: ownerVersion, input: () => undefined, expect: "OK", verifyUnchanged: ownerUnchanged },
    badInputs: [],
  }),
  versionIdCase("resumes.get", "query"),
  versionIdCase("resumes.download", "query"),
  versionIdCase("resumes.setDefault", "mutation"),
  versionIdCase("resumes.delete", "mutation"),
  defineCase<{ before: unknown }>({
    path: "applicant.get",
    type: "query",
    access: "protected",
    crossUser: { setup: ownerApplicant, input: () => undefined, expect: "OK", verifyUnchanged: applicantUnchanged },
    badInputs: [],
  }),
  defineCase<{ before: unknown }>({
    path: "applicant.update",
    type: "mutation",
    access: "protected",
    input: () => ({ application: { pronouns: "they/them" } }),
    crossUser: {
      setup: ownerApplicant,
      input: () => ({ contact: { phone: "000" }, application: { eeo: { gender: "Man" }, answers: [] } }),
      expect: "OK",
      verifyUnchanged: applicantUnchanged,
    },
    badInputs: [
      { input: { application: { eeo: { gender: "" } } }, fields: ["application.eeo.gender"] },
      { input: { application: { eeo: { favouriteColour: "blue" } } }, fields: ["application.eeo"] },
      {
        input: { application: { salaryExpectation: { amount: -1, currency: "usd" } } },
        fields: ["application.salaryExpectation.amount", "application.salaryExpectation.currency"],
      },
      {
        input: { application: { workAuthorization: { countries: ["USA"] } } },
        fields: ["application.workAuthorization.countries.0"],
      },
      {
        input: { application: { answers: [{ question: "", answer: "x" }] } },
        fields: ["application.answers.0.question"],
      },
      { input: { contact: { nickname: "x" } }, fields: ["contact"] },
    ],
  }),
  defineCase<{ before: unknown }>({
    path: "applicant.export",
    type: "query",
    access: "protected",
    crossUser: { setup: ownerApplicant, input: () => undefined, expect: "OK", verifyUnchanged: applicantUnchanged },
    badInputs: [],
  }),
  defineCase<{ before: unknown }>({
    path: "applicant.import",
    type: "mutation",
    access: "protected",
    input: () => ({ profile: { ...resumeJson, application: { answers: [] } } }),
    crossUser: {
      setup: ownerApplicant,
      input: () => ({ profile: { basics: { name: "Intruder" }, application: { pronouns: "x", answers: [] } } }),
      expect: "OK",
      verifyUnchanged: applicantUnchanged,
    },
    badInputs: [
      { input: {}, fields: ["profile"] },
      { input: { profile: { application: { eeo: { veteran: "" } } } }, fields: ["profile.application.eeo.veteran"] },
      { input: { profile: { basics: { name: "x".repeat(301) } } }, fields: ["profile.basics.name"] },
    ],
  }),
];
