import { postingFeatures } from "../match/features.ts";
import { detectEducation } from "../normalize/education.ts";
import { extractSkills, skillLabel } from "../normalize/skills.ts";
import type { Posting } from "../posting.ts";
import type { JsonResume } from "../resume/schema.ts";
import { degreesIn, numbersIn, wordsOf } from "./facts.ts";
import { resumeLines, resumeStrings } from "./lines.ts";
import { postingForms, reword } from "./reword.ts";
import { startsWithActionVerb, WEAK_OPENINGS } from "./verbs.ts";

// The ATS optimizer's score, 0–100: parseability (standard sections, complete dated roles, contact
// lines, nothing an ATS drops), keyword coverage against the posting (skills in the posting's exact
// form, title, degree, certifications; a keyword is matched only if the resume contains it) and impact
// (quantified bullets, action verbs, length). Suggestions never ask for a claim: "add X if you have used it".

export interface AtsIssue {
  path: string;
  message: string;
  suggestion: string;
}

export interface AtsResult {
  score: number;
  parts: { parseability: number; keywords: number; impact: number };
  keywords: {
    matched: string[];
    missing: string[];
    /** posting keyword → the other forms the resume writes it in (an exact-match ATS may miss them) */
    synonyms: Record<string, string[]>;
  };
  issues: AtsIssue[];
}

export const WEIGHTS = { parseability: 0.25, keywords: 0.45, impact: 0.3 } as const;

interface Keyword {
  keyword: string;
  kind: "skill" | "title" | "degree" | "certification";
  weight: number;
  matched: boolean;
  synonyms: string[];
  path: string | null;
}

const LEVEL =
  /\b(senior|sr\.?|junior|jr\.?|staff|principal|lead|head|chief|intern|associate|entry[- ]level|mid[- ]level|i{1,3}|iv|level \d|l\d)\b/gi;
const DEGREE_ORDER = ["associate", "bachelor", "master", "mba", "doctorate"];
const DEGREE_NAMES: Record<string, string> = {
  high_school: "High school diploma",
  associate: "Associate degree",
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  doctorate: "PhD",
};
const CERT_NAME =
  /\b(PMP|CPA|CFA|CISSP|CISA|CISM|CCNA|CCNP|CKA|CKAD|CSM|PHR|SPHR|SHRM-CP|SHRM-SCP|Security\+|AWS Certified [A-Z][\w-]*(?: [A-Z][\w-]*){0,3}|Google Cloud Certified[\w -]{0,40}|Azure [A-Z][\w-]* (?:Associate|Expert))\b/g;

