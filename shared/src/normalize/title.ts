import { seniorityFromTitle } from "./seniority.ts";

// Title cleanup and occupation family. Families are coarse on purpose: they drive the
// title factor of the fit score and dedup blocking, not a full O*NET classification.

export const occupationFamilies = [
  "software_engineering",
  "data_ml",
  "product",
  "design",
  "program_project",
  "sales",
  "marketing",
  "finance",
  "operations",
  "support",
  "hr",
  "legal",
  "healthcare",
  "hardware_engineering",
  "education",
  "other",
] as const;
export type OccupationFamily = (typeof occupationFamilies)[number];

const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\bsr\.?(?=\s|$)/g, "senior"],
  [/\bsnr\.?(?=\s|$)/g, "senior"],
  [/\bjr\.?(?=\s|$)/g, "junior"],
  [/\bswe\b/g, "software engineer"],
  [/\bsde\b/g, "software development engineer"],
  [/\bsre\b/g, "site reliability engineer"],
  [/\btpm\b/g, "technical program manager"],
  [/\bapm\b/g, "associate product manager"],
  [/\bmgr\.?(?=\s|$)/g, "manager"],
  [/\beng\.?(?=\s|$)/g, "engineer"],
  [/\bengr\.?(?=\s|$)/g, "engineer"],
  [/\bdev\b(?!\s*ops)/g, "developer"],
  [/\bml\b/g, "machine learning"],
  [/\bai\b/g, "artificial intelligence"],
  [/\bqa\b/g, "quality assurance"],
  [/\bux\b/g, "user experience"],
  [/\bui\b/g, "user interface"],
  [/\bvp\b/g, "vice president"],
  [/\bfront[- ]end\b/g, "frontend"],
  [/\bback[- ]end\b/g, "backend"],
  [/\bfull[- ]stack\b/g, "fullstack"],
];

const NOISE: RegExp[] = [
  /\((?:m|f|w|d|x|h)(?:\s*[/|]\s*(?:m|f|w|d|x|h))+\)/gi, // (m/f/d)
  /\b(?:req(?:uisition)?|job)\s*(?:id|#|no\.?)\s*[:#]?\s*[\w-]+/gi,
  /\s[-–|]\s*(?:remote|hybrid|on-?site)\b.*$/i,
  /\((?:remote|hybrid|on-?site)[^)]*\)/gi,
  /\b100%\s*remote\b/gi,
];

