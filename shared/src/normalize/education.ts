import { z } from "zod";

export const educationLevels = ["high_school", "associate", "bachelor", "master", "doctorate"] as const;
export const EducationLevel = z.enum(educationLevels);
export type EducationLevel = z.infer<typeof EducationLevel>;

const PATTERNS: ReadonlyArray<readonly [EducationLevel, RegExp]> = [
  ["high_school", /\bhigh school (?:diploma|degree|education)\b|\bGED\b|\bsecondary school\b/i],
  ["associate", /\bassociate(?:'s|s)? degree\b|\bassociate of (?:science|arts)\b/i],
  [
    "bachelor",
    /\bbachelor(?:'s|s|’s)?\b|\b(?:B\.S\.|B\.A\.|B\.Sc\.?|BSc|B\.?Tech|B\.?E\.)(?=\W)|\b(?:BS|BA)(?:\s*\/\s*(?:BA|BS|MS|MA))*\s+(?:degree|in)\b|\b(?:BS|BA)\s*\/\s*(?:MS|MA|BS|BA)\b|\bundergraduate degree\b|\b4[- ]year degree\b|\bfour[- ]year degree\b|\buniversity degree\b|\bcollege degree\b/i,
  ],
  [
    "master",
    /\bmaster(?:'s|s|’s)? (?:degree|of|in)\b|\b(?:M\.S\.|M\.A\.|M\.Sc\.?|MSc|MBA|M\.?Tech)(?=\W)|\bMS (?:degree|in)\b|\bgraduate degree\b/i,
  ],
  // "PhD" only as a qualification ("PhD in…", "PhD or…", "PhD required"), not "PhD programs".
  [
    "doctorate",
    /\bph\.?\s?d\.?(?=\s*(?:in\b|or\b|degree|required|preferred|\/|,|\)|$))|\bdoctorate\b|\bdoctoral degree\b/im,
  ],
];

/**
 * The lowest degree the posting mentions: "Bachelor's required, Master's preferred" → bachelor.
 * Null when no degree is named.
 */
export function detectEducation(text: string | null | undefined): EducationLevel | null {
  if (!text) return null;
  for (const [level, re] of PATTERNS) if (re.test(text)) return level;
  return null;
}
