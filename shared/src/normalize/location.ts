import { z } from "zod";
import type { RemoteType } from "../posting.ts";
import { fixMojibake } from "./html.ts";
import { cityCountry, countryCode, isArea, regionCountry, subdivision } from "./places.ts";

export const ParsedLocation = z.object({
  city: z.string().nullable(),
  /** state/province code for US/CA ("CA", "ON"), else the region name as written */
  region: z.string().nullable(),
  /** ISO 3166-1 alpha-2, null for areas like "Europe" or unknown places */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  /** "San Francisco, CA, US" */
  display: z.string().min(1),
  /** this location was marked remote ("Remote - US") */
  remote: z.boolean(),
});
export type ParsedLocation = z.infer<typeof ParsedLocation>;

const REMOTE_WORD =
  /\b(remote|remotely|anywhere|work from home|wfh|telecommute|home[- ]based|distributed|fully remote|100% remote)\b/i;
const HYBRID_WORD = /\bhybrid\b/i;
const ONSITE_WORD = /\b(on[- ]?site|in[- ]office|in office|office[- ]based|in person)\b/i;

/** A place or badge that says the work is remote ("Remote - US", "Anywhere", "WFH"). */
export function mentionsRemote(text: string): boolean {
  return REMOTE_WORD.test(text);
}

/** Removes remote/hybrid markers and the punctuation around them: "Remote - US" → "US". */
function stripWorkplaceWords(s: string): string {
  const out = s
    .replace(/\((?:\s*(?:remote|hybrid|on[- ]?site)\s*(?:first|friendly|only|ok|possible)?\s*)\)/gi, " ")
    .replace(/\((?:[^()]*\b(?:travel|required|optional|flexible|preferred)\b[^()]*)\)/gi, " ")
    .replace(
      /\b(?:fully |100% )?(?:remote|hybrid|on[- ]?site)\b(?:[\s-]*(?:first|friendly|only|ok|possible|in|from|within|based))?/gi,
      " ",
    )
    // "European timezones" names an overlap requirement, not a place.
    .replace(/\b[\p{L}-]+ time ?zones?\b/giu, " ")
    .replace(/\b(?:work from home|wfh|anywhere in( the)?|timezones?|time zones?)\b/gi, " ")
    .replace(/\s{2,}/g, " ");
  // Trim separators, and parentheses only when unbalanced: "Taiwan (ROC)" keeps its own.
  const edges =
    (out.match(/\(/g) ?? []).length === (out.match(/\)/g) ?? []).length
      ? /^[\s\-–—:,/|]+|[\s\-–—:,/|]+$/g
      : /^[\s\-–—:,/|()]+|[\s\-–—:,/|()]+$/g;
  return out.replace(edges, "").trim();
}

function display(city: string | null, region: string | null, country: string | null, fallback: string): string {
  const parts = [city, region, country].filter((p): p is string => !!p);
  return parts.length ? parts.join(", ") : fallback;
}

/** Parses one location phrase ("Saint Louis, MO, USA", "Canada (Remote)", "Berlin") */
export function parseOneLocation(raw: string): ParsedLocation | null {
  const text = fixMojibake(raw).replace(/\s+/g, " ").trim();
  if (!text) return null;
  const remote = REMOTE_WORD.test(text);
  const rest = stripWorkplaceWords(text);
  if (!rest) return remote ? { city: null, region: null, country: null, display: "Remote", remote } : null;
  const parts = rest
    .split(/\s*,\s*/)
    .map((p) => p.replace(/\s*\([^)]*\)\s*$/, "").trim())
    // "Taipei City, Taipei City, Taiwan": a repeated part says nothing new.
    .filter((p, i, all) => p && p.toLowerCase() !== all[i - 1]?.toLowerCase());
  let country: string | null = null;
  let region: string | null = null;
  let city: string | null = null;
  const last = parts[parts.length - 1] ?? "";
  if (parts.length === 1) {
    // A lone token: area, country, state, or city (cities first: "New York" is the city).
    if (isArea(last)) return { city: null, region: last, country: null, display: last, remote };
    const cityCc = cityCountry(last);
    const cc = countryCode(last);
    const sub = subdivision(last);
    if (cc && !cityCc) country = cc;
    else if (cityCc) {
      city = last;
      country = cityCc;
    } else if (sub && last.length > 2) {
      region = sub.code;
      country = sub.country;
    } else city = last;
    return { city, region, country, display: display(city, region, country, last), remote };
  }
  const work = [...parts];
  // "San Francisco, CA" / "Berlin, DE": a two-letter code that is also a US state is the state,
  // unless the city is known to be in the country with that code.
  const lastIsState = /^[A-Z]{2}$/.test(last) && subdivision(last)?.country === "US";
  const cityCc = cityCountry(parts[0] ?? "");
  const cc = lastIsState && cityCc !== last ? null : countryCode(last);
  if (cc) {
    country = cc;
    work.pop();
  }
  const maybeRegion = work.length > 1 || !country ? work[work.length - 1] : undefined;
  if (maybeRegion) {
    // "Philadelphia, Pa": a title-cased state code in the region slot.
    const sub = subdivision(
      /^[A-Z][a-z]$/.test(maybeRegion) && work.length > 1 ? maybeRegion.toUpperCase() : maybeRegion,
    );
    const foreign = !sub && work.length > 1 ? regionCountry(maybeRegion) : null;
    if (sub && (!country || country === sub.country)) {
      region = sub.code;
      country = country ?? sub.country;
      work.pop();
    } else if (foreign && (!country || country === foreign)) {
      region = maybeRegion;
      country = foreign;
      work.pop();
    } else if (!country && isArea(maybeRegion)) {
      work.pop();
      region = maybeRegion;
    }
  }
  if (work.length === 1 && !country && countryCode(work[0] ?? "") && parts.length === 1)
    country = countryCode(work[0] ?? "");
  city = work.length ? work.join(", ") : null;
  if (city && !country) country = cityCountry(city);
  // "Bengaluru, Karnataka": a known city first, the rest read as its region.
  const firstCc = !country && work.length > 1 ? cityCountry(work[0] ?? "") : null;
  if (firstCc) {
    country = firstCc;
    region = region ?? work.slice(1).join(", ");
    city = work[0] ?? null;
  }
  if (city && country && countryCode(city) === country) city = null;
  if (!city && !region && !country) return { city: null, region: null, country: null, display: rest, remote };
  return { city, region, country, display: display(city, region, country, rest), remote };
}

