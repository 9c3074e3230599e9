import { randomUUID } from "node:crypto";
import type { Posting } from "@vanta/shared/posting";
import { expect } from "vitest";
import { defineCase, ok } from "./case-helpers.ts";
import type { ProcedureCase } from "./procedures.ts";

// Security + bad-input rows for Autofill's procedure (applications.recordSubmission). Spread into
// procedureCases in procedures.ts.

function posting(): Posting {
  const id = randomUUID().slice(0, 8);
  return {
    title: "Program Manager",
    company: `Autofill ${id}`,
    locations: ["Oakland, CA, US"],
    remote: "onsite",
    employmentType: null,
    salary: null,
    description: "Run programs.",
    postedAt: null,
    closed: false,
    source: "lever",
    sourceId: `af-${id}`,
    url: `https://jobs.lever.co/autofill/${id}`,
  };
}

const packet = (over: Record<string, unknown> = {}) => ({
  ats: "lever",
  url: "https://jobs.lever.co/autofill/x/apply",
  resumeVersionId: null,
  resumeFilename: "resume.pdf",
  answers: [{ label: "Email", value: "a@example.org", source: "basics.email" }],
  submittedAt: "2026-11-29T16:00:00.000Z",
  ...over,
});

export const autofillCases: ProcedureCase<unknown>[] = [
  defineCase<{ versionId: string; before: unknown; resumes: unknown }>({
    path: "applications.recordSubmission",
    type: "mutation",
    access: "protected",
    input: () => ({ posting: posting(), clientRequestId: randomUUID(), packet: packet() }),
    crossUser: {
      // B naming A's resume version in its packet: NOT_FOUND, and nothing of A's changes.
      async setup(fx, owner) {
        const saved = await ok<{ version: { id: string } }>(
          fx,
          "resumes.save",
          "mutation",
          { resume: { basics: { name: "Owner Person" } } },
          owner,
        );
        return {
          versionId: saved.version.id,
          before: await ok(fx, "applications.list", "query", {}, owner),
          resumes: await ok(fx, "resumes.list", "query", undefined, owner),
        };
      },
      input: (s) => ({
        posting: posting(),
        clientRequestId: randomUUID(),
        packet: packet({ resumeVersionId: s.versionId }),
      }),
      async verifyUnchanged(fx, s, owner) {
        expect(await ok(fx, "applications.list", "query", {}, owner)).toEqual(s.before);
        expect(await ok(fx, "resumes.list", "query", undefined, owner)).toEqual(s.resumes);
      },
    },
    badInputs: [
      { input: {}, fields: ["posting", "clientRequestId", "packet"] },
      { input: { posting: posting(), clientRequestId: "nope", packet: packet() }, fields: ["clientRequestId"] },
      {
        input: {
          posting: posting(),
          clientRequestId: randomUUID(),
          packet: packet({ submittedAt: "yesterday", url: "x" }),
        },
        fields: ["packet.submittedAt", "packet.url"],
      },
      {
        input: { posting: posting(), clientRequestId: randomUUID(), packet: packet({ answers: "all of them" }) },
        fields: ["packet.answers"],
      },
    ],
  }),
];
