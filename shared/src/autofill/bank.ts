import type { AnswerBankEntry } from "../resume/applicant.ts";
import { classifyText, type Meaning } from "./meaning.ts";
import { similarity, tokens } from "./tokens.ts";

// The applicant's own answers to past questions, matched to a new question by meaning: shared content
// words after stemming and synonyms (not exact text), and a question of known meaning only from an entry of that meaning
// ("Do you need sponsorship?" must not answer "Are you willing to relocate?").

export const BANK_THRESHOLD = 0.5;

export interface BankHit {
  index: number;
  answer: string;
  score: number;
}

export function matchAnswerBank(question: string, meaning: Meaning, bank: readonly AnswerBankEntry[]): BankHit | null {
  const q = tokens(question);
  if (!q.size) return null;
  let best: BankHit | null = null;
  bank.forEach((entry, index) => {
    const m = classifyText(entry.question);
    // a question of known meaning takes only an answer given to a question of that same meaning
    if (meaning !== "unknown" && m !== meaning) return;
    const score = similarity(q, entry.question);
    if (score >= BANK_THRESHOLD && (!best || score > best.score)) best = { index, answer: entry.answer, score };
  });
  return best;
}
