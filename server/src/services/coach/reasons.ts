import type { CoachFacts } from "../../agents/coach/agent.ts";
import { offlineReason } from "../../agents/coach/offline.ts";

/**
 * Keeps a model's reason only when it invents nothing checkable: every date-like token and every
 * capitalised name must appear in the task's facts; otherwise the facts-only reason replaces it.
 */
export function acceptReason(facts: CoachFacts, reason: string | undefined): { reason: string; replaced: boolean } {
  const fallback = { reason: offlineReason(facts), replaced: true };
  if (!reason || reason.trim().length < 8) return fallback;
  const known = [facts.title, facts.company, facts.role, facts.stage, ...facts.history, ...facts.postingSkills]
    .concat(facts.nextEventDay ?? [], String(facts.daysSilent))
    .join(" ")
    .toLowerCase();
  const dates = reason.match(/\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g) ?? [];
  if (dates.some((d) => !known.includes(d.toLowerCase()))) return fallback;
  const numbers = reason.match(/\b\d+\b/g) ?? [];
  if (numbers.some((n) => !known.includes(n))) return fallback;
  // Capitalised words after the first: names of people or companies the facts don't hold.
  const words = reason.split(/\s+/).slice(1);
  const names = words.map((w) => w.replace(/[^\p{L}'-]/gu, "")).filter((w) => /^\p{Lu}\p{Ll}+/u.test(w));
  const common = new Set(["Prospect", "Applied", "Screen", "Interview", "Offer", "I", "Review", "Apply"]);
  if (names.some((n) => !common.has(n) && !known.includes(n.toLowerCase()))) return fallback;
  return { reason: reason.trim(), replaced: false };
}
