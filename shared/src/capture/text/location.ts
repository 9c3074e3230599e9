import type { RemoteType } from "../../posting.ts";
import { cleanLine } from "./html-to-text.ts";

// Location display strings in one form across boards ("San Francisco, CA, US"), so the
// same job captured from Built In and from its ATS reads the same.

const US_STATES: Record<string, string> = {
  alabama: "AL",
  alaska: "AK",
  arizona: "AZ",
  arkansas: "AR",
  california: "CA",
  colorado: "CO",
  connecticut: "CT",
  delaware: "DE",
  florida: "FL",
  georgia: "GA",
  hawaii: "HI",
  idaho: "ID",
  illinois: "IL",
  indiana: "IN",
  iowa: "IA",
  kansas: "KS",
  kentucky: "KY",
  louisiana: "LA",
  maine: "ME",
  maryland: "MD",
  massachusetts: "MA",
  michigan: "MI",
  minnesota: "MN",
  mississippi: "MS",
  missouri: "MO",
  montana: "MT",
  nebraska: "NE",
  nevada: "NV",
  "new hampshire": "NH",
  "new jersey": "NJ",
  "new mexico": "NM",
  "new york": "NY",
  "north carolina": "NC",
  "north dakota": "ND",
  ohio: "OH",
  oklahoma: "OK",
  oregon: "OR",
  pennsylvania: "PA",
  "rhode island": "RI",
  "south carolina": "SC",
  "south dakota": "SD",
  tennessee: "TN",
  texas: "TX",
  utah: "UT",
  vermont: "VT",
  virginia: "VA",
  washington: "WA",
  "west virginia": "WV",
  wisconsin: "WI",
  wyoming: "WY",
  "district of columbia": "DC",
};
const US_CODES = new Set(Object.values(US_STATES));

const COUNTRIES: Record<string, string> = {
  "united states": "US",
  "united states of america": "US",
  usa: "US",
  "u.s.": "US",
  "u.s.a.": "US",
  us: "US",
  "united kingdom": "GB",
  uk: "GB",
  "great britain": "GB",
  england: "GB",
  scotland: "GB",
  gb: "GB",
  canada: "CA",
  germany: "DE",
  deutschland: "DE",
  france: "FR",
  spain: "ES",
  italy: "IT",
  ireland: "IE",
  netherlands: "NL",
  "the netherlands": "NL",
  belgium: "BE",
  switzerland: "CH",
  austria: "AT",
  sweden: "SE",
  norway: "NO",
  denmark: "DK",
  finland: "FI",
  poland: "PL",
  portugal: "PT",
  "czech republic": "CZ",
  czechia: "CZ",
  romania: "RO",
  hungary: "HU",
  greece: "GR",
  israel: "IL",
  india: "IN",
  china: "CN",
  japan: "JP",
  "south korea": "KR",
  korea: "KR",
  singapore: "SG",
  "hong kong": "HK",
  taiwan: "TW",
  australia: "AU",
  "new zealand": "NZ",
  brazil: "BR",
  mexico: "MX",
  argentina: "AR",
  chile: "CL",
  colombia: "CO",
  egypt: "EG",
  "south africa": "ZA",
  nigeria: "NG",
  kenya: "KE",
  "united arab emirates": "AE",
  uae: "AE",
  "saudi arabia": "SA",
  turkey: "TR",
  ukraine: "UA",
  philippines: "PH",
  indonesia: "ID",
  vietnam: "VN",
  thailand: "TH",
  malaysia: "MY",
  pakistan: "PK",
};

export function countryCode(name: string | null | undefined): string | null {
  if (!name) return null;
  const n = cleanLine(name);
  if (/^[A-Z]{2}$/.test(n)) return n;
  return COUNTRIES[n.toLowerCase()] ?? null;
}

export function stateCode(name: string | null | undefined): string | null {
  if (!name) return null;
  const n = cleanLine(name);
  if (US_CODES.has(n.toUpperCase()) && n.length === 2) return n.toUpperCase();
  return US_STATES[n.toLowerCase()] ?? null;
}

const WORK_MARKERS = /\s*[([]?\s*\b(remote|hybrid|on-?site|in[- ]office|in person)\b\s*[)\]]?\s*/gi;

/**
 * Normalizes one location text: "San Francisco, California, United States" →
 * "San Francisco, CA, US"; drops zip codes and "(Remote)"-style markers. Returns "" when
 * nothing but a marker remains ("Remote").
 */
export function normalizeLocation(raw: string | null | undefined): string {
  let s = cleanLine(raw).replace(WORK_MARKERS, " ").replace(/\s+/g, " ").trim();
  s = s.replace(/^[-–,;:·|\s]+|[-–,;:·|\s]+$/g, "").replace(/^\((.*)\)$/, "$1"); // "Remote (US)" → "US"
  if (!s) return "";
  const parts = s
    .split(/\s*,\s*/)
    .map((p) => p.replace(/\s+(\d{5}(-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)$/, "").trim()) // US zip, Canadian postcode
    .filter(Boolean);
  const out = parts.map((p, i) => {
    if (i === 0 && parts.length > 1) return p;
    const c = countryCode(p);
    const st = stateCode(p);
    // "Georgia" / "CA" are ambiguous; a state is only taken when a US context is plausible.
    if (i === parts.length - 1 && c && (!st || parts.length >= 3 || /^(us|usa|united states)/i.test(p))) return c;
    if (st && (parts.length <= 3 || i < parts.length - 1)) return st;
    return c && i === parts.length - 1 ? c : p;
  });
  // Deduplicate adjacent equal parts ("Singapore, Singapore").
  return out.filter((p, i) => i === 0 || p !== out[i - 1]).join(", ");
}

/** Splits a multi-location line ("SF, CA | New York, NY; Remote") and normalizes each. */
export function splitLocations(raw: string | null | undefined): string[] {
  const line = cleanLine(raw);
  if (!line) return [];
  const pieces = line.split(/\s*(?:\||;|\s•\s|\s·\s|\bor\b|\n|\/\s(?=[A-Z]))\s*/);
  return uniq(pieces.map(normalizeLocation).filter(Boolean));
}

export function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** Work arrangement named in a short text (location line, workplace badge). */
export function detectRemote(text: string | null | undefined): RemoteType {
  const t = cleanLine(text).toLowerCase();
  if (!t) return "unknown";
  if (/\bhybrid\b/.test(t)) return "hybrid";
  if (/\b(remote|telecommute|work from home|wfh|anywhere)\b/.test(t)) return "remote";
  if (/\b(on-?site|in[- ]office|in person|office-based)\b/.test(t)) return "onsite";
  return "unknown";
}

/** "FULL_TIME" / "Full-time" / "full time" → "full-time"; unknown words pass through lower-cased. */
export function normalizeEmploymentType(raw: string | string[] | null | undefined): string | null {
  const v = Array.isArray(raw) ? raw[0] : raw;
  const t = cleanLine(v)
    .toLowerCase()
    .replace(/[_\s]+/g, "-");
  if (!t) return null;
  if (/full-?time|fulltime|permanent/.test(t)) return "full-time";
  if (/part-?time|parttime/.test(t)) return "part-time";
  if (/contract|contractor|freelance|temporary|temp\b/.test(t)) return t.includes("temp") ? "temporary" : "contract";
  if (/intern/.test(t)) return "internship";
  if (/volunteer/.test(t)) return "volunteer";
  if (/per-?diem/.test(t)) return "per-diem";
  return t.slice(0, 50);
}
