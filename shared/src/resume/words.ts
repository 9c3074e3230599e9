// Word lists that tell a job title from an employer and a school from a degree. Kept as data so a
// missed spelling is a one-line fix.

const ROLE =
  /\b(engineer|engineering|developer|programmer|architect|manager|management trainee|director|head|lead|leader|analyst|scientist|designer|consultant|specialist|intern|internship|trainee|apprentice|associate|assistant|officer|administrator|admin|coordinator|executive|representative|technician|accountant|auditor|advisor|adviser|teacher|lecturer|professor|tutor|instructor|nurse|physician|doctor|pharmacist|therapist|researcher|fellow|writer|editor|author|tester|qa|sdet|devops|sre|ceo|cto|cfo|coo|cio|cmo|vp|vice president|president|founder|co-founder|cofounder|owner|partner|principal|staff|senior|junior|sr\.?|jr\.?|member of technical staff|clerk|cashier|supervisor|operator|agent|recruiter|generalist|strategist|planner|buyer|marketer|producer|coach|mentor|volunteer|contractor|freelancer|freelance|secretary|receptionist|controller|economist|statistician|mechanic|electrician|chef|attorney|lawyer|paralegal|advocate|surveyor|draftsman|foreman|inspector|estimator|maintainer|creator|contributor|student|graduate|mts|sde|swe)\b/i;

// legal-form and institution words say "employer" outright; industry words only lean that way
const ORG_STRONG =
  /\b(inc|llc|llp|ltd|limited|corp|corporation|company|co\.|gmbh|ag|s\.a\.|plc|pvt|private limited|pte|bank|university|college|institute|hospital|clinic|agency|foundation|council|ministry|department|government|authority|association|society|school|academy)\b/i;
const ORG_WEAK =
  /\b(technologies|technology|tech|solutions|systems|software|labs|laboratories|group|holdings|partners|consulting|consultancy|services|industries|enterprises|international|global|capital|ventures|studio|studios|media|networks|infotech)\b/i;

const SCHOOL =
  /\b(university|universit[éeà]|college|institute|institution|school|academy|polytechnic|iit|nit|iiit|bits|mit|ucla|uc\s+\w+|conservatory|seminary|vidyalaya|vidyapeeth|mahavidyalaya|kendriya|board|cbse|icse|hsc|ssc|state board)\b/i;

const DEGREE_WORD =
  /\b(bachelor(?:'?s)?|master(?:'?s)?|doctor(?:ate)?|doctor of|associate(?:'?s)? (?:of|in|degree)|diploma|high school|higher secondary|senior secondary|secondary school|matriculation|postgraduate|post graduate|undergraduate|intermediate|graduation)\b/i;
// abbreviations only in their written case: "BS", "B.S.", "MSc", "B.Tech", "PhD" — "be", "me", "ms" are words
const DEGREE_ABBR =
  /(?<![\w.])(B\.?\s?S\.?c?\.?|B\.?Sc\.?|M\.?\s?S\.?c?\.?|M\.?Sc\.?|B\.?\s?A\.?|M\.?\s?A\.?|B\.?\s?E\.?|M\.?\s?E\.?|B\.?\s?Eng\.?|M\.?\s?Eng\.?|B\.?\s?Tech\.?|M\.?\s?Tech\.?|B\.?\s?TECH|M\.?\s?TECH|Ph\.?\s?D\.?|PHD|MBA|M\.B\.A\.?|BBA|BBM|BCA|MCA|B\.?\s?Com\.?|M\.?\s?Com\.?|BCOM|MCOM|LL\.?B\.?|LL\.?M\.?|MBBS|B\.?Pharm|M\.?Pharm|B\.?Ed|M\.?Ed|PGDM|PGDBM|PGD|BFA|MFA|B\.?F\.?A\.?|M\.?F\.?A\.?|B\.?Arch|M\.?Arch|J\.?D\.?|DDS|DVM|Pharm\.?D|Ed\.?D|MPH|MSW|BSN|MSN|MPA|MPP|MEng|BEng|A\.?A\.?S\.?|H\.?S\.?C\.?|S\.?S\.?C\.?|S\.?S\.?L\.?C\.?|B\.?C\.?A\.?|M\.?C\.?A\.?|B\.?B\.?A\.?|PUC|XII|X|12th|10th|GED)(?![\w])/;

export const isRoleLike = (s: string): boolean => ROLE.test(s);
export const isOrgLike = (s: string): boolean => ORG_STRONG.test(s) || ORG_WEAK.test(s);

/** > 0 reads as a job title, < 0 as an employer. "Senior Software Engineer" is a title, "Acme Software Inc" an employer. */
export function roleScore(s: string): number {
  let score = 0;
  if (ROLE.test(s)) score += 2;
  // titles end in the role noun: "… Engineer", "… Manager", "… Intern"
  const last = s.trim().split(/\s+/).pop() ?? "";
  if (ROLE.test(last)) score += 1;
  if (ORG_STRONG.test(s)) score -= 3;
  else if (ORG_WEAK.test(s)) score -= 1;
  return score;
}
export const isSchoolLike = (s: string): boolean => SCHOOL.test(s);
export const isDegreeLike = (s: string): boolean => DEGREE_WORD.test(s) || DEGREE_ABBR.test(s);

/** Bullet marks people and converters use: "•", "-", "*", "◦", "▪", "–", "➢", "✓", "o ". */
export const BULLET_RE = /^\s*(?:[•●◦▪▫■□➢➤►▶✓✔❖◆◇⁃∙·*\-–—]|o\s|\d{1,2}[.)]\s)\s*/;
export const isBullet = (line: string): boolean =>
  BULLET_RE.test(line) && line.replace(BULLET_RE, "").trim().length > 0;
export const stripBullet = (line: string): string => line.replace(BULLET_RE, "").trim();

/** Prose keeps no column gaps: a justified PDF line's wide spaces are spaces. */
export const detab = (s: string): string => s.replace(/\s*\t\s*/g, " ");

/** Joins wrapped lines: "cloud-" + "native" stays "cloud-native", other breaks become a space. */
export function joinWrapped(lines: string[]): string {
  let out = "";
  for (const l of lines) {
    const t = l.trim();
    if (!t) continue;
    out = !out ? t : /[A-Za-z]-$/.test(out) && /^[a-z]/.test(t) ? out + t : `${out} ${t}`;
  }
  return out;
}
