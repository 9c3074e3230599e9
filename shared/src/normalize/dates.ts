// Dates as feeds send them: ISO strings (with or without zone), epoch seconds or ms,
// RFC 2822, and relative phrases ("3 days ago") resolved against a given `now`.

const UNIT_MS: Record<string, number> = {
  second: 1_000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 30 * 86_400_000,
  year: 365 * 86_400_000,
};

function unitOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/s$/, "");
  const alias: Record<string, string> = {
    sec: "second",
    min: "minute",
    hr: "hour",
    h: "hour",
    d: "day",
    wk: "week",
    w: "week",
    mo: "month",
    mth: "month",
    yr: "year",
    y: "year",
  };
  return UNIT_MS[alias[w] ?? w];
}

/** Parses a date-ish value to a Date; null when it cannot be read or is implausible. */
export function parseDateTime(value: string | number | null | undefined, now: Date = new Date()): Date | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return fromEpoch(value);
  const s = value.trim();
  if (/^\d{9,13}$/.test(s)) return fromEpoch(Number(s));
  const lower = s.toLowerCase();
  if (/^(just now|now|today|just posted|new)$/.test(lower)) return now;
  if (lower === "yesterday") return new Date(now.getTime() - UNIT_MS.day!);
  const rel = lower.match(/^(?:posted\s+)?(an?|one|\d+)\+?\s*([a-z]+?)s?\s+ago$/);
  if (rel) {
    const n = rel[1] === "a" || rel[1] === "an" || rel[1] === "one" ? 1 : Number(rel[1]);
    const unit = unitOf(rel[2] ?? "");
    if (unit !== undefined) return new Date(now.getTime() - n * unit);
  }
  // "2025-12-14T20:45:43" has no zone: read it as UTC so results don't depend on the machine.
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s) ? `${s}Z` : s;
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isFinite(t) ? plausible(new Date(t)) : null;
}

function fromEpoch(n: number): Date | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  // Seconds until the year 5138; anything bigger is milliseconds.
  return plausible(new Date(n < 1e11 ? n * 1000 : n));
}

const plausible = (d: Date): Date | null => {
  const y = d.getUTCFullYear();
  return y >= 1990 && y <= 2200 ? d : null;
};

/** YYYY-MM-DD or null. An ISO string keeps the calendar date it was written with (the poster's day). */
export function toIsoDate(value: string | number | null | undefined, now?: Date): string | null {
  const d = parseDateTime(value, now);
  if (d && typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value.trim())) return value.trim().slice(0, 10);
  return d ? d.toISOString().slice(0, 10) : null;
}
