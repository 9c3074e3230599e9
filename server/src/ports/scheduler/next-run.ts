import { type CronSpec, cronDayMatches, parseCron } from "./cron.ts";
import { assertTimeZone, instantsForWallTime, wallClock, zoneOffsetMinutes } from "./time-zone.ts";

// Scan limit: enough for any satisfiable expression (Feb 29 on a given weekday recurs within 28 years).
const MAX_DAYS = 366 * 30;

/**
 * The first instant strictly after `from` at which `cron` fires in `timeZone`, or null if never.
 * DST rules (as Vixie cron): a wall time skipped by spring-forward runs at the same distance after the
 * jump (02:30 -> 03:30); a wall time repeated by fall-back runs once, at its first occurrence, unless
 * the hour field is a wildcard (hourly jobs keep running through the repeated hour).
 */
export function nextRun(cron: string | CronSpec, timeZone: string, from: Date): Date | null {
  const spec = typeof cron === "string" ? parseCron(cron) : cron;
  assertTimeZone(timeZone);
  const fromMs = from.getTime();
  const start = wallClock(timeZone, fromMs);
  for (let i = 0; i <= MAX_DAYS; i++) {
    const day = new Date(Date.UTC(start.year, start.month - 1, start.day + i));
    if (!cronDayMatches(spec, day.getUTCMonth() + 1, day.getUTCDate(), day.getUTCDay())) continue;
    let best: { instant: number; wallMs: number } | null = null;
    for (const hour of spec.hours) {
      for (const minute of spec.minutes) {
        const wallMs = day.getTime() + hour * 3_600_000 + minute * 60_000;
        // A skipped wall time maps one hour later, so a later wall time can still map earlier: look 3 h on.
        if (best && wallMs > best.wallMs + 3 * 3_600_000) return new Date(best.instant);
        const instant = firstInstantAfter(spec, timeZone, wallMs, fromMs);
        if (instant !== null && (!best || instant < best.instant)) best = { instant, wallMs };
      }
    }
    if (best) return new Date(best.instant);
  }
  return null;
}

function firstInstantAfter(spec: CronSpec, timeZone: string, wallMs: number, fromMs: number): number | null {
  const instants = instantsForWallTime(timeZone, wallMs);
  if (instants.length === 0) {
    // Skipped wall time: shift by the offset in force before the jump ("compatible" disambiguation).
    const t = wallMs - zoneOffsetMinutes(timeZone, wallMs - 86_400_000) * 60_000;
    return t > fromMs ? t : null;
  }
  const candidates = spec.hourWildcard ? instants : instants.slice(0, 1);
  return candidates.find((t) => t > fromMs) ?? null;
}
