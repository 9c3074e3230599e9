// What a form question means, read from its text. Rules are data, tried in order (most specific first);
// each is tested on the visible question first, then on the control's name/id/placeholder.

export const MEANINGS = [
  "firstName",
  "lastName",
  "middleName",
  "fullName",
  "preferredName",
  "pronouns",
  "email",
  "phone",
  "phoneCountryCode",
  "address",
  "addressLine2",
  "city",
  "state",
  "zip",
  "country",
  "location",
  "linkedin",
  "github",
  "twitter",
  "portfolio",
  "website",
  "currentCompany",
  "currentTitle",
  "workLocation",
  "workStart",
  "workEnd",
  "currentlyWorkHere",
  "workDescription",
  "school",
  "degree",
  "major",
  "skills",
  "resume",
  "resumeText",
  "coverLetter",
  "workedHereBefore",
  "workAuthorization",
  "sponsorship",
  "relocation",
  "startDate",
  "salary",
  "referralSource",
  "gender",
  "race",
  "hispanicLatino",
  "veteran",
  "disability",
  "accommodation",
  "criminalHistory",
  "consent",
  "unknown",
] as const;
export type Meaning = (typeof MEANINGS)[number];

/**
 * Sensitive questions: filled only from what the applicant gave (application.eeo, needsSponsorship,
 * salaryExpectation, or an answer-bank entry), never derived or guessed, never sent to a model.
 */
export const SENSITIVE: ReadonlySet<Meaning> = new Set<Meaning>([
  "gender",
  "race",
  "hispanicLatino",
  "veteran",
  "disability",
  "accommodation",
  "sponsorship",
  "salary",
  "criminalHistory",
]);

type Rule = readonly [Meaning, RegExp];

