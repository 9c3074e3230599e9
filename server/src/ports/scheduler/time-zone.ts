// Wall-clock <-> instant conversion for an IANA zone using only Intl (no tz database dependency).

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws a RangeError for an unknown zone name, so callers can validate user input with it. */
export function assertTimeZone(timeZone: string): void {
  formatter(timeZone);
}

/** Offset of `timeZone` from UTC at `instantMs`, in minutes (e.g. -300 for New York in winter). */
export function zoneOffsetMinutes(timeZone: string, instantMs: number): number {
  const parts = formatter(timeZone).formatToParts(new Date(instantMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(instantMs / 1000) * 1000) / 60_000);
}

/** Wall-clock fields of an instant in a zone. */
export function wallClock(timeZone: string, instantMs: number) {
  const d = new Date(instantMs + zoneOffsetMinutes(timeZone, instantMs) * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

/**
 * Every instant whose wall clock in `timeZone` reads `wallMs` (a wall time encoded as if it were UTC):
 * usually one, two in a repeated (fall-back) hour, none in a skipped (spring-forward) hour.
 */
export function instantsForWallTime(timeZone: string, wallMs: number): number[] {
  const offsets = new Set([
    zoneOffsetMinutes(timeZone, wallMs - 86_400_000),
    zoneOffsetMinutes(timeZone, wallMs + 86_400_000),
  ]);
  const found: number[] = [];
  for (const offset of offsets) {
    const t = wallMs - offset * 60_000;
    if (zoneOffsetMinutes(timeZone, t) === offset) found.push(t);
  }
  return found.sort((a, b) => a - b);
}
