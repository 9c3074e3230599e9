import { findApplication } from "@vanta/db/queries/applications";
import { findContact, findPostingDescription, insertOutreach } from "@vanta/db/queries/outreach";
import { findDefaultResumeVersion } from "@vanta/db/queries/resume-versions";
import { findUserById } from "@vanta/db/queries/users";
import type { OutreachDraftInput, OutreachMessage } from "@vanta/shared/api/outreach";
import { JsonResume } from "@vanta/shared/resume/schema";
import { type OutreachFacts, outreachAgent } from "../../agents/outreach/agent.ts";
import { offlineOutreach } from "../../agents/outreach/offline.ts";
import { runAgent } from "../../agents/runner.ts";
import type { ModelPort } from "../../ports/model/types.ts";
import type { ServiceCtx } from "../context.ts";
import { NotFoundError } from "../domain-errors.ts";
import { unsupportedInMessage } from "./check.ts";
import { toMessage } from "./to-dto.ts";

const words = (s: string) => new Set(s.toLowerCase().match(/[a-z][a-z0-9+#.]{2,}/g) ?? []);

/** Resume lines that share the most terms with the posting, with their JSON Resume path. */
export function evidenceFor(resume: JsonResume, postingText: string, max = 3): OutreachFacts["evidence"] {
  const target = words(postingText);
  const lines: { path: string; text: string }[] = [];
  resume.work?.forEach((w, i) => {
    w.highlights?.forEach((h, j) => {
      lines.push({ path: `work[${i}].highlights[${j}]`, text: h });
    });
  });
  resume.projects?.forEach((p, i) => {
    if (p.description) lines.push({ path: `projects[${i}].description`, text: p.description });
  });
  return lines
    .map((l) => ({ ...l, hits: [...words(l.text)].filter((w) => target.has(w)).length }))
    .filter((l) => l.hits > 0 && l.text.length <= 400)
    .sort((a, b) => b.hits - a.hits)
    .slice(0, max)
    .map(({ path, text }) => ({ path, text }));
}

/**
 * A draft for one contact: the Outreach agent writes it from facts only; a draft that states a number or
 * name the facts do not hold is replaced by the facts-only writer and the flags are returned.
 */
export async function draftOutreach(
  ctx: ServiceCtx,
  models: ModelPort,
  input: OutreachDraftInput,
): Promise<{ message: OutreachMessage; flags: string[]; modelRunId: string }> {
  const contact = await findContact(ctx.db, ctx.userId, input.contactId);
  if (!contact) throw new NotFoundError("contact");
  const app = await findApplication(ctx.db, ctx.userId, contact.applicationId);
  if (!app) throw new NotFoundError("application");
  const [user, version, postingText] = await Promise.all([
    findUserById(ctx.db, ctx.userId),
    findDefaultResumeVersion(ctx.db, ctx.userId),
    app.postingId ? findPostingDescription(ctx.db, app.postingId) : Promise.resolve(null),
  ]);
  const parsed = JsonResume.safeParse(version?.content ?? {});
  const resume = parsed.success ? parsed.data : {};
  const current = resume.work?.find((w) => !w.endDate) ?? resume.work?.[0];
  const facts: OutreachFacts = {
    tone: input.tone,
    sender: {
      name: resume.basics?.name ?? user?.name ?? null,
      currentTitle: current?.position ?? null,
      currentEmployer: current?.name ?? null,
    },
    contact: { name: contact.name, role: contact.role },
    company: app.company,
    role: app.role,
    evidence: evidenceFor(resume, `${app.role} ${postingText ?? ""}`),
  };
  const run = await runAgent({ models, db: ctx.db, logger: ctx.log }, outreachAgent, JSON.stringify(facts), {
    userId: ctx.userId,
    purpose: "outreach.draft",
  });
  let { subject, body } = run.output;
  const flags = unsupportedInMessage(`${subject}\n${body}`, facts);
  if (flags.length > 0) ({ subject, body } = offlineOutreach(facts));
  const row = await insertOutreach(ctx.db, {
    userId: ctx.userId,
    applicationId: app.id,
    contactId: contact.id,
    channel: contact.email ? "email" : "linkedin",
    status: "draft",
    tone: input.tone,
    recipientName: contact.name,
    recipientEmail: contact.email,
    subject,
    body,
  });
  return { message: toMessage(row), flags, modelRunId: run.modelRunId };
}
