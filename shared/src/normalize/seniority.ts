import type { Seniority } from "../profile.ts";

// Seniority from a job title. Order matters: the first rule that fires wins, so
// "Senior Engineering Manager" is a manager and "Associate Director" a director.
// "Manager" is a level only for people managers: a Product/Program/Account Manager is a role.

const ROLE_MANAGERS =
  /\b(product|program|programme|project|account|accounts|technical account|customer success|partner|partnership|partnerships|community|content|case|relationship|success|marketing|brand|campaign|category|channel|release|delivery|implementation|solutions|territory|growth operations|social media|event|events|office|property|portfolio|risk|compliance|payroll|benefits|recruiting|talent|vendor|procurement|supply|inventory|quality|safety|facilities|data|privacy|security|incident|launch|operations|merchant|courier|fleet)\s+managers?\b/;

const RULES: Array<[RegExp, Seniority]> = [
  [/\b(intern|internship|co-?op|werkstudent|trainee|apprentice)\b/, "intern"],
  [/\b(chief|c[eotfi]o|cxo|vice president|vp|svp|evp|president|founder|partner at)\b/, "executive"],
  [/\b(director|head of|head,)\b/, "director"],
  [/\b(distinguished|fellow|principal)\b/, "principal"],
  [/\b(staff|sr\.? staff|senior staff|architect)\b/, "staff"],
  [/\bmanagers?\b/, "manager"],
  // an explicit "Junior" beats a grade number ("Specialist III - Junior Data Scientist")
  [/\b(junior|jr|entry[- ]level|new grad)\b/, "junior"],
  [/\b(senior|sr|snr|lead|iii|iv|level 3|l5|expert)\b/, "senior"],
  [/\b(graduate|grad|associate|apprentice|level 1|i|l3)\b/, "junior"],
  [/\b(mid[- ]level|intermediate|ii|level 2|l4)\b/, "mid"],
];

/** The level a title states, or null when it states none. */
export function seniorityFromTitle(title: string): Seniority | null {
  const t = ` ${title
    .toLowerCase()
    .replace(/[()[\],/|–—:]/g, " ")
    .replace(/\s+/g, " ")} `;
  for (const [re, level] of RULES) {
    if (!re.test(t)) continue;
    if (level === "manager") {
      // "Senior Product Manager" → senior; "Product Manager" → no level stated
      const withoutRoles = t.replace(new RegExp(ROLE_MANAGERS.source, "g"), " ");
      if (!/\bmanagers?\b/.test(withoutRoles)) continue;
    }
    if (level === "staff" && /\bstaff(ing)?\s+(accountant|nurse|pharmacist|writer|assistant)\b/.test(t)) continue;
    return level;
  }
  return null;
}

/** Position on one ladder: people-manager levels sit next to their IC equivalents. */
export const SENIORITY_RANK: Record<Seniority, number> = {
  intern: 0,
  junior: 1,
  mid: 2,
  senior: 3,
  staff: 4,
  manager: 4,
  principal: 5,
  director: 6,
  executive: 7,
};

/** A typical level for a number of years of professional experience. */
export function seniorityFromYears(years: number): Seniority {
  if (years < 1) return "junior";
  if (years < 3) return "junior";
  if (years < 5) return "mid";
  if (years < 9) return "senior";
  if (years < 13) return "staff";
  return "principal";
}

/** 1 when equal, falling with distance on the ladder; `null` (unknown) scores a neutral 0.7. */
export function seniorityFit(profile: Seniority | null, posting: Seniority | null): number {
  if (!profile || !posting) return 0.7;
  const d = Math.abs(SENIORITY_RANK[profile] - SENIORITY_RANK[posting]);
  return d === 0 ? 1 : d === 1 ? 0.75 : d === 2 ? 0.35 : 0;
}