export function postingTitleKeyword(title: string): string {
  const head = title.split(/,|\s[-–—|/]\s|\(|:/)[0] ?? title;
  return head.replace(LEVEL, " ").replace(/\s+/g, " ").trim();
}

export function atsScore(resume: JsonResume, posting: Posting): AtsResult {
  const issues: AtsIssue[] = [];
  const parseability = scoreParseability(resume, issues);
  const keywords = postingKeywords(resume, posting);
  const impact = scoreImpact(resume, issues);

  let total = 0;
  let got = 0;
  for (const k of keywords) {
    total += k.weight;
    // a synonym match counts less: exact-form ATSs may not see it
    if (k.matched) got += k.synonyms.length > 0 ? k.weight * 0.75 : k.weight;
  }
  const keywordScore = total === 0 ? 100 : Math.round((100 * got) / total);
  for (const k of keywords) keywordIssue(k, issues);

  const parts = { parseability, keywords: keywordScore, impact };
  const score = Math.round(
    WEIGHTS.parseability * parseability + WEIGHTS.keywords * keywordScore + WEIGHTS.impact * impact,
  );
  const synonyms: Record<string, string[]> = {};
  for (const k of keywords) if (k.matched && k.synonyms.length > 0) synonyms[k.keyword] = k.synonyms;
  return {
    score,
    parts,
    keywords: {
      matched: keywords.filter((k) => k.matched).map((k) => k.keyword),
      missing: keywords.filter((k) => !k.matched).map((k) => k.keyword),
      synonyms,
    },
    issues,
  };
}

function postingKeywords(resume: JsonResume, posting: Posting): Keyword[] {
  const q = postingFeatures(posting);
  const forms = postingForms(`${posting.title}\n${posting.description}`);
  const strings = resumeStrings(resume);
  const hitsByPath = strings.map((s) => ({ path: s.path, hits: extractSkills(s.text) }));
  const out: Keyword[] = [];
  const skillIds =
    q.requiredSkills.size + q.preferredSkills.size > 0 ? [...q.requiredSkills, ...q.preferredSkills] : [...q.skills];
  for (const id of skillIds) {
    const keyword = exactForm(forms.get(id), id);
    const found = hitsByPath.flatMap((p) =>
      p.hits.filter((h) => h.id === id).map((h) => ({ path: p.path, text: h.text })),
    );
    const exact = found.some((f) => f.text.toLowerCase() === keyword.toLowerCase());
    out.push({
      keyword,
      kind: "skill",
      weight: q.preferredSkills.has(id) ? 1 : 2,
      matched: found.length > 0,
      synonyms: exact ? [] : [...new Set(found.map((f) => f.text))],
      path: found[0]?.path ?? null,
    });
  }
  const allText = strings.map((s) => s.text).join("\n");
  const lower = ` ${wordsOf(allText).join(" ")} `;
  const title = postingTitleKeyword(posting.title);
  if (title) {
    const path = strings.find((s) => ` ${wordsOf(s.text).join(" ")} `.includes(` ${wordsOf(title).join(" ")} `))?.path;
    out.push({
      keyword: title,
      kind: "title",
      weight: 2,
      matched: lower.includes(` ${wordsOf(title).join(" ")} `),
      synonyms: [],
      path: path ?? null,
    });
  }
  const reqText = q.requirements.map((r) => r.text).join("\n") || posting.description;
  const degree = detectEducation(reqText);
  if (degree && degree !== "high_school") {
    const have = (resume.education ?? []).flatMap((e) => [...degreesIn(`${e.studyType ?? ""} ${e.area ?? ""}`)]);
    const rank = (d: string) => DEGREE_ORDER.indexOf(d === "mba" ? "master" : d);
    const ok = have.some((h) => rank(h) >= rank(degree));
    out.push({
      keyword: DEGREE_NAMES[degree]!,
      kind: "degree",
      weight: 1,
      matched: ok,
      synonyms: [],
      path: ok ? "education" : null,
    });
  }
  for (const m of new Set([...reqText.matchAll(CERT_NAME)].map((x) => x[0]))) {
    const ok = lower.includes(` ${wordsOf(m).join(" ")} `);
    out.push({
      keyword: m,
      kind: "certification",
      weight: 1,
      matched: ok,
      synonyms: [],
      path: ok ? "certificates" : null,
    });
  }
  return out;
}

function exactForm(form: string | undefined, id: string): string {
  // the posting's own spelling when it is a name ("PostgreSQL"), else the vocabulary label
  if (!form) return skillLabel(id);
  return form.charAt(0).toUpperCase() + form.slice(1);
}

function keywordIssue(k: Keyword, issues: AtsIssue[]) {
  if (k.matched && k.synonyms.length > 0 && k.path) {
    issues.push({
      path: k.path,
      message: `The posting writes "${k.keyword}"; the resume writes "${k.synonyms.join('", "')}", which an exact-match ATS may miss`,
      suggestion: `Write "${k.keyword}" in place of "${k.synonyms[0]}"`,
    });
    return;
  }
  if (k.matched) return;
  const by = {
    skill: {
      path: "skills",
      message: `The posting asks for ${k.keyword}; the resume does not mention it`,
      suggestion: `Add "${k.keyword}" to your skills if you have used it, and a bullet that shows where`,
    },
    title: {
      path: "basics.summary",
      message: `The posting's title "${k.keyword}" appears nowhere in the resume`,
      suggestion: `If "${k.keyword}" describes work you have done, say so in your summary in those words`,
    },
    degree: {
      path: "education",
      message: `The posting asks for a ${k.keyword}; the resume lists none`,
      suggestion: `Add your degree to education if you hold one (or an equivalent the posting accepts)`,
    },
    certification: {
      path: "certificates",
      message: `The posting names the ${k.keyword} certification; the resume does not`,
      suggestion: `Add "${k.keyword}" to certificates if you hold it`,
    },
  }[k.kind];
  issues.push(by);
}

function scoreParseability(r: JsonResume, issues: AtsIssue[]): number {
  let score = 100;
  const miss = (path: string, cost: number, message: string, suggestion: string) => {
    score -= cost;
    issues.push({ path, message, suggestion });
  };
  if (!r.basics?.name) miss("basics.name", 10, "No name", "Put your name at the top");
  if (!r.basics?.email) miss("basics.email", 5, "No e-mail address", "Add the e-mail address recruiters should use");
  if (!r.basics?.phone) miss("basics.phone", 3, "No phone number", "Add a phone number if you want calls");
  if (!r.work?.length)
    miss("work", 25, "No work experience section", 'Add your roles under a standard "Experience" section');
  if (!r.education?.length) miss("education", 5, "No education section", 'Add an "Education" section if you have any');
  if (!r.skills?.length) miss("skills", 10, "No skills section", 'Add a "Skills" section listing the tools you use');
  if (r.basics?.image)
    miss(
      "basics.image",
      5,
      "A photo: many ATSs drop images and some reject them",
      "Leave the photo out of applications",
    );
  let entryCost = 0;
  (r.work ?? []).forEach((w, i) => {
    for (const [field, label] of [
      ["name", "employer"],
      ["position", "title"],
      ["startDate", "start date"],
    ] as const) {
      if (!w[field] && entryCost < 25) {
        entryCost += 5;
        miss(`work[${i}].${field}`, 5, `Role without ${label}`, `Add the ${label} as it appears in your records`);
      }
    }
    if (w.startDate && w.endDate && w.endDate < w.startDate)
      miss(`work[${i}].endDate`, 5, "The role ends before it starts", "Check the dates");
  });
  let lineCost = 0;
  for (const l of resumeLines(r)) {
    if (lineCost >= 15) break;
    if (/\t|\s\|\s.*\s\|\s|[│┃║]/.test(l.text)) {
      lineCost += 3;
      miss(
        l.path,
        3,
        "Table or column layout inside a line; ATSs read it as one jumbled line",
        "Write it as a plain sentence",
      );
    } else if (l.text.length > 350) {
      lineCost += 2;
      miss(l.path, 2, `Very long line (${l.text.length} characters)`, "Split it into two bullets of one result each");
    }
  }
  return Math.max(0, score);
}

function scoreImpact(r: JsonResume, issues: AtsIssue[]): number {
  const bullets = resumeLines(r).filter((l) => l.kind === "highlight");
  if (bullets.length === 0) {
    issues.push({
      path: "work",
      message: "No bullet points under your roles",
      suggestion: "Add two to five bullets per role, each one thing you did and what it changed",
    });
    return 0;
  }
  let quantified = 0;
  let verbs = 0;
  let sized = 0;
  let shown = 0;
  for (const b of bullets) {
    const hasNumber = numbersIn(b.text).length > 0;
    const verb = startsWithActionVerb(b.text);
    const words = b.text.split(/\s+/).length;
    const goodLength = words >= 6 && words <= 40;
    if (hasNumber) quantified++;
    if (verb) verbs++;
    if (goodLength) sized++;
    if (shown >= 8) continue;
    if (WEAK_OPENINGS.test(b.text)) {
      const better = reword(b.text, new Map());
      issues.push({
        path: b.path,
        message: "Starts with a duty phrase instead of what you did",
        suggestion:
          better !== b.text ? `Start with the verb: "${better}"` : "Start with an action verb that says what you did",
      });
      shown++;
    } else if (!hasNumber) {
      issues.push({
        path: b.path,
        message: "No number shows the scale or result",
        suggestion: "Add a figure you can stand behind (users, time, money, team size) if you have one",
      });
      shown++;
    } else if (!goodLength) {
      issues.push({
        path: b.path,
        message: words < 6 ? "Too short to show a result" : `Long bullet (${words} words)`,
        suggestion: words < 6 ? "Say what changed because of it" : "Keep one result per bullet, under 40 words",
      });
      shown++;
    }
  }
  const n = bullets.length;
  return Math.round(100 * (0.4 * (quantified / n) + 0.4 * (verbs / n) + 0.2 * (sized / n)));
}
