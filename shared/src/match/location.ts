import { mentionsRemote } from "../normalize/location.ts";

// Small location matching for the location hard filter: a profile place matches a posting
// place when their city (first part) agrees, or a one-part profile place (a state or
// country) appears anywhere in the posting's place.
// Not normalize/location.ts parseLocations: these lowercase parts are also the city in the
// dedup fingerprint stored on job_postings, so their spelling must stay stable.

const ALIASES: Record<string, string> = {
  sf: "san francisco",
  "san francisco bay area": "san francisco",
  "bay area": "san francisco",
  nyc: "new york",
  "new york city": "new york",
  ny: "new york",
  la: "los angeles",
  usa: "us",
  "united states": "us",
  "united states of america": "us",
  "u.s.": "us",
  uk: "united kingdom",
  "great britain": "united kingdom",
  "tel aviv-yafo": "tel aviv",
  "tel aviv-jaffa": "tel aviv",
  bengaluru: "bangalore",
};

export function placeParts(place: string): string[] {
  return place
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .split(/[,;|/]| - /)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .map((p) => ALIASES[p] ?? p);
}

export function placeMatches(profilePlace: string, postingPlace: string): boolean {
  const a = placeParts(profilePlace);
  const b = placeParts(postingPlace);
  if (a.length === 0 || b.length === 0) return false;
  if (a.length === 1) return b.includes(a[0]!);
  return a[0] === b[0];
}

export function isRemotePlace(place: string): boolean {
  return mentionsRemote(place);
}
