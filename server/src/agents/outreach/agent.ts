import { Agent } from "@openai/agents";
import { z } from "zod";

// The Outreach agent (seed §3.6): drafts a short message to a contact in the chosen tone, from facts
// only (the sender's resume, the posting, the application). A draft never leaves without its owner's approval.

export const OutreachFacts = z.object({
  tone: z.enum(["warm", "formal", "brief"]),
  sender: z.object({
    name: z.string().nullable(),
    currentTitle: z.string().nullable(),
    currentEmployer: z.string().nullable(),
  }),
  contact: z.object({ name: z.string(), role: z.string().nullable() }),
  company: z.string(),
  role: z.string(),
  /** resume lines (with their JSON Resume path) that share the most terms with the posting */
  evidence: z.array(z.object({ path: z.string(), text: z.string() })),
});
export type OutreachFacts = z.infer<typeof OutreachFacts>;

export const OutreachOutput = z.object({
  subject: z.string().max(200).describe("Email subject, under 10 words, naming the role"),
  body: z.string().max(4000).describe("The message; only facts given in the input; signed with the sender's name"),
  sources: z.array(z.string()).describe("The evidence paths the body uses"),
});
export type OutreachOutput = z.infer<typeof OutreachOutput>;

export const OUTREACH_INSTRUCTIONS =
  "You write a short outreach message from a job seeker to a person at a company about a role. The input is JSON " +
  "with the tone (warm, formal or brief), the sender, the contact, the company, the role and evidence lines from " +
  "the sender's resume. Use only these facts: never invent employers, titles, numbers, dates or skills. " +
  "Address the contact by name, name the role, cite at most two evidence lines in your own words, ask for a short " +
  "conversation, and list the evidence paths you used in `sources`.";

export const outreachAgent = new Agent({
  name: "outreach",
  instructions: OUTREACH_INSTRUCTIONS,
  outputType: OutreachOutput,
});
