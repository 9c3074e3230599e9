import { detectWorkplace } from "../../normalize/location.ts";
import { countryCode as placeCountryCode, subdivision } from "../../normalize/places.ts";
import type { RemoteType } from "../../posting.ts";
import { cleanLine } from "./html-to-text.ts";

// Location display strings in one form across boards ("San Francisco, CA, US"), so the
// same job captured from Built In and from its ATS reads the same.

// Country and state names come from normalize's place tables (one gazetteer); only the
// display rules below are capture's own. "City, ST" with a US state gets its ", US" so that
// an ATS page ("San Francisco, CA") and an aggregator ("San Francisco, California, United
// States") give the same string; no other country is inferred.

/** "United States" / "usa" / "DE" → ISO code; any two capitals pass through as written. */
export function countryCode(name: string | null | undefined): string | null {
  if (!name) return null;
  const n = cleanLine(name);
  if (/^[A-Z]{2}$/.test(n)) return n;
  return placeCountryCode(n);
}

/** "California" / "ca" / "CA" → "CA"; US states only. */
export function stateCode(name: string | null | undefined): string | null {
  if (!name) return null;
  const n = cleanLine(name);
  const sub = subdivision(n.length === 2 ? n.toUpperCase() : n);
  return sub?.country === "US" ? sub.code : null;
}

// No leading/trailing \s*: "\s*[([]?\s*" backtracked cubically on whitespace runs; the marker is
// replaced by a space and whitespace is collapsed right after anyway.
const WORK_MARKERS = /(?:[([]\s*)?\b(remote|hybrid|on-?site|in[- ]office|in person)\b(?:\s*[)\]])?/gi;

// Kept apart from normalize/location.ts parseOneLocation on purpose: capture returns one display
// string per place, normalize infers structured fields (city, region, country) for ingestion.
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
  const display = out.filter((p, i) => i === 0 || p !== out[i - 1]);
  const last = parts[parts.length - 1];
  if (display.length === 2 && display[1] === stateCode(last)) display.push("US");
  return display.join(", ");
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

/** Work arrangement named in a short text (location line, workplace badge): normalize's reading. */
export function detectRemote(text: string | null | undefined): RemoteType {
  const t = cleanLine(text);
  return t ? detectWorkplace({ locations: [t] }) : "unknown";
}

// Not normalize/employment.ts: the Posting contract shows "full-time" and matches the word
// anywhere in a badge ("Employee - Full time"); normalize stores prefix-matched "full_time".
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
