import type { RequirementMatch } from "../fit.ts";
import { skillSet } from "../normalize/skills.ts";
import type { PostingFeatures } from "./features.ts";
import type { EvidenceLine, ProfileFeatures } from "./profile-features.ts";
import { GENERIC, tokens } from "./text.ts";
import { yearsRequired } from "./years.ts";

// "Why fit": each requirement line is met / partial / missing, with the resume or profile
// line that proves it. Evidence is always one of the profile's own lines, copied verbatim.

interface Scored {
  line: EvidenceLine;
  skillHits: number;
  tokenHits: number;
}

const YEARS_STATED = /\b\d{1,2}\+?\s*(years?|yrs)\b/i;

function bestLine(lines: EvidenceLine[], skills: Set<string>, toks: string[], wantsYears: boolean): Scored | null {
  let best: Scored | null = null;
  for (const line of lines) {
    let skillHits = 0;
    for (const s of skills) if (line.skills.has(s)) skillHits++;
    let tokenHits = 0;
    for (const t of toks) if (line.tokens.has(t)) tokenHits++;
    // a years requirement is best proven by the line that states the years
    if (wantsYears && tokenHits > 0 && YEARS_STATED.test(line.text)) tokenHits += 2;
    if (skillHits === 0 && tokenHits === 0) continue;
    const better =
      !best ||
      skillHits > best.skillHits ||
      (skillHits === best.skillHits && tokenHits > best.tokenHits) ||
      (skillHits === best.skillHits && tokenHits === best.tokenHits && line.text.length < best.line.text.length);
    if (better) best = { line, skillHits, tokenHits };
  }
  return best;
}

export function matchRequirement(pf: ProfileFeatures, text: string, kind: RequirementMatch["kind"]): RequirementMatch {
  const skills = skillSet(text);
  const toks = [...new Set(tokens(text))].filter((t) => !GENERIC.has(t) && t.length > 1);
  const years = yearsRequired(text);
  const best = bestLine(pf.lines, skills, toks, years !== null);

  let status: RequirementMatch["status"];
  if (skills.size > 0) {
    let have = 0;
    for (const s of skills) if (pf.skills.has(s)) have++;
    // "Java, Go or Rust": an alternatives list is met by any one of them
    const alternatives = /\b(or|any of|one of|such as|e\.g\.|for example|like)\b/i.test(text);
    if (have === skills.size || (alternatives && have > 0)) status = "met";
    else if (have > 0) status = "partial";
    else status = "missing";
    // the words are there even if the skill's name is not ("mentored" for "mentoring")
    if (
      status === "missing" &&
      toks.length > 0 &&
      best &&
      toks.filter((t) => best.line.tokens.has(t)).length / toks.length >= 0.5
    )
      status = "partial";
  } else {
    const hits = best ? [...toks].filter((t) => best.line.tokens.has(t)).length : 0;
    const ratio = toks.length === 0 ? 0 : hits / toks.length;
    status = ratio >= 0.5 ? "met" : ratio >= 0.25 ? "partial" : "missing";
  }
  if (years !== null && pf.years !== null && pf.years < years) {
    status = status === "met" ? "partial" : status;
    if (pf.years + 2 < years) status = "missing";
  }
  const evidence = status === "missing" || !best ? null : best.line.text;
  return { requirement: text, kind, status, evidence };
}

export function matchRequirements(pf: ProfileFeatures, q: PostingFeatures): RequirementMatch[] {
  return q.requirements.map((r) => matchRequirement(pf, r.text, r.kind));
}
