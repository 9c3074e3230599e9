import { countryCode, subdivision } from "../normalize/places.ts";
import type { ApplicantProfile } from "../resume/applicant.ts";
import type { Control } from "./controls.ts";
import type { Meaning } from "./meaning.ts";
import { chooseOption } from "./options.ts";
import { similarity } from "./tokens.ts";

// Answers a classified question from the applicant profile only. Returns null when the profile does not
// say: the planner then asks (required) or skips (optional). Nothing here guesses.

export interface Answer {
  value: string | string[];
  source: string;
  confidence: number;
}

export interface ResolveContext {
  applicant: ApplicantProfile;
  /** the hiring company, for "Have you worked at …?" when the question does not name it */
  company: string | null;
  resumeFileName: string | null;
  /** index of the repeated block (Workday work experience 1, 2, …) the control sits in */
  entryIndex: number | null;
}

const yes = (b: boolean) => (b ? "Yes" : "No");

const regionNames = (() => {
  try {
    return new Intl.DisplayNames(["en"], { type: "region" });
  } catch {
    return null;
  }
})();

function countryNameOf(code: string): string {
  try {
    return regionNames?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

function profileUrl(a: ApplicantProfile, network: RegExp): Answer | null {
  const profiles = a.basics?.profiles ?? [];
  const i = profiles.findIndex((p) => network.test(`${p.network ?? ""} ${p.url ?? ""}`.toLowerCase()));
  const p = i >= 0 ? profiles[i] : undefined;
  return p?.url ? { value: p.url, source: `basics.profiles[${i}].url`, confidence: 0.95 } : null;
}

/** The work entry still going on (no endDate): the applicant's current employer. */
export function currentWorkIndex(a: ApplicantProfile): number {
  return (a.work ?? []).findIndex((w) => w.name && !w.endDate);
}

const COMPANY_NOISE =
  /\b(inc|llc|ltd|limited|corp|corporation|co|gmbh|plc|pbc|sa|ag|the|or its subsidiaries|subsidiaries|affiliates)\b\.?/g;
const companyKey = (s: string) =>
  s
    .toLowerCase()
    .replace(COMPANY_NOISE, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export function sameCompany(a: string, b: string): boolean {
  const x = companyKey(a);
  const y = companyKey(b);
  if (!x || !y) return false;
  return x === y || similarity(x, y) >= 0.8 || (` ${x} `.includes(` ${y} `) && y.length >= 4);
}

/** "Have you ever been employed with Wipro or its subsidiaries?" → "Wipro". */
export function companyInQuestion(question: string): string | null {
  const m = /\b(?:at|for|with|by)\s+(?!us\b|our\b|this\b|the company\b)([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*)/.exec(
    question,
  );
  return m?.[1]?.replace(/[.,]$/, "") ?? null;
}

function countryInQuestion(question: string): string | null {
  const q = question.replace(/[?!]/g, " ");
  // abbreviations case-sensitive: "tell us about" is not the US
  if (/\b(USA|US|U\.S\.A?\.?)(?![\w.])/.test(q) || /\b(united states|america)\b/i.test(q)) return "US";
  if (/\b(UK|U\.K\.)(?![\w.])/.test(q) || /\b(united kingdom|great britain|britain)\b/i.test(q)) return "GB";
  const m = /\bin (?:the )?([A-Z][\w]+(?: [A-Z][\w]+)*)/.exec(q);
  return m?.[1] ? countryCode(m[1]) : null;
}

function location(a: ApplicantProfile): Answer | null {
  const l = a.basics?.location;
  if (!l?.city && !l?.region) return null;
  const country = l.countryCode && l.countryCode.toUpperCase() !== "US" ? countryNameOf(l.countryCode) : null;
  const value = [l.city, l.region, country].filter(Boolean).join(", ");
  return { value, source: "basics.location", confidence: 0.85 };
}

function workAt(
  a: ApplicantProfile,
  i: number | null,
  pick: (w: NonNullable<ApplicantProfile["work"]>[number]) => string | undefined,
  field: string,
): Answer | null {
  const idx = i ?? currentWorkIndex(a);
  const w = idx >= 0 ? a.work?.[idx] : undefined;
  const v = w ? pick(w) : undefined;
  return v ? { value: v, source: `work[${idx}].${field}`, confidence: i === null ? 0.85 : 0.9 } : null;
}

function salaryText(a: ApplicantProfile, c: Control): Answer | null {
  const s = a.application?.salaryExpectation;
  if (!s) return null;
  const value =
    c.inputType === "number"
      ? String(s.amount)
      : `${s.amount.toLocaleString("en-US")} ${s.currency}${s.period === "year" ? " per year" : ` per ${s.period}`}`;
  return { value, source: "application.salaryExpectation", confidence: 0.9 };
}

export function resolveMeaning(meaning: Meaning, c: Control, ctx: ResolveContext): Answer | null {
  const a = ctx.applicant;
  const b = a.basics ?? {};
  const app = a.application;
  const i = ctx.entryIndex;
  const nameParts = (b.name ?? "").split(/\s+/).filter(Boolean);
  switch (meaning) {
    case "fullName":
      return b.name ? { value: b.name, source: "basics.name", confidence: 0.95 } : null;
    case "firstName":
      return nameParts.length ? { value: nameParts[0] ?? "", source: "basics.name", confidence: 0.9 } : null;
    case "lastName":
      return nameParts.length > 1
        ? { value: nameParts.slice(1).join(" "), source: "basics.name", confidence: 0.85 }
        : null;
    case "preferredName":
      return app?.preferredName
        ? { value: app.preferredName, source: "application.preferredName", confidence: 0.95 }
        : null;
    case "pronouns":
      return app?.pronouns ? { value: app.pronouns, source: "application.pronouns", confidence: 0.95 } : null;
    case "email":
      return b.email ? { value: b.email, source: "basics.email", confidence: 1 } : null;
    case "phone":
      return b.phone ? { value: b.phone, source: "basics.phone", confidence: 0.95 } : null;
    case "linkedin":
      return profileUrl(a, /linkedin/);
    case "github":
      return profileUrl(a, /github/);
    case "twitter":
      return profileUrl(a, /twitter|x\.com/);
    case "website":
    case "portfolio":
      return b.url
        ? { value: b.url, source: "basics.url", confidence: meaning === "website" ? 0.9 : 0.75 }
        : profileUrl(a, /portfolio|website|personal/);
    case "city":
      return b.location?.city ? { value: b.location.city, source: "basics.location.city", confidence: 0.9 } : null;
    case "state": {
      const region = b.location?.region;
      if (!region) return null;
      return { value: region, source: "basics.location.region", confidence: 0.9 };
    }
    case "zip":
      return b.location?.postalCode
        ? { value: b.location.postalCode, source: "basics.location.postalCode", confidence: 0.9 }
        : null;
    case "country": {
      const cc = b.location?.countryCode;
      return cc ? { value: countryNameOf(cc), source: "basics.location.countryCode", confidence: 0.9 } : null;
    }
    case "address": {
      const l = b.location;
      // a bare "Address" box wants a street; a question ("What is the address you plan to work from?") takes the city
      if (!l?.address) return c.label.split(/\s+/).length >= 5 ? location(a) : null;
      const value = [l.address, l.city, [l.region, l.postalCode].filter(Boolean).join(" "), l.countryCode]
        .filter(Boolean)
        .join(", ");
      return { value, source: "basics.location.address", confidence: 0.85 };
    }
    case "location":
      return location(a);
    case "currentCompany":
      return workAt(a, i, (w) => w.name, "name");
    case "currentTitle":
      return workAt(a, i, (w) => w.position, "position");
    case "workLocation":
      return workAt(a, i, (w) => w.location, "location");
    case "workStart":
      return workAt(a, i, (w) => w.startDate, "startDate");
    case "workEnd":
      return workAt(a, i, (w) => w.endDate, "endDate");
    case "workDescription":
      return workAt(a, i, (w) => w.summary ?? w.highlights?.join("\n"), "summary");
    case "currentlyWorkHere": {
      const idx = i ?? currentWorkIndex(a);
      const w = idx >= 0 ? a.work?.[idx] : undefined;
      return w ? { value: yes(!w.endDate), source: `work[${idx}].endDate`, confidence: 0.9 } : null;
    }
    case "school":
    case "degree":
    case "major": {
      const idx = i ?? 0;
      const e = a.education?.[idx];
      const field = meaning === "school" ? "institution" : meaning === "degree" ? "studyType" : "area";
      const v = e?.[field];
      return v ? { value: v, source: `education[${idx}].${field}`, confidence: 0.85 } : null;
    }
    case "skills": {
      const names = (a.skills ?? []).map((s) => s.name).filter((n): n is string => !!n);
      if (!names.length) return null;
      return { value: c.kind === "combobox" ? names : names.join(", "), source: "skills", confidence: 0.8 };
    }
    case "workedHereBefore": {
      const company = companyInQuestion(c.label) ?? ctx.company;
      const work = a.work ?? [];
      if (!company || !work.length) return null;
      const idx = work.findIndex((w) => w.name && sameCompany(w.name, company));
      return idx >= 0
        ? { value: "Yes", source: `work[${idx}].name`, confidence: 0.85 }
        : { value: "No", source: "work", confidence: 0.8 };
    }
    case "workAuthorization": {
      const countries = app?.workAuthorization?.countries ?? [];
      const cc = countryInQuestion(c.label);
      if (!cc || !countries.length) return null;
      return { value: yes(countries.includes(cc)), source: "application.workAuthorization.countries", confidence: 0.9 };
    }
    case "sponsorship": {
      const needs = app?.workAuthorization?.needsSponsorship;
      // "I have the right to work in the UK without sponsorship": the answer holds for the countries the
      // applicant listed, not for another one the question names.
      const countries = app?.workAuthorization?.countries ?? [];
      const named = countryInQuestion([c.label, ...c.options].join(" . "));
      if (named && countries.length && !countries.includes(named)) return null;
      return needs === undefined
        ? null
        : { value: yes(needs), source: "application.workAuthorization.needsSponsorship", confidence: 0.95 };
    }
    case "relocation":
      return app?.willingToRelocate === undefined
        ? null
        : { value: yes(app.willingToRelocate), source: "application.willingToRelocate", confidence: 0.9 };
    case "startDate":
      return app?.startDate ? { value: app.startDate, source: "application.startDate", confidence: 0.9 } : null;
    case "salary":
      return salaryText(a, c);
    case "referralSource":
      return app?.referralSource
        ? { value: app.referralSource, source: "application.referralSource", confidence: 0.85 }
        : null;
    case "gender":
    case "race":
    case "hispanicLatino":
    case "veteran":
    case "disability": {
      const v = app?.eeo?.[meaning === "hispanicLatino" ? "hispanicLatino" : meaning];
      return v ? { value: v, source: `application.eeo.${meaning}`, confidence: 0.95 } : null;
    }
    default:
      return null;
  }
}

/** The option that carries a region answer: "CA" ↔ "California", "US" ↔ "United States of America". */
export function chooseLocationOption(meaning: Meaning, options: readonly string[], value: string): string | null {
  if (meaning === "state") {
    const want = subdivision(value)?.code ?? value.toUpperCase();
    return options.find((o) => subdivision(o)?.code === want) ?? chooseOption(options, value);
  }
  if (meaning === "country") {
    const want = countryCode(value);
    return options.find((o) => want && countryCode(o) === want) ?? chooseOption(options, value);
  }
  return chooseOption(options, value);
}
