import type { OutreachFacts } from "../../agents/outreach/agent.ts";

/**
 * Facts a model may not add to a message: every number (counts, percentages, money, years) and every proper
 * name inside a sentence must appear in the facts it was given. Sentence-initial words are skipped (they
 * are capitalised anyway); this errs on the side of flagging.
 */
export function unsupportedInMessage(body: string, facts: OutreachFacts): string[] {
  const known = JSON.stringify(facts).toLowerCase();
  const flags: string[] = [];
  for (const n of body.match(/[$€£]?\d[\d,.]*%?/g) ?? []) {
    const bare = n.replace(/[$€£%,]/g, "").replace(/\.$/, "");
    if (!known.includes(bare.toLowerCase())) flags.push(`number "${n}" is not in the resume, posting or application`);
  }
  for (const sentence of body.split(/(?<=[.!?:\n])\s+/)) {
    const words = sentence.split(/\s+/).slice(1);
    for (const w of words) {
      const name = w.replace(/[^\p{L}\p{N}'&.-]/gu, "").replace(/[.'-]+$/, "");
      if (/^\p{Lu}[\p{L}\p{N}&.-]+$/u.test(name) && !known.includes(name.toLowerCase()) && !COMMON.has(name))
        flags.push(`name "${name}" is not in the resume, posting or application`);
    }
  }
  return [...new Set(flags)];
}

const COMMON = new Set([
  "I",
  "I'm",
  "I'd",
  "I've",
  "Best",
  "Thanks",
  "Regards",
  "Kind",
  "Hi",
  "Dear",
  "Hello",
  "LinkedIn",
]);
