import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { defineCase, ok } from "./case-helpers.ts";
import type { Actor, Fixture, ProcedureCase } from "./procedures.ts";

// Security + bad-input rows for contacts.* and outreach.* (the approval gate). Spread into procedureCases.

const uuid = "00000000-0000-4000-8000-000000000000";

interface OwnerState {
  applicationId: string;
  contactId: string;
  messageId: string;
  before: unknown;
}

/** The owner's application with a contact and an approved (not sent) message. */
async function ownerOutreach(fx: Fixture, owner: Actor): Promise<OwnerState> {
  const id = randomUUID().slice(0, 8);
  const { application } = await ok<{ application: { id: string } }>(
    fx,
    "applications.track",
    "mutation",
    {
      posting: {
        title: "Backend Engineer",
        company: `Reach ${id}`,
        locations: ["Berlin, DE"],
        remote: "hybrid",
        employmentType: null,
        salary: null,
        description: "Build APIs.",
        postedAt: null,
        closed: false,
        source: "greenhouse",
        sourceId: `reach-${id}`,
        url: `https://boards.greenhouse.io/reach/jobs/${id}`,
      },
      clientRequestId: randomUUID(),
    },
    owner,
  );
  const contact = await ok<{ id: string }>(
    fx,
    "contacts.add",
    "mutation",
    { applicationId: application.id, name: "Sam Lee", email: "sam@reach.example" },
    owner,
  );
  const draft = await ok<{ message: { id: string } }>(
    fx,
    "outreach.draft",
    "mutation",
    { contactId: contact.id },
    owner,
  );
  await ok(fx, "outreach.approve", "mutation", { id: draft.message.id }, owner);
  return {
    applicationId: application.id,
    contactId: contact.id,
    messageId: draft.message.id,
    before: await snapshot(fx, owner, application.id),
  };
}

async function snapshot(fx: Fixture, owner: Actor, applicationId: string) {
  return {
    contacts: await ok(fx, "contacts.list", "query", { applicationId }, owner),
    outreach: await ok(fx, "outreach.list", "query", { applicationId }, owner),
  };
}

const cross = <I>(input: (s: OwnerState) => I) => ({
  setup: ownerOutreach,
  input,
  async verifyUnchanged(fx: Fixture, s: OwnerState, owner: Actor) {
    expect(await snapshot(fx, owner, s.applicationId)).toEqual(s.before);
  },
});

export const outreachCases: ProcedureCase<unknown>[] = [
  defineCase({
    path: "contacts.add",
    type: "mutation",
    access: "protected",
    input: () => ({ applicationId: uuid, name: "Sam" }),
    crossUser: cross((s) => ({ applicationId: s.applicationId, name: "Mallory" })),
    badInputs: [
      { input: { applicationId: uuid }, fields: ["name"] },
      { input: { applicationId: uuid, name: "x", email: "nope" }, fields: ["email"] },
      { input: { applicationId: uuid, name: "x", linkedinUrl: "javascript:alert(1)" }, fields: ["linkedinUrl"] },
    ],
  }),
  defineCase({
    path: "contacts.list",
    type: "query",
    access: "protected",
    input: () => ({ applicationId: uuid }),
    crossUser: cross((s) => ({ applicationId: s.applicationId })),
    badInputs: [{ input: { applicationId: "x" }, fields: ["applicationId"] }],
  }),
  defineCase({
    path: "contacts.remove",
    type: "mutation",
    access: "protected",
    input: () => ({ id: uuid }),
    crossUser: cross((s) => ({ id: s.contactId })),
    badInputs: [{ input: { id: "x" }, fields: ["id"] }],
  }),
  defineCase({
    path: "outreach.draft",
    type: "mutation",
    access: "protected",
    input: () => ({ contactId: uuid }),
    crossUser: cross((s) => ({ contactId: s.contactId, tone: "brief" })),
    badInputs: [
      { input: {}, fields: ["contactId"] },
      { input: { contactId: uuid, tone: "angry" }, fields: ["tone"] },
    ],
  }),
  defineCase({
    path: "outreach.list",
    type: "query",
    access: "protected",
    input: () => ({ applicationId: uuid }),
    crossUser: cross((s) => ({ applicationId: s.applicationId })),
    badInputs: [{ input: { applicationId: 1 }, fields: ["applicationId"] }],
  }),
  defineCase({
    path: "outreach.update",
    type: "mutation",
    access: "protected",
    input: () => ({ id: uuid, body: "Hello" }),
    crossUser: cross((s) => ({ id: s.messageId, body: "Send me your password" })),
    badInputs: [
      { input: { id: uuid }, fields: ["body"] },
      { input: { id: uuid, body: "" }, fields: ["body"] },
    ],
  }),
  defineCase({
    path: "outreach.approve",
    type: "mutation",
    access: "protected",
    input: () => ({ id: uuid }),
    crossUser: cross((s) => ({ id: s.messageId })),
    badInputs: [{ input: { id: "x" }, fields: ["id"] }],
  }),
  defineCase({
    path: "outreach.send",
    type: "mutation",
    access: "protected",
    input: () => ({ id: uuid, channel: "email" }),
    crossUser: cross((s) => ({ id: s.messageId, channel: "email" })),
    badInputs: [
      { input: { id: uuid }, fields: ["channel"] },
      { input: { id: uuid, channel: "fax" }, fields: ["channel"] },
    ],
  }),
];
