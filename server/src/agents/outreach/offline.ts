import { registerOfflineSkill } from "../../ports/model/offline/skills.ts";
import { OutreachFacts, type OutreachOutput } from "./agent.ts";

// The offline Outreach writer: the message is assembled from the facts only, in the chosen tone.

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const trimDot = (s: string) => s.trim().replace(/[.;\s]+$/, "");

export function offlineOutreach(f: OutreachFacts): OutreachOutput {
  const first = f.contact.name.split(/\s+/)[0] ?? f.contact.name;
  const me = f.sender.name ?? "";
  const now = f.sender.currentTitle
    ? `${f.sender.currentTitle}${f.sender.currentEmployer ? ` at ${f.sender.currentEmployer}` : ""}`
    : null;
  const used = f.evidence.slice(0, f.tone === "brief" ? 1 : 2);
  const proof = used.map((e) => lower(trimDot(e.text)));
  const subject = `${f.role} at ${f.company}`;
  let body: string;
  if (f.tone === "brief") {
    body = [
      `Hi ${first},`,
      `I applied for the ${f.role} role at ${f.company}${proof[0] ? `; recently I ${proof[0].replace(/^i\s+/i, "")}` : ""}. Would you have 15 minutes to talk about the team?`,
      me ? `Thanks,\n${me}` : "Thanks",
    ].join("\n\n");
  } else if (f.tone === "formal") {
    body = [
      `Dear ${f.contact.name},`,
      `I am writing about the ${f.role} position at ${f.company}.${now ? ` I am currently ${now}.` : ""}`,
      proof.length ? `Relevant to the role: ${proof.join("; ")}.` : "",
      `I would welcome the opportunity to discuss how I could contribute to the team.`,
      me ? `Kind regards,\n${me}` : "Kind regards",
    ]
      .filter(Boolean)
      .join("\n\n");
  } else {
    body = [
      `Hi ${first},`,
      `I came across the ${f.role} opening at ${f.company}${f.contact.role ? ` and saw you are ${f.contact.role} there` : ""}.${now ? ` I'm ${now}.` : ""}`,
      proof.length ? `A bit of what I'd bring: ${proof.join("; ")}.` : "",
      `Would you be open to a short chat about the role and the team?`,
      me ? `Best,\n${me}` : "Best",
    ]
      .filter(Boolean)
      .join("\n\n");
  }
  return { subject, body, sources: used.map((e) => e.path) };
}

registerOfflineSkill("outreach", (ctx) => {
  const facts = OutreachFacts.safeParse(ctx.inputJson);
  if (!facts.success) return { subject: "Hello", body: "Hello.", sources: [] };
  return offlineOutreach(facts.data);
});
