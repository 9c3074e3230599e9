import { z } from "zod";

export const Clearance = z.object({
  required: z.boolean(),
  /** "TS/SCI", "Top Secret", "Secret", "Public Trust", "SC", "DV", or null when unspecified */
  level: z.string().nullable(),
});
export type Clearance = z.infer<typeof Clearance>;

const LEVELS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bTS\s*\/\s*SCI\b|\btop secret\s*\/\s*sci\b/i, "TS/SCI"],
  [/\btop secret\b/i, "Top Secret"],
  [/\bsecret (?:security )?clearance\b|\b(?:active|current) secret\b/i, "Secret"],
  [/\bpublic trust\b/i, "Public Trust"],
  [/\b(?:DV|developed vetting) clearance\b|\bdeveloped vetting\b/i, "DV"],
  [/\b(?:SC|security check) clearance\b|\bSC cleared\b/i, "SC"],
];
const REQUIRED =
  /\b(?:security|government|federal|dod|doe|active|current|secret|top secret|ts\/sci|sc|dv) clearance\b|\bclearance (?:is )?required\b|\bTS\s*\/\s*SCI\b|\b(?:full[- ]scope |ci )?polygraph\b|\bpublic trust\b|\bSC cleared\b|\bdeveloped vetting\b/i;
const NEGATED = /\bno (?:security )?clearance (?:is )?(?:required|needed)\b|\bclearance (?:is )?not required\b/i;

/** Whether a security clearance is required (or must be obtainable) and which level. */
export function detectClearance(text: string | null | undefined): Clearance {
  if (!text || NEGATED.test(text) || !REQUIRED.test(text)) return { required: false, level: null };
  for (const [re, level] of LEVELS) if (re.test(text)) return { required: true, level };
  return { required: true, level: null };
}