// Lowercase "or" only: "Portland, OR" is Oregon.
const MULTI_SPLIT = /\s*(?:;|\||\/\/|\n|•| \/ )\s*|\s+or\s+/;

/**
 * Parses a posting's location strings into places. One string may hold several
 * ("USA, Canada, USA timezones", "London | Berlin", "NYC or Remote").
 */
export function parseLocations(raws: ReadonlyArray<string | null | undefined>): ParsedLocation[] {
  const out: ParsedLocation[] = [];
  const seen = new Set<string>();
  const push = (loc: ParsedLocation | null) => {
    if (!loc) return;
    const k = `${loc.display.toLowerCase()}|${loc.remote}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push(loc);
  };
  for (const raw of raws) {
    if (!raw) continue;
    for (const piece of fixMojibake(raw).split(MULTI_SPLIT)) {
      if (!piece.trim()) continue;
      const commaParts = piece.split(/\s*,\s*/).filter(Boolean);
      // A comma list of countries/areas is several places, not "city, region, country".
      const stripped = commaParts.map(stripWorkplaceWords).filter(Boolean);
      const allPlaces =
        stripped.length > 1 &&
        (stripped.every((p) => countryCode(p) || isArea(p)) ||
          // "San Francisco, Amsterdam, London": all known cities, none a state or country
          stripped.every((p) => cityCountry(p) && !subdivision(p) && !countryCode(p)));
      if (allPlaces) {
        const remote = REMOTE_WORD.test(piece);
        for (const p of stripped) {
          const loc = parseOneLocation(p);
          if (loc) push({ ...loc, remote: loc.remote || remote });
        }
      } else push(parseOneLocation(piece));
    }
  }
  return out;
}

/**
 * Remote/hybrid/onsite from explicit hints first (an API's workplaceType or remote flag),
 * then from location strings, then from the title. The description is only used for
 * clear statements, since "remote" also appears in phrases like "remote sensing".
 */
export function detectWorkplace(input: {
  hint?: string | boolean | null;
  locations?: ReadonlyArray<string | null | undefined>;
  title?: string | null;
  description?: string | null;
}): RemoteType {
  const { hint } = input;
  if (typeof hint === "boolean") return hint ? "remote" : fromText();
  if (typeof hint === "string") {
    const h = hint.toLowerCase().replace(/[^a-z]/g, "");
    if (h === "remote" || h === "fullyremote" || h === "telecommute") return "remote";
    if (h === "hybrid") return "hybrid";
    if (h === "onsite" || h === "inoffice" || h === "office") return "onsite";
  }
  return fromText();

  function fromText(): RemoteType {
    const short = [...(input.locations ?? []), input.title ?? ""].join(" \n ");
    if (HYBRID_WORD.test(short)) return "hybrid";
    if (REMOTE_WORD.test(short)) return "remote";
    if (ONSITE_WORD.test(short)) return "onsite";
    const d = input.description ?? "";
    if (!/hybrid|remote|on[- ]?site|office/i.test(d)) return hint === false ? "onsite" : "unknown";
    if (
      /\bthis (?:is a |role is |position is )?(?:fully )?hybrid\b|\bhybrid (?:role|position|work(?:ing)? model|schedule)\b/i.test(
        d,
      )
    )
      return "hybrid";
    if (
      /\b(?:fully|100%) remote\b|\bthis (?:is a |role is |position is )?remote (?:role|position|job)\b|\bremote[- ]first\b/i.test(
        d,
      )
    )
      return "remote";
    if (
      /\b(?:this (?:role|position) is|must work|work) (?:fully )?on[- ]?site\b|\bin[- ]office (?:role|position)\b/i.test(
        d,
      )
    )
      return "onsite";
    // An explicit "not remote" flag means the job is tied to its locations.
    return hint === false ? "onsite" : "unknown";
  }
}