/** Order matters: "Have you worked at X" before "company", "Hispanic/Latino" before race, sponsorship before authorization. */
export const QUESTION_RULES: readonly Rule[] = [
  [
    "workedHereBefore",
    /\b(have|did) you (ever )?(previously )?(been )?(work(ed)?|employed)\b.*\b(at|for|with|by)\b|\bformer (employee|intern)\b|\bpreviously (been )?(worked|employed)\b/,
  ],
  ["criminalHistory", /\b(criminal|convicted|conviction|felony|misdemeanou?r)\b/],
  ["hispanicLatino", /\bhispanic\b|\blatin[oax]\b/],
  ["race", /\brace\b|\bethnicity\b|\bracial\b/],
  ["gender", /\bgender\b|\bsex\b/],
  ["veteran", /\bveteran\b|\bmilitary (service|status)\b|\bprotected vet/],
  ["accommodation", /\baccommodat(e|ion|ions)\b|\bassist(ance)?\b/],
  ["disability", /\bdisabilit(y|ies)\b|\bdisabled\b/],
  ["sponsorship", /\bsponsor(ship)?\b|\bvisa\b|\bh-?1b\b/],
  [
    "workAuthorization",
    /\b(legally )?(authori[sz]ed|eligible|permitted|entitled) to work\b|\bright to work\b|\bwork (authori[sz]ation|permit)\b/,
  ],
  [
    "salary",
    /\bsalary\b|\bcompensation\b|\b(expected|desired|target) (pay|base|total)\b|\bpay (expectation|range)s?\b/,
  ],
  ["address", /\b(what is|enter|provide|list) (your|the) (home |current |mailing |street )?address\b/],
  ["relocation", /\breloca(te|tion|ting)\b/],
  [
    "startDate",
    /\bstart date\b|\b(earliest|soonest)\b.*\bstart\b|\b(when|able) (can|could|would) you (start|join)\b|\bavailable to start\b|\bnotice period\b|\bavailability\b/,
  ],
  [
    "referralSource",
    /\bhow did you (hear|learn|find)\b|\bhear about\b|\b(referral|application) source\b|\bwhere did you (hear|find|see)\b|\blearn(ed)? about (us|this)\b|\bfind out about\b/,
  ],
  [
    "consent",
    /\b(i )?(agree|consent|acknowledge|certify|attest)\b|\bprivacy (policy|notice)\b|\bterms\b|\bcontact me\b/,
  ],
  ["pronouns", /\bpronouns?\b/],
  ["preferredName", /\bpreferred (first |full )?name\b|\bnickname\b|\bgoes by\b/],
  ["phoneCountryCode", /\b(phone |dialing |country )(country )?code\b/],
  ["firstName", /\bfirst ?name\b|\bgiven name\b|\bforename\b|\bfname\b/],
  ["lastName", /\blast ?name\b|\bsurname\b|\bfamily name\b|\blname\b/],
  ["middleName", /\bmiddle (name|initial)\b/],
  ["fullName", /\bfull ?name\b|\blegal name\b|\byour name\b|^name$/],
  ["email", /\be-?mail\b/],
  ["phone", /\bphone\b|\bmobile\b|\bcell\b|\btelephone\b/],
  ["linkedin", /\blinked ?in\b/],
  ["github", /\bgit ?hub\b/],
  ["twitter", /\btwitter\b|\bx\.com\b/],
  ["portfolio", /\bportfolio\b/],
  ["website", /\bwebsite\b|\bpersonal (site|url|page)\b|\bblog\b|\bhomepage\b|^urls?\b/],
  ["resume", /\bresume\b|\bcv\b|\bcurriculum vitae\b|\brésumé\b/],
  ["coverLetter", /\bcover ?letter\b|\bmotivation(al)? letter\b|\bwrite your letter\b/],
  ["currentlyWorkHere", /\b(i )?currently work (here|there)\b/],
  ["workDescription", /\brole description\b|\bjob description\b|\bresponsibilities\b/],
  [
    "currentCompany",
    /\bcurrent (company|employer|organi[sz]ation)\b|\b(company|employer) name\b|^(company|employer|organi[sz]ation)$/,
  ],
  ["currentTitle", /\bcurrent (job )?(title|role|position)\b|\bjob title\b|^title$/],
  ["school", /\bschool\b|\buniversity\b|\bcollege\b|\binstitution\b/],
  ["degree", /\bdegree\b|\beducation (type|level)\b|\bqualification\b/],
  ["major", /\bmajor\b|\bfield of study\b|\bdiscipline\b|\barea of study\b|\bbranch of study\b/],
  ["skills", /\bskills?\b/],
  ["addressLine2", /\baddress (line )?2\b|\baddress2\b|\bapartment\b|\bsuite\b/],
  ["address", /\baddress\b/],
  ["city", /\bcity\b|\btown\b/],
  ["country", /\bcountry\b/],
  ["state", /\bstate\b|\bprovince\b|\bregion\b/],
  ["zip", /\bzip\b|\bpostal ?code\b|\bpost ?code\b/],
  ["location", /\blocation\b|\bwhere are you (based|located)\b|\bcurrently (based|located)\b/],
];

/** Browser autocomplete tokens are the page's own statement of meaning. */
export const AUTOCOMPLETE: Readonly<Record<string, Meaning>> = {
  "given-name": "firstName",
  "family-name": "lastName",
  "additional-name": "middleName",
  name: "fullName",
  nickname: "preferredName",
  email: "email",
  tel: "phone",
  "tel-national": "phone",
  "street-address": "address",
  "address-line1": "address",
  "address-level2": "city",
  "address-level1": "state",
  "postal-code": "zip",
  country: "country",
  "country-name": "country",
  organization: "currentCompany",
  "organization-title": "currentTitle",
  url: "website",
};

/** Lower-case words, punctuation folded to spaces; `first_name` / `firstName` → "first name". */
export function normalizeText(s: string): string {
  return s
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_[\]]+/g, " ")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}'./@+-]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function classifyText(text: string): Meaning {
  const t = normalizeText(text);
  if (!t) return "unknown";
  for (const [meaning, re] of QUESTION_RULES) if (re.test(t)) return meaning;
  return "unknown";
}