/** Lowercase title with noise removed and abbreviations expanded ("Sr. SWE (m/f/d) - Remote" → "senior software engineer"). */
export function cleanTitle(title: string): string {
  let t = title;
  for (const re of NOISE) t = t.replace(re, " ");
  t = t.toLowerCase().replace(/&/g, " and ");
  // keep letters of every script: Hebrew or Polish titles must not collapse to nothing
  t = t.replace(/[^\p{L}\p{N}+#./\s-]/gu, " ").replace(/\s+/g, " ");
  for (const [re, to] of ABBREVIATIONS) t = t.replace(re, to);
  return t
    .replace(/[/,]/g, " ")
    .replace(/\s+-\s+|\s+/g, " ")
    .trim();
}

const LEVEL_WORDS =
  /\b(senior|junior|staff|principal|lead|intern|internship|associate|entry level|mid level|new grad|graduate|distinguished|i{1,3}|iv|level \d|l\d)\b/g;

/** Clean title without level words: "senior staff software engineer ii" → "software engineer". */
export function coreTitle(title: string): string {
  return cleanTitle(title).replace(LEVEL_WORDS, " ").replace(/\s+/g, " ").trim();
}

// Most specific first: "Data Engineer" is data, "Sales Engineer" is sales, "Engineer" is software.
const FAMILY_RULES: Array<[RegExp, OccupationFamily]> = [
  [
    /\b(technical program|program manager|programme manager|project manager|project management|program management|scrum master|delivery manager|pmo)\b/,
    "program_project",
  ],
  [
    /\b(product manager|product owner|product lead|head of product|product management|group product|associate product manager|vice president product|director product|product director)\b/,
    "product",
  ],
  [
    /\b(data scien|machine learning|artificial intelligence|data engineer|data analy|analytics engineer|business intelligence|bi developer|bi analyst|statistician|research scientist|applied scientist|deep learning|nlp|computer vision|quantitative|data architect|decision scien)/,
    "data_ml",
  ],
  [
    /\b(sales engineer|solutions engineer|solution engineer|pre-?sales|account executive|account manager|sales|business development|bdr|sdr|inside sales|partnerships?)\b/,
    "sales",
  ],
  [
    /\b(designer|design lead|design manager|user experience|user interface|ux|ui|creative director|art director|illustrator)\b/,
    "design",
  ],
  [
    /\b(marketing|marketer|seo|content strateg|copywriter|brand|communications|growth marketing|demand gen|social media|public relations)\b/,
    "marketing",
  ],
  [
    /\b(mechanical|electrical|hardware|manufacturing|civil|chemical|process engineer|firmware|embedded|rf engineer|asic|fpga|cad|rtl|silicon|soc|physical design|design verification|analog|cpu)\b/,
    "hardware_engineering",
  ],
  [
    /\b(software|developer|programmer|frontend|backend|fullstack|devops|site reliability|platform engineer|infrastructure engineer|cloud engineer|security engineer|quality assurance|test engineer|sdet|automation engineer|engineering manager|developer advocate|solutions architect|software architect|cloud architect|systems engineer|network engineer|database administrator|dba|it support|engineer|engineering)\b/,
    "software_engineering",
  ],
  [
    /\b(accountant|accounting|finance|financial|controller|treasury|tax|audit|auditor|bookkeeper|payroll|fp&a|investment|analyst banking|actuar|underwriter|credit)\b/,
    "finance",
  ],
  [
    /\b(recruiter|recruiting|talent|human resources|hr|people partner|people operations|hrbp|compensation|benefits)\b/,
    "hr",
  ],
  [/\b(counsel|attorney|lawyer|legal|paralegal|compliance|privacy)\b/, "legal"],
  [
    /\b(nurse|physician|doctor|clinical|clinician|pharmac|therapist|medical|dental|health|caregiver|surgeon)\b/,
    "healthcare",
  ],
  [
    /\b(customer support|customer service|support specialist|technical support|help ?desk|customer success|customer experience|call center|community operations)\b/,
    "support",
  ],
  [/\b(teacher|tutor|instructor|professor|lecturer|educator)\b/, "education"],
  [
    /\b(operations|operator|logistics|supply chain|procurement|warehouse|fleet|driver|coordinator|administrator|office manager|strategy|business analyst)\b/,
    "operations",
  ],
];

export function occupationFamily(title: string): OccupationFamily {
  const t = ` ${cleanTitle(title)} `;
  for (const [re, family] of FAMILY_RULES) if (re.test(t)) return family;
  return "other";
}

// Families close enough that a move between them is plausible.
const NEAR: Array<[OccupationFamily, OccupationFamily, number]> = [
  ["software_engineering", "data_ml", 0.45],
  ["software_engineering", "hardware_engineering", 0.3],
  ["program_project", "product", 0.45],
  ["program_project", "operations", 0.35],
  ["program_project", "software_engineering", 0.2],
  ["product", "design", 0.25],
  ["sales", "marketing", 0.3],
  ["support", "operations", 0.35],
  ["sales", "support", 0.25],
  ["finance", "operations", 0.2],
  ["legal", "finance", 0.15],
];

export function familySimilarity(a: OccupationFamily, b: OccupationFamily): number {
  if (a === b) return a === "other" ? 0.5 : 1;
  for (const [x, y, s] of NEAR) if ((x === a && y === b) || (x === b && y === a)) return s;
  return 0;
}

export interface TitleInfo {
  clean: string;
  core: string;
  family: OccupationFamily;
  seniority: ReturnType<typeof seniorityFromTitle>;
}

export function parseTitle(title: string): TitleInfo {
  return {
    clean: cleanTitle(title),
    core: coreTitle(title),
    family: occupationFamily(title),
    seniority: seniorityFromTitle(title),
  };
}
