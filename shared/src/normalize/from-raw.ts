import { detectClearance } from "./clearance.ts";
import { toIsoDate } from "./dates.ts";
import { detectEducation } from "./education.ts";
import { normalizeEmploymentType } from "./employment.ts";
import { parseYearsRequired } from "./experience.ts";
import { fixMojibake, htmlToText } from "./html.ts";
import { detectWorkplace, type ParsedLocation, parseLocations } from "./location.ts";
import { NormalizedPosting } from "./normalized.ts";
import { countryCode, subdivision } from "./places.ts";
import { noClassifier, type PostingClassifier, type RawPosting } from "./raw.ts";
import { findSalaryInText, type NormalizedSalary, parseSalaryText, salaryFromRange } from "./salary.ts";
import { canonicalUrl } from "./url.ts";
import { detectVisaSponsorship } from "./visa.ts";

const MAX_DESCRIPTION = 200_000;

export interface NormalizeContext {
  /** reference time for relative dates ("3 days ago") */
  now: Date;
  classify?: PostingClassifier;
}

export type NormalizeResult = { ok: true; posting: NormalizedPosting } | { ok: false; reasons: string[] };

const clean = (s: string | null | undefined): string =>
  fixMojibake(s ?? "")
    .replace(/\s+/g, " ")
    .trim();

function placesToLocations(raw: RawPosting): ParsedLocation[] {
  const out: ParsedLocation[] = [];
  for (const p of raw.places ?? []) {
    const city = clean(p.city) || null;
    const regionRaw = clean(p.region) || null;
    const country = p.country ? (countryCode(p.country) ?? null) : null;
    const sub = regionRaw ? subdivision(regionRaw) : null;
    const region = sub && (!country || sub.country === country) ? sub.code : regionRaw;
    const cc = country ?? sub?.country ?? null;
    const display = [city, region, cc].filter(Boolean).join(", ");
    if (display) out.push({ city, region, country: cc, display, remote: false });
  }
  return out;
}

/** One raw feed item → a validated NormalizedPosting, or the reasons it was rejected. */
export function normalizePosting(raw: RawPosting, ctx: NormalizeContext): NormalizeResult {
  const fullText = raw.descriptionHtml ? htmlToText(raw.descriptionHtml) : htmlToText(raw.descriptionText ?? "");
  // An oversized description is cut to the contract's limit rather than losing the posting.
  const description = fullText.length > MAX_DESCRIPTION ? `${fullText.slice(0, MAX_DESCRIPTION - 1)}…` : fullText;
  const title = clean(raw.title);
  const locationStrings = raw.locations.map((l) => clean(l)).filter(Boolean);
  const parsed = parseLocations(locationStrings);
  const fromPlaces = placesToLocations(raw);
  // Structured places are more exact; parsed strings add remote markers and extra places.
  let parsedLocations = fromPlaces.length
    ? [
        ...fromPlaces,
        ...parsed.filter((p) => !fromPlaces.some((f) => f.display === p.display) && (p.remote || !p.city)),
      ]
    : parsed;
  const hintCc = raw.countryHint ? countryCode(raw.countryHint) : null;
  const only = parsedLocations[0];
  if (hintCc && parsedLocations.length === 1 && only && !only.country && only.city) {
    parsedLocations = [
      { ...only, country: hintCc, display: [only.city, only.region, hintCc].filter(Boolean).join(", ") },
    ];
  }
  const remote = detectWorkplace({ hint: raw.remoteHint ?? null, locations: locationStrings, title, description });

  let compensation: NormalizedSalary | null = null;
  if (raw.salary) compensation = salaryFromRange({ ...raw.salary, defaultCurrency: raw.defaultCurrency });
  if (!compensation && raw.salaryText)
    compensation = parseSalaryText(htmlToText(raw.salaryText), { defaultCurrency: raw.defaultCurrency });
  if (!compensation && description) compensation = findSalaryInText(description, raw.defaultCurrency);

  const tags = [...new Set((raw.tags ?? []).map((t) => clean(t)).filter(Boolean))].slice(0, 100);
  const yearsExperience = parseYearsRequired(description);
  const classification = (ctx.classify ?? noClassifier)({ title, description, tags, yearsMin: yearsExperience?.min });
  const url = canonicalUrl(raw.url);
  const displayLocations = parsedLocations.map((l) => l.display);

  const candidate = {
    title,
    company: clean(raw.company),
    locations: displayLocations.length ? displayLocations : locationStrings,
    remote,
    employmentType: normalizeEmploymentType(raw.employmentType ?? null),
    salary: compensation
      ? {
          min: compensation.minCents === null ? null : compensation.minCents / 100,
          max: compensation.maxCents === null ? null : compensation.maxCents / 100,
          currency: compensation.currency,
          period: compensation.period,
        }
      : null,
    description,
    postedAt: toIsoDate(raw.postedAt ?? null, ctx.now),
    closed: raw.closed ?? false,
    source: raw.source,
    sourceId: raw.sourceId,
    url: url ?? raw.url,
    applyUrl: canonicalUrl(raw.applyUrl) ?? null,
    department: clean(raw.department) || null,
    tags,
    seniority: classification.seniority,
    family: classification.family,
    skills: classification.skills,
    compensation,
    parsedLocations,
    yearsExperience,
    visaSponsorship: raw.visaHint ?? detectVisaSponsorship(description),
    clearance: detectClearance(description),
    education: detectEducation(description),
    validThrough: toIsoDate(raw.validThrough ?? null, ctx.now),
  };
  const result = NormalizedPosting.safeParse(candidate);
  if (result.success) return { ok: true, posting: result.data };
  return {
    ok: false,
    reasons: result.error.issues.map((i) => `${i.path.join(".") || "posting"}: ${i.message}`),
  };
}
