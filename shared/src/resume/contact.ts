import { cityCountry, countryCode, regionCountry, subdivision } from "../normalize/places.ts";
import type { JsonResume } from "./schema.ts";

// The header of a resume: name, label, email, phone, links and city. Every token that is used is
// reported back so the caller can list what was left over (nothing is silently dropped).

type Basics = NonNullable<JsonResume["basics"]>;

// each pattern that runs over the whole text starts only where a run of its characters starts
// (the lookbehind), so a 200k-character run without "@" or a TLD costs linear time, not quadratic
export const EMAIL_RE = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
// +1 (415) 555-0142, 415.555.0142, +91 98765 43210, (912) 555-4321
export const PHONE_RE =
  /(?<![\w/.-])(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]?\d{2,5}){1,4}(?![\w/-])/;
// a host of 2+ character labels ending in a common TLD at a word end ("design" is not ".de"; "B.Tech" is no host)
const URL_RE =
  /(?<![a-z0-9.:/-])(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9][a-z0-9-]+\.)+(?:com|io|dev|net|org|me|co|ai|app|in|uk|de|ca|xyz|tech|page|site|info|us|design|blog|online|space|works)(?![a-z0-9-])(?:\/[^\s,|;•)]*)?/i;

const NETWORKS: Array<[RegExp, string]> = [
  [/linkedin\.com\/(?:in|pub)\/([^/?#\s]+)/i, "LinkedIn"],
  [/github\.com\/([^/?#\s]+)/i, "GitHub"],
  [/gitlab\.com\/([^/?#\s]+)/i, "GitLab"],
  [/(?:twitter|x)\.com\/([^/?#\s]+)/i, "Twitter"],
  [/stackoverflow\.com\/users\/\d+\/([^/?#\s]+)/i, "Stack Overflow"],
  [/behance\.net\/([^/?#\s]+)/i, "Behance"],
  [/dribbble\.com\/([^/?#\s]+)/i, "Dribbble"],
  [/medium\.com\/@?([^/?#\s]+)/i, "Medium"],
  [/kaggle\.com\/([^/?#\s]+)/i, "Kaggle"],
];

export function phoneDigits(s: string): string {
  return s.replace(/\D/g, "");
}

/** A phone number in the text: 7–15 digits, not a year range or a date. */
export function findPhone(text: string): string | null {
  const re = new RegExp(PHONE_RE.source, "g");
  for (const m of text.matchAll(re)) {
    const raw = m[0].trim();
    const digits = phoneDigits(raw);
    if (digits.length < 10 || digits.length > 15) continue;
    if (/^(19|20)\d{2}\s*[-–]\s*(19|20)\d{2}$/.test(raw)) continue;
    return raw;
  }
  return null;
}

export function withScheme(url: string): string {
  return /^https?:\/\//i.test(url) ? url : `https://${url}`;
}

/** Profiles (LinkedIn, GitHub, …) and the first other URL, from any text. */
export function findLinks(
  text: string,
  withOthers = true,
): { profiles: NonNullable<Basics["profiles"]>; url?: string; used: string[] } {
  const profiles: NonNullable<Basics["profiles"]> = [];
  const used: string[] = [];
  let url: string | undefined;
  const re = new RegExp(URL_RE.source, "gi");
  for (const m of text.matchAll(re)) {
    const raw = m[0].replace(/[.,;:]+$/, "");
    // an email's domain is not a link
    if (text[(m.index ?? 0) - 1] === "@") continue;
    const hit = NETWORKS.find(([r]) => r.test(raw));
    if (hit) {
      const username = raw.match(hit[0])![1]!;
      if (!profiles.some((p) => p.network === hit[1]))
        profiles.push({ network: hit[1], username, url: withScheme(raw) });
      used.push(m[0]);
    } else if (!withOthers) {
    } else if (!url) {
      url = withScheme(raw);
      used.push(m[0]);
    } else {
      // a further link: "SoundCloud · https://…" names its network just before it
      const before = text.slice(0, m.index ?? 0).match(/([A-Z][\w.]{1,30})\s*[·•|:,-]?\s*$/)?.[1];
      const host =
        raw
          .replace(/^https?:\/\//i, "")
          .replace(/^www\./i, "")
          .split(/[./]/)[0] ?? "";
      const network = before ?? host.charAt(0).toUpperCase() + host.slice(1);
      profiles.push({ network, url: withScheme(raw) });
      used.push(m[0]);
      if (before) used.push(before);
    }
  }
  return { profiles, ...(url ? { url } : {}), used };
}

const NAME_WORD = /^(?:[A-Z][a-zA-Z'’.-]*|[A-Z]\.|(?:de|da|van|von|der|del|la|le|bin|al)|[A-Z][A-Z'’.-]+)$/;

/** "JOHN DOE" → "John Doe"; mixed case is kept as written. */
export function nameCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** A person's name: 2–4 capitalised words, no digits, not a heading or a job title. */
export function looksLikeName(line: string): boolean {
  const t = line.trim().replace(/\s+/g, " ");
  if (t.length < 4 || t.length > 50 || /[\d@/:|,•]/.test(t)) return false;
  const words = t.split(" ");
  if (words.length < 2 || words.length > 4) return false;
  if (
    /\b(resume|curriculum|vitae|cv|engineer|developer|manager|summary|experience|skills|education|profile|objective)\b/i.test(
      t,
    )
  )
    return false;
  return words.every((w) => NAME_WORD.test(w));
}

/** "San Francisco, CA", "Vancouver, BC, Canada", "Pune, Maharashtra" — a short comma place. */
export function findPlace(segment: string): Basics["location"] | null {
  const t = segment.trim().replace(/\.$/, "");
  const m = t.match(/^([A-Z][A-Za-z .'-]{1,40}),\s*([A-Za-z][A-Za-z .]{1,30})(?:,\s*([A-Za-z][A-Za-z .]{1,30}))?$/);
  if (!m) return null;
  const city = m[1]!.trim();
  const second = m[2]!.trim();
  const third = m[3]?.trim();
  const sub = subdivision(second);
  const known =
    sub || countryCode(second) || regionCountry(second) || cityCountry(city) || (third && countryCode(third));
  if (!known) return null;
  const country =
    sub?.country ??
    (third ? countryCode(third) : null) ??
    countryCode(second) ??
    regionCountry(second) ??
    cityCountry(city);
  return { city, region: second, ...(country ? { countryCode: country } : {}) };
}
