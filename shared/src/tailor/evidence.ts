import type { RequirementMatch } from "../fit.ts";
import { matchRequirements } from "../match/evidence.ts";
import { type PostingFeatures, postingFeatures } from "../match/features.ts";
import { profileFeatures } from "../match/profile-features.ts";
import type { Posting } from "../posting.ts";
import { MatchProfile } from "../profile.ts";
import type { JsonResume } from "../resume/schema.ts";
import { type ResumeLine, resumeLines } from "./lines.ts";

// The matcher's view of a JSON Resume: requirement by requirement met/partial/missing, with the
// resume paths of the evidence line (the matcher returns the line's text verbatim).

export interface RequirementEvidence extends RequirementMatch {
  evidencePaths: string[];
}

/** Lines the matcher reads: the tailorable lines plus titles, schools and certificates. */
export function evidenceLines(r: JsonResume): ResumeLine[] {
  const out = resumeLines(r);
  (r.work ?? []).forEach((w, i) => {
    if (w.position) out.push({ path: `work[${i}].position`, text: w.position, kind: "label" });
  });
  (r.education ?? []).forEach((e, i) => {
    const text = [e.studyType, e.area, e.institution].filter(Boolean).join(", ");
    if (text) out.push({ path: `education[${i}]`, text, kind: "label" });
  });
  (r.certificates ?? []).forEach((c, i) => {
    if (c.name) out.push({ path: `certificates[${i}]`, text: c.name, kind: "label" });
  });
  return out;
}

export function resumeEvidence(r: JsonResume, posting: Posting | PostingFeatures, currentYear = 2026) {
  const q = "requirements" in posting && "vector" in posting ? posting : postingFeatures(posting as Posting);
  const lines = evidenceLines(r);
  const profile = MatchProfile.parse({
    resumeText: lines.map((l) => l.text.replace(/\s*\n\s*/g, " ")).join("\n"),
    titles: [r.basics?.label, ...(r.work ?? []).map((w) => w.position)]
      .filter((t): t is string => Boolean(t))
      .slice(0, 5),
  });
  const pf = profileFeatures(profile, undefined, currentYear);
  const byText = new Map<string, string[]>();
  for (const l of lines) {
    const t = l.text.replace(/\s*\n\s*/g, " ").trim();
    byText.set(t, [...(byText.get(t) ?? []), l.path]);
  }
  const requirements: RequirementEvidence[] = matchRequirements(pf, q).map((m) => ({
    ...m,
    evidencePaths: m.evidence ? (byText.get(m.evidence) ?? []) : [],
  }));
  return { requirements, features: q, profile: pf };
}

/** Share of requirements met or partly met (0..1), and the same counting only what `visible` paths show. */
export function evidencedShare(reqs: RequirementEvidence[], visible?: (path: string) => boolean): number {
  if (reqs.length === 0) return 1;
  const ok = reqs.filter((r) => r.status !== "missing" && (!visible || r.evidencePaths.some(visible)));
  return ok.length / reqs.length;
}
