import type { FitFactors, HardFilterResult, RequirementMatch } from "../fit.ts";
import { skillLabel } from "../normalize/skills.ts";
import type { PostingFeatures } from "./features.ts";
import type { ProfileFeatures } from "./profile-features.ts";

// Template text computed from the factors (the offline model's rationale): it only restates
// numbers and matches already computed, so it can never claim what the data does not show.

function band(score: number): string {
  if (score >= 75) return "Strong fit";
  if (score >= 55) return "Good fit";
  if (score >= 35) return "Partial fit";
  return "Weak fit";
}

export function missingRequiredSkills(pf: ProfileFeatures, q: PostingFeatures): string[] {
  return [...q.requiredSkills].filter((s) => !pf.skills.has(s));
}

export function rationale(
  score: number,
  factors: FitFactors,
  filters: HardFilterResult[],
  requirements: RequirementMatch[],
  pf: ProfileFeatures,
  q: PostingFeatures,
): string {
  const parts: string[] = [`${band(score)} (${score}/100) for ${q.posting.title} at ${q.posting.company}.`];
  const req = [...q.requiredSkills];
  if (req.length > 0) {
    const have = req.filter((s) => pf.skills.has(s)).length;
    parts.push(`You show ${have} of ${req.length} required skills.`);
  }
  const met = requirements.filter((r) => r.status === "met").length;
  if (requirements.length > 0)
    parts.push(`${met} of ${requirements.length} listed requirements are met by your resume.`);
  if (factors.title >= 0.7) parts.push("Your titles match this role.");
  else if (factors.title < 0.3) parts.push("This role is outside your usual titles.");
  if (q.title.seniority && pf.seniority)
    parts.push(
      q.title.seniority === pf.seniority
        ? `Level matches (${pf.seniority}).`
        : `Level: ${q.title.seniority} role, you read as ${pf.seniority}.`,
    );
  const failed = filters.filter((f) => !f.passed);
  if (failed.length > 0) parts.push(`Blocked by: ${failed.map((f) => f.reason).join("; ")}.`);
  return parts.join(" ");
}

export function improvements(
  factors: FitFactors,
  filters: HardFilterResult[],
  requirements: RequirementMatch[],
  pf: ProfileFeatures,
  q: PostingFeatures,
): string[] {
  const out: string[] = [];
  const missing = missingRequiredSkills(pf, q);
  if (missing.length > 0)
    out.push(`Show ${missing.slice(0, 5).map(skillLabel).join(", ")} on your resume if you have used them (required).`);
  const pref = [...q.preferredSkills].filter((s) => !pf.skills.has(s));
  if (pref.length > 0)
    out.push(`Preferred skills you could add if true: ${pref.slice(0, 5).map(skillLabel).join(", ")}.`);
  const partial = requirements.filter((r) => r.status === "partial" && r.kind === "required");
  for (const r of partial.slice(0, 2)) out.push(`Strengthen evidence for: "${r.requirement.slice(0, 120)}".`);
  if (factors.title < 0.5 && pf.titles.length > 0)
    out.push(
      `Your titles differ from "${q.posting.title}": describe comparable responsibilities in your own words if you had them.`,
    );
  for (const f of filters) if (!f.passed) out.push(`Hard filter "${f.name}": ${f.reason}.`);
  if (pf.derived.years && pf.years === null && q.yearsRequired !== null)
    out.push("State your years of experience so the years requirement can be checked.");
  return out;
}
