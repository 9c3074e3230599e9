import type { FitResult } from "@vanta/shared/fit";

// The digest's one line per posting, taken from the stored fit (never generated): the best met
// requirement when there is one (it names something concrete), else the rationale without its opening
// "Strong fit (82/100) for X at Y." sentence, which the digest already shows as title and score.

const MAX = 160;

function clip(s: string): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length <= MAX ? one : `${one.slice(0, MAX - 1).trimEnd()}…`;
}

export function whyFit(
  fit: Pick<FitResult, "requirements" | "rationale"> | null,
  rationale: string | null,
): string | null {
  const met = (fit?.requirements ?? []).filter((r) => r.status === "met");
  const top = met.find((r) => r.kind === "required") ?? met[0];
  if (top) return clip(`Meets: ${top.requirement}`);
  const text = (rationale ?? fit?.rationale ?? "").trim();
  if (!text) return null;
  const sentences = text.split(/(?<=\.)\s+/);
  const rest = /\(\d{1,3}\/100\)/.test(sentences[0] ?? "") ? sentences.slice(1) : sentences;
  return rest.length > 0 ? clip(rest.join(" ")) : clip(text);
}
